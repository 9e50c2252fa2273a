import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentStatus, ToContent } from '../../src/messages.ts';
import { getSchools } from '../../src/storage/schools.ts';
import { useBrowserMessages } from '../../src/ui/i18n.ts';
import { Popup, type PopupSchool } from '../../src/ui/Popup.tsx';

useBrowserMessages((key, subs) => browser.i18n.getMessage(key as 'extName', subs));

async function activeTabStatus(): Promise<ContentStatus | null> {
  // No "tabs" permission: the active tab's id is enough to ask its content script, if any.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const message: ToContent = { type: 'content:status' };
  try {
    return ((await browser.tabs.sendMessage(tab.id, message)) as ContentStatus | undefined) ?? null;
  } catch {
    return null; // no content script on this page: not a watched site
  }
}

async function start(): Promise<void> {
  const [stored, status] = await Promise.all([getSchools(), activeTabStatus()]);
  const schools: PopupSchool[] = stored.map((s) => ({
    key: s.key,
    name: s.config.school.name,
    staff: s.config.staff.length,
    clauses: s.config.code.clauses.length,
  }));
  const root = document.getElementById('app');
  if (root) render(<Popup schools={schools} status={status} />, root);
}

void start();
