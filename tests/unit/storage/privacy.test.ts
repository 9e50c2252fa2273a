// Everything stored, exported and deleted: which granted origins are given back, the export file's
// shape and name, and collect/delete against a fake browser and a fake IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_MATCHES } from '../../../src/sites/catalogue.ts';
import { addNudge, allNudges, closeHistory, type NudgeRecord } from '../../../src/storage/history.ts';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { collectEverything, deleteEverything, EXPORT_FORMAT, exportJson, originsToGiveBack } = await import('../../../src/storage/privacy.ts');

/** The production Chrome manifest's hosts: the supported sites, by their content scripts only. */
const MV3 = { content_scripts: [{ matches: ALL_MATCHES }] };

const NUDGE: NudgeRecord = { at: Date.UTC(2026, 10, 20, 9), site: 'facebook', school: 'Brook Lane Primary School', clauses: ['2.1'], concerns: ['complaint'], choice: 'edit' };

describe('which origins are given back', () => {
  test('origins the parent granted (a config address, an extra site) go; the supported sites stay', () => {
    const granted = ['https://www.facebook.com/*', 'https://x.com/*', 'https://brooklane.example.sch.uk/*', 'https://forum.example.com/*'];
    expect(originsToGiveBack(granted, MV3)).toEqual(['https://brooklane.example.sch.uk/*', 'https://forum.example.com/*']);
  });

  test('host_permissions in the manifest (the dev and e2e builds) stay', () => {
    const manifest = { ...MV3, host_permissions: ['http://localhost/*', 'https://forum.example.com/*'] };
    const granted = ['http://localhost/*', 'https://forum.example.com/*', 'https://social.example.net/*'];
    expect(originsToGiveBack(granted, manifest)).toEqual(['https://social.example.net/*']);
  });

  test("Firefox's MV2 manifest: hosts among the permissions stay, API names are not origins", () => {
    const manifest = { permissions: ['storage', 'alarms', 'https://www.reddit.com/*'], content_scripts: [{ matches: ['https://old.reddit.com/*'] }] };
    const granted = ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://mastodon.example/*'];
    expect(originsToGiveBack(granted, manifest)).toEqual(['https://mastodon.example/*']);
  });

  test('a host permission covers its whole origin, whatever the path it was written with', () => {
    const manifest = { host_permissions: ['https://a.example/', 'https://b.example/path/*'] };
    expect(originsToGiveBack(['https://a.example/*', 'https://b.example/*', 'https://c.example/x'], manifest)).toEqual(['https://c.example/x']);
  });

  test('nothing granted beyond the manifest: nothing to give back; duplicates once', () => {
    expect(originsToGiveBack(ALL_MATCHES, MV3)).toEqual([]);
    expect(originsToGiveBack([], {})).toEqual([]);
    expect(originsToGiveBack(['https://a.example/*', 'https://a.example/*'], {})).toEqual(['https://a.example/*']);
  });
});

describe('the export file', () => {
  test('pretty JSON with the format, the time, every stored key and every record; named by the local date', () => {
    const data = { storage: { schools: [{ key: 'k', config: { school: { name: 'Brook Lane Primary School' } } }], settings: { implicit: true } }, history: [{ ...NUDGE, id: 1 }] };
    const now = new Date(2026, 10, 21, 23, 30);
    const { json, filename } = exportJson(data, now);
    expect(filename).toBe('schoolgate-data-2026-11-21.json');
    expect(JSON.parse(json)).toEqual({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), storage: data.storage, history: data.history });
    expect(json).toContain('\n  "storage": {\n');
    expect(json.endsWith('}\n')).toBe(true);
    expect(exportJson(data, new Date(2027, 0, 5)).filename).toBe('schoolgate-data-2027-01-05.json');
  });
});

describe('against a fake browser', () => {
  let removed: string[][];
  let granted: string[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await closeHistory();
    globalThis.indexedDB = new IDBFactory();
    removed = [];
    granted = ['https://www.facebook.com/*', 'https://brooklane.example.sch.uk/*', 'https://forum.example.com/*'];
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Schoolgate', version: '0.1.0', content_scripts: [{ matches: ALL_MATCHES, js: ['watch.js'] }] });
    fakeBrowser.permissions.getAll = async () => ({ origins: granted, permissions: ['storage', 'alarms', 'scripting'] });
    fakeBrowser.permissions.remove = async ({ origins = [] }) => {
      removed.push(origins);
      granted = granted.filter((o) => !origins.includes(o));
      return true;
    };
  });
  afterEach(() => closeHistory());

  test('collectEverything() has every storage key and every nudge', async () => {
    await fakeBrowser.storage.local.set({ schools: [{ key: 'a' }], settings: { implicit: false, pausedUntil: 0, off: [] }, extraSites: [{ origin: 'https://forum.example.com', adapter: 'generic' }] });
    await addNudge(NUDGE);
    const everything = await collectEverything();
    expect(Object.keys(everything.storage).sort()).toEqual(['extraSites', 'schools', 'settings']);
    expect(everything.history).toEqual([{ ...NUDGE, id: 1 }]);
  });

  test('deleteEverything() empties storage and history and gives back what the parent granted', async () => {
    await fakeBrowser.storage.local.set({ schools: [{ key: 'a' }], settings: {} });
    await addNudge(NUDGE);
    expect(await deleteEverything()).toEqual({ gaveBack: ['https://brooklane.example.sch.uk/*', 'https://forum.example.com/*'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await allNudges()).toEqual([]);
    expect(removed).toEqual([['https://brooklane.example.sch.uk/*', 'https://forum.example.com/*']]);
    expect(granted).toEqual(['https://www.facebook.com/*']);
  });

  test('an origin the browser will not remove does not keep the others', async () => {
    fakeBrowser.permissions.remove = async ({ origins = [] }) => {
      if (origins.includes('https://forum.example.com/*')) throw new Error('You cannot remove required permissions.');
      removed.push(origins);
      return true;
    };
    expect(await deleteEverything()).toEqual({ gaveBack: ['https://brooklane.example.sch.uk/*'] });
  });

  test('a step that fails does not stop the others, and the failure is reported', async () => {
    await addNudge(NUDGE);
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValue(new Error('storage is unavailable'));
    await expect(deleteEverything()).rejects.toThrow('Not everything could be deleted.');
    expect(await allNudges()).toEqual([]);
    expect(removed).toHaveLength(1);
  });
});
