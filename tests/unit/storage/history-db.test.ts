// The history database in IndexedDB (fake-indexeddb in Node, a fresh factory per test): the
// migrations from every earlier version, per-school reads and deletes, 12-month pruning, deleting
// the whole database, and that no draft text reaches a stored record.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Outcome } from '../../../src/messages.ts';
import {
  addNudge,
  allNudges,
  closeHistory,
  countNudgesSince,
  DB_NAME,
  DB_VERSION,
  deleteAllHistory,
  deleteHistoryFor,
  deleteOlderThan,
  historyFor,
  type HistorySchema,
  KEEP_MS,
  MIGRATIONS,
  type NudgeRecord,
  openHistory,
} from '../../../src/storage/history.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 21, 12);
const BROOK = 'Brook Lane Primary School';
const LOW_ASH = 'Low Ash Primary School';

beforeEach(async () => {
  await closeHistory();
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeHistory());

/**
 * Records as each version of the schema stored them, keyed by that version. A database at version
 * 0 does not exist (a fresh install). Add an entry with every new version: the test below fails
 * until there is one.
 */
const STORED_AT: Record<number, Omit<NudgeRecord, 'id'>[]> = {
  0: [],
  1: [
    { at: NOW - 300 * DAY, site: 'facebook', school: BROOK, clauses: ['2.1'], concerns: ['complaint'], choice: 'edit' },
    { at: NOW - 20 * DAY, site: 'whatsapp', school: LOW_ASH, clauses: ['2.b', '2.c'], concerns: ['complaint', 'defamation'], choice: 'post' },
    { at: NOW - 2 * DAY, site: 'x', school: BROOK, clauses: [], concerns: ['abuse'], choice: 'false-alarm' },
    { at: NOW - DAY, site: 'reddit', school: BROOK, clauses: ['2.4'], concerns: ['threat'], choice: 'complaints' },
  ],
};

/** A database at `version`, built with exactly the first `version` migrations. */
async function databaseAt(version: number, records: Omit<NudgeRecord, 'id'>[]): Promise<void> {
  const db = await openDB<HistorySchema>(DB_NAME, version, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (const migrate of MIGRATIONS.slice(oldVersion, version)) migrate(db, tx);
    },
  });
  for (const record of records) await db.add('nudges', record);
  db.close();
}

describe('migrations', () => {
  test('there is one step per version, and a sample of what every earlier version stored', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(Object.keys(STORED_AT).map(Number)).toEqual([...Array(DB_VERSION).keys()]);
  });

  test.each([...Array(DB_VERSION).keys()])('from version %i: every record survives and the current indexes work', async (version) => {
    const stored = STORED_AT[version]!;
    if (version > 0) await databaseAt(version, stored);

    const db = await openHistory();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['nudges']);
    expect([...db.transaction('nudges').store.indexNames].sort()).toEqual(['at', 'school']);

    const all = await allNudges();
    expect(all.map(({ id: _id, ...rest }) => rest)).toEqual([...stored].sort((a, b) => a.at - b.at));
    expect(new Set(all.map((r) => r.id)).size).toBe(stored.length);

    // The 'at' index: counts and pruning by time.
    expect(await countNudgesSince(NOW - 7 * DAY)).toBe(stored.filter((r) => r.at >= NOW - 7 * DAY).length);
    // The 'school' index: each school's own history, oldest first.
    for (const school of [BROOK, LOW_ASH]) {
      expect((await historyFor(school)).map((r) => r.at)).toEqual(stored.filter((r) => r.school === school).map((r) => r.at).sort((a, b) => a - b));
    }

    // New records go on after the old ones, with fresh keys.
    await addNudge({ at: NOW, site: 'facebook', school: BROOK, clauses: ['2.1'], concerns: ['complaint'], choice: 'edit' });
    const after = await allNudges();
    expect(after).toHaveLength(stored.length + 1);
    expect(after.at(-1)!.id).toBeGreaterThan(Math.max(0, ...all.map((r) => r.id!)));
  });

  test('an upgrade from version 1 does not lose a record whose school has odd characters', async () => {
    const odd = { at: NOW, site: 'generic', school: "St Mary's C of E (VA) — Année 6", clauses: [], concerns: [], choice: 'edit' } as const;
    await databaseAt(1, [{ ...odd, clauses: [], concerns: [] }]);
    expect(await historyFor(odd.school)).toEqual([{ ...odd, id: 1 }]);
  });
});

describe('per school', () => {
  test('historyFor() without a school is everything, oldest first', async () => {
    for (const record of [...STORED_AT[1]!].reverse()) await addNudge(record);
    expect((await historyFor()).map((r) => r.at)).toEqual(STORED_AT[1]!.map((r) => r.at));
    expect(await historyFor('Nowhere School')).toEqual([]);
  });

  test("deleteHistoryFor() removes that school's nudges and no others", async () => {
    for (const record of STORED_AT[1]!) await addNudge(record);
    expect(await deleteHistoryFor(BROOK)).toBe(3);
    expect((await allNudges()).map((r) => r.school)).toEqual([LOW_ASH]);
    expect(await deleteHistoryFor(BROOK)).toBe(0);
  });
});

describe('kept for 12 months', () => {
  test('deleteOlderThan(now − 12 months) removes only what is older', async () => {
    const cutoff = NOW - KEEP_MS;
    const ages = [cutoff - 40 * DAY, cutoff - 1, cutoff, cutoff + 1, NOW - DAY, NOW];
    for (const at of ages) await addNudge({ at, site: 'facebook', school: BROOK, clauses: [], concerns: ['complaint'], choice: 'edit' });
    expect(await deleteOlderThan(cutoff)).toBe(2);
    expect((await allNudges()).map((r) => r.at)).toEqual([cutoff, cutoff + 1, NOW - DAY, NOW]);
    expect(await deleteOlderThan(cutoff)).toBe(0);
  });

  test('12 months is 365 days', () => {
    expect(KEEP_MS).toBe(365 * DAY);
  });
});

describe('deleting everything', () => {
  test('deleteAllHistory() removes the database; the next open starts empty and works', async () => {
    for (const record of STORED_AT[1]!) await addNudge(record);
    await deleteAllHistory();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    expect(await allNudges()).toEqual([]);
    await addNudge(STORED_AT[1]![0]!);
    expect(await allNudges()).toHaveLength(1);
  });

  test('a connection held open here lets go when another context deletes the database', async () => {
    await addNudge(STORED_AT[1]![0]!);
    await openHistory();
    // What the options page does while the background holds its connection.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await allNudges()).toEqual([]);
  });
});

describe('never the draft', () => {
  test('a draft smuggled into an outcome is not in the stored record', async () => {
    const outcome = { ...STORED_AT[1]![0]!, draft: 'Mrs Whitmore is a disgrace', text: 'Mrs Whitmore is a disgrace' } as Outcome & Record<string, unknown>;
    await addNudge(outcome);
    const db = await openHistory();
    const [raw] = await db.getAll('nudges');
    expect(Object.keys(raw!).sort()).toEqual(['at', 'choice', 'clauses', 'concerns', 'id', 'school', 'site']);
    expect(JSON.stringify(raw)).not.toContain('disgrace');
  });
});
