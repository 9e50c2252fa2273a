// The school configs the parent has loaded, in extension storage (never the page's).
// Configs are stored after validation and normalisation, so readers need not parse them again.
import { browser } from 'wxt/browser';
import type { SchoolConfig } from '../config/index.ts';
import { SCHOOLS_STORAGE_KEY as KEY } from './keys.ts';

export interface StoredSchool {
  /** Stable key: the config's source URL, or the school's name when it has none. */
  key: string;
  config: SchoolConfig;
  addedAt: number;
}

export async function getSchools(): Promise<StoredSchool[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? (list as StoredSchool[]) : [];
}

export function schoolKey(config: SchoolConfig): string {
  return config.source ?? `name:${config.school.name.toLowerCase()}`;
}

/** Adds a school, or replaces the one with the same key. */
export async function putSchool(config: SchoolConfig, now = Date.now()): Promise<StoredSchool> {
  const key = schoolKey(config);
  const schools = (await getSchools()).filter((s) => s.key !== key);
  const entry: StoredSchool = { key, config, addedAt: now };
  await browser.storage.local.set({ [KEY]: [...schools, entry] });
  return entry;
}
