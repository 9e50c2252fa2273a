import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { checkConfigUrl, linkFragment, LINK_ORIGIN, parseSchoolConfigValue } from '../src/config/index.ts';
import { DEMO_CONFIG } from '../src/config/presets/index.ts';
import { type BackgroundReply, isToBackground, type ToBackground } from '../src/messages.ts';
import { syncExtraSites } from '../src/storage/extra-sites.ts';
import { addNudge, countNudgesSince, deleteOlderThan, KEEP_MS } from '../src/storage/history.ts';
import { EXTRA_SITES_STORAGE_KEY } from '../src/storage/keys.ts';
import { getSchools, putSchool, refreshSchools } from '../src/storage/schools.ts';

// zod 4 probes `new Function` for speed; an extension's CSP forbids it and logs a violation.
z.config({ jitless: true });

const WEEK = 7 * 24 * 60 * 60 * 1000;
const PRUNE_ALARM = 'prune-history';
const REFRESH_ALARM = 'refresh-schools';

async function openImport(configUrl: string): Promise<{ ok: boolean }> {
  const checked = checkConfigUrl(configUrl);
  if (!checked.ok) return { ok: false };
  // The import screen shows the address; the parent still clicks to load it (and grants its origin).
  await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') + linkFragment(checked.url) });
  return { ok: true };
}

async function answer(message: ToBackground, senderUrl: string | undefined): Promise<BackgroundReply<ToBackground>> {
  switch (message.type) {
    case 'outcome:record':
      await addNudge(message.outcome);
      return { ok: true };
    case 'history:recent':
      return { lastWeek: await countNudgesSince(Date.now() - WEEK) };
    case 'link:open':
      // Only the school-link page on the project's site may ask for this.
      if (!senderUrl || new URL(senderUrl).origin !== LINK_ORIGIN) return { ok: false };
      return openImport(message.configUrl);
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    // `npm start` runs a development build with the demo school already loaded, so there is
    // something to try at once. Other builds start empty and welcome the parent.
    if (import.meta.env.MODE === 'development') {
      if ((await getSchools()).length === 0) {
        const demo = parseSchoolConfigValue(DEMO_CONFIG);
        if (demo.ok) await putSchool(demo.config);
      }
      return;
    }
    await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });

  // Only messages from Schoolgate's own content scripts and pages arrive here (no externally
  // connectable pages); they are still checked for shape before anything is stored.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isToBackground(message)) return undefined;
    return answer(message, sender.url).catch(() => undefined);
  });

  // Sites the parent turned on: their content scripts follow the list and the granted origins.
  void syncExtraSites().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && EXTRA_SITES_STORAGE_KEY in changes) void syncExtraSites().catch(() => undefined);
  });
  browser.permissions.onRemoved?.addListener(() => void syncExtraSites().catch(() => undefined));

  // The history is kept twelve months, then deleted. Schools' configs are refreshed from their
  // source at most daily (refreshSchools skips any tried in the last 24 hours).
  void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 6 * 60, delayInMinutes: 2 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void deleteOlderThan(Date.now() - KEEP_MS).catch(() => undefined);
    if (alarm.name === REFRESH_ALARM) void refreshSchools().catch(() => undefined);
  });
});
