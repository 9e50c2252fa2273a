// The history of nudges, in IndexedDB in the background (a content script's IndexedDB would
// belong to the site). One record per interstitial shown: when, where, which school, which
// clauses, what kind of concern, and what the parent chose. Never the draft's text.
import { type DBSchema, deleteDB, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Outcome } from '../messages.ts';

export const DB_NAME = 'schoolgate';
export const DB_VERSION = 2;
/** Records older than this are deleted. */
export const KEEP_MS = 365 * 24 * 60 * 60 * 1000;

export interface NudgeRecord extends Outcome {
  id?: number;
}

export interface HistorySchema extends DBSchema {
  nudges: { key: number; value: NudgeRecord; indexes: { at: number; school: string } };
}

export type Migration = (db: IDBPDatabase<HistorySchema>, tx: IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>) => void;

/**
 * Each step upgrades the database from the version before it: MIGRATIONS[v] takes version v to
 * v + 1. Add a step for every new version; never change an old one (a parent's browser may be at
 * any earlier version). Tests build a database with every prefix of this list and upgrade it.
 */
export const MIGRATIONS: Migration[] = [
  // 0 → 1: the nudges store, by time
  (db) => {
    const store = db.createObjectStore('nudges', { keyPath: 'id', autoIncrement: true });
    store.createIndex('at', 'at');
  },
  // 1 → 2: by school, for a parent whose children are at different schools (history per school,
  // and deleting a school's history when the school is removed)
  (_db, tx) => {
    tx.objectStore('nudges').createIndex('school', 'school');
  },
];

let opening: Promise<IDBPDatabase<HistorySchema>> | undefined;

export function openHistory(): Promise<IDBPDatabase<HistorySchema>> {
  if (opening) return opening;
  const pending = openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db, tx);
    },
    // Another context (the options page deleting everything, or a newer version of the
    // extension) needs the database: let go of it at once, and open afresh next time.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      if (opening === pending) opening = undefined;
    },
    terminated() {
      if (opening === pending) opening = undefined;
    },
  });
  opening = pending;
  // A failed open is not cached, so the next call tries again.
  pending.catch(() => {
    if (opening === pending) opening = undefined;
  });
  return pending;
}

/** Closes this context's connection, if any; the next call opens it again. */
export async function closeHistory(): Promise<void> {
  const pending = opening;
  opening = undefined;
  const db = await pending?.catch(() => undefined);
  db?.close();
}

/**
 * Deletes the whole database. Other contexts holding it open close their connection when asked
 * (see `blocking` above), so this does not wait on them; a later openHistory() starts empty.
 */
export async function deleteAllHistory(): Promise<void> {
  await closeHistory();
  await deleteDB(DB_NAME);
}

const CONCERNS = new Set(['complaint', 'defamation', 'abuse', 'threat']);
const CHOICES = new Set<Outcome['choice']>(['edit', 'complaints', 'email', 'post', 'false-alarm']);

/** Keeps the fields a record may hold, so that nothing else (a draft) can ever be stored. */
export function sanitise(outcome: Outcome): NudgeRecord {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 20).map((x) => x.slice(0, 40)) : []);
  return {
    at: Number.isFinite(outcome.at) ? outcome.at : Date.now(),
    site: String(outcome.site).slice(0, 40),
    school: String(outcome.school).slice(0, 200),
    clauses: list(outcome.clauses),
    concerns: list(outcome.concerns).filter((k): k is Outcome['concerns'][number] => CONCERNS.has(k)),
    choice: CHOICES.has(outcome.choice) ? outcome.choice : 'edit',
  };
}

export async function addNudge(outcome: Outcome): Promise<void> {
  const db = await openHistory();
  await db.add('nudges', sanitise(outcome));
}

/** How many nudges since `since` (for shorter repeat nudges and the popup). */
export async function countNudgesSince(since: number): Promise<number> {
  const db = await openHistory();
  return db.countFromIndex('nudges', 'at', IDBKeyRange.lowerBound(since));
}

export async function deleteOlderThan(cutoff: number): Promise<number> {
  const db = await openHistory();
  const tx = db.transaction('nudges', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.index('at').openCursor(IDBKeyRange.upperBound(cutoff, true)); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}

export async function allNudges(): Promise<NudgeRecord[]> {
  const db = await openHistory();
  return db.getAllFromIndex('nudges', 'at');
}

/** Every nudge, oldest first; with `school`, only that school's. */
export async function historyFor(school?: string): Promise<NudgeRecord[]> {
  if (school === undefined) return allNudges();
  const db = await openHistory();
  const records = await db.getAllFromIndex('nudges', 'school', school);
  return records.sort((a, b) => a.at - b.at);
}

/** Deletes one school's nudges (when the parent removes that school); returns how many. */
export async function deleteHistoryFor(school: string): Promise<number> {
  const db = await openHistory();
  const tx = db.transaction('nudges', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.index('school').openCursor(school); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}
