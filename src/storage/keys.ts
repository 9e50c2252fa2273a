// Keys in browser.storage.local, and the small records content scripts read. Kept apart from the
// storage modules so that content scripts can name a key without importing anything else.
import type { ExtraAdapterId } from '../sites/index.ts';

export const SCHOOLS_STORAGE_KEY = 'schools';
export const SETTINGS_STORAGE_KEY = 'settings';
export const EXTRA_SITES_STORAGE_KEY = 'extraSites';

export interface Settings {
  /** Also notice unnamed references ("my son's teacher", "the head"). */
  implicit: boolean;
  /** Epoch ms until which Schoolgate is paused everywhere; 0 when not paused. */
  pausedUntil: number;
  /** Sites the parent turned off (site ids, or origins of extra sites). */
  off: string[];
}

export const DEFAULT_SETTINGS: Settings = { implicit: true, pausedUntil: 0, off: [] };

export function readSettings(stored: unknown): Settings {
  const s = (stored ?? {}) as Partial<Settings>;
  return {
    implicit: typeof s.implicit === 'boolean' ? s.implicit : DEFAULT_SETTINGS.implicit,
    pausedUntil: typeof s.pausedUntil === 'number' ? s.pausedUntil : 0,
    off: Array.isArray(s.off) ? s.off.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** A site the parent turned on themselves (its origin was granted at that moment). */
export interface ExtraSite {
  /** "https://forum.example.com" */
  origin: string;
  adapter: ExtraAdapterId;
}

export function readExtraSites(stored: unknown): ExtraSite[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (s): s is ExtraSite => typeof s?.origin === 'string' && /^https:\/\/[^/]+$/.test(s.origin) && (s.adapter === 'generic' || s.adapter === 'mastodon'),
  );
}
