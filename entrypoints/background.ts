import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { parseSchoolConfigValue } from '../src/config/index.ts';
import { DEMO_CONFIG } from '../src/config/presets/index.ts';
import { type BackgroundReply, isToBackground, type ToBackground } from '../src/messages.ts';
import { syncExtraSites } from '../src/storage/extra-sites.ts';
import { addNudge, countNudgesSince, deleteOlderThan, KEEP_MS } from '../src/storage/history.ts';
import { EXTRA_SITES_STORAGE_KEY } from '../src/storage/keys.ts';
import { getSchools, putSchool } from '../src/storage/schools.ts';

// zod 4 probes `new Function` for speed; an extension's CSP forbids it and logs a violation.
z.config({ jitless: true });

const WEEK = 7 * 24 * 60 * 60 * 1000;
const PRUNE_ALARM = 'prune-history';

async function answer(message: ToBackground): Promise<BackgroundReply<ToBackground>> {
  switch (message.type) {
    case 'outcome:record':
      await addNudge(message.outcome);
      return { ok: true };
    case 'history:recent':
      return { lastWeek: await countNudgesSince(Date.now() - WEEK) };
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // `npm start` runs a development build with the demo school already loaded, so there is
    // something to try at once. Production builds start empty and ask the parent.
    if (import.meta.env.MODE === 'development' && reason === 'install' && (await getSchools()).length === 0) {
      const demo = parseSchoolConfigValue(DEMO_CONFIG);
      if (demo.ok) await putSchool(demo.config);
    }
  });

  // Only messages from Schoolgate's own content scripts and pages arrive here (no externally
  // connectable pages); they are still checked for shape before anything is stored.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isToBackground(message)) return undefined;
    return answer(message).catch(() => undefined);
  });

  // Sites the parent turned on: their content scripts follow the list and the granted origins.
  void syncExtraSites().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && EXTRA_SITES_STORAGE_KEY in changes) void syncExtraSites().catch(() => undefined);
  });
  browser.permissions.onRemoved?.addListener(() => void syncExtraSites().catch(() => undefined));

  // The history is kept twelve months, then deleted.
  void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void deleteOlderThan(Date.now() - KEEP_MS).catch(() => undefined);
  });
});
