// The history of nudges, in IndexedDB in the background (a content script's IndexedDB would
// belong to the site). One record per interstitial shown: when, where, which school, which
// clauses, what kind of concern, and what the parent chose. Never the draft's text.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Outcome } from '../messages.ts';

export const DB_NAME = 'schoolgate';
export const DB_VERSION = 1;
/** Records older than this are deleted. */
export const KEEP_MS = 365 * 24 * 60 * 60 * 1000;

export interface NudgeRecord extends Outcome {
  id?: number;
}

interface Schema extends DBSchema {
  nudges: { key: number; value: NudgeRecord; indexes: { at: number } };
}

/**
 * Each step upgrades the database from the version before it. Add a step for every new version;
 * never change an old one (a parent's browser may be at any earlier version).
 */
export const MIGRATIONS: ((db: IDBPDatabase<Schema>) => void)[] = [
  // 0 → 1: the nudges store, by time
  (db) => {
    const store = db.createObjectStore('nudges', { keyPath: 'id', autoIncrement: true });
    store.createIndex('at', 'at');
  },
];

let opening: Promise<IDBPDatabase<Schema>> | undefined;

export function openHistory(): Promise<IDBPDatabase<Schema>> {
  opening ??= openDB<Schema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < MIGRATIONS.length; v++) MIGRATIONS[v]!(db);
    },
  });
  return opening;
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
