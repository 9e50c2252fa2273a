import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentStatus, ToContent } from '../../src/messages.ts';
import { countNudgesSince } from '../../src/storage/history.ts';
import { readSettings, SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY } from '../../src/storage/keys.ts';
import { readSchools } from '../../src/storage/schools.ts';
import { updateSettings } from '../../src/storage/settings.ts';
import { Popup } from '../../src/ui/Popup.tsx';
import { useExtensionMessages } from '../../src/ui/extension-page.ts';

useExtensionMessages();

const WEEK = 7 * 24 * 60 * 60 * 1000;

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

async function draw(): Promise<void> {
  const now = Date.now();
  const [stored, status, weekCount] = await Promise.all([
    browser.storage.local.get([SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY]),
    activeTabStatus(),
    countNudgesSince(now - WEEK).catch(() => 0),
  ]);
  const settings = readSettings(stored[SETTINGS_STORAGE_KEY]);
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Popup
      schools={readSchools(stored[SCHOOLS_STORAGE_KEY]).map((s) => ({ key: s.key, name: s.config.school.name, staff: s.config.staff.length, clauses: s.config.code.clauses.length }))}
      status={status}
      pausedUntil={settings.pausedUntil}
      now={now}
      weekCount={weekCount}
      onToggleSite={(key, on) => void updateSettings({ off: on ? settings.off.filter((k) => k !== key) : [...new Set([...settings.off, key])] })}
      onPause={(until) => void updateSettings({ pausedUntil: until })}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onAddSchool={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}
    />,
    root,
  );
}

browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'local') void draw();
});
void draw();
