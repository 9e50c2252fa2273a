// The builder page (builder.html): works offline, keeps the school's answers in this page's own
// storage on this device, and hands files to the browser's downloads.
import { render } from 'preact';
import { z } from 'zod';
import { Builder } from '../../src/ui/builder/Builder.tsx';
import { type BuilderState, restoreState } from '../../src/ui/builder/state.ts';
import { t } from '../../src/ui/i18n.ts';
import { downloadJson, useExtensionMessages } from '../../src/ui/extension-page.ts';

// zod would otherwise probe `new Function`, which the extension's CSP refuses (and logs)
z.config({ jitless: true });
useExtensionMessages();
document.title = t('builderPageTitle');

const SAVED = 'schoolgate-builder';
const today = new Date();

function load(): BuilderState | null {
  try {
    const text = localStorage.getItem(SAVED);
    return text ? restoreState(JSON.parse(text), today.toISOString().slice(0, 10)) : null;
  } catch {
    return null;
  }
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function save(state: BuilderState): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(SAVED, JSON.stringify({ ...state, extraction: null }));
    } catch {
      // storage full or refused: the page still works, it just will not remember
    }
  }, 300);
}

const root = document.getElementById('app');
if (root) {
  render(
    <Builder today={today} initial={load()} save={save} download={downloadJson} print={() => window.print()} copy={(text) => navigator.clipboard.writeText(text)} />,
    root,
  );
}
