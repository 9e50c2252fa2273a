// The school configs the parent has loaded, in extension storage (never the page's).
// Configs are stored after validation and normalisation, so readers need not parse them again.
import { browser } from 'wxt/browser';
import type { SchoolConfig } from '../config/index.ts';
import { fetchConfig, type LoadError, originPattern } from './fetch-config.ts';
import { SCHOOLS_STORAGE_KEY as KEY } from './keys.ts';
import { type ManifestHosts, originsToGiveBack } from './privacy.ts';

export interface StoredSchool {
  /** Stable key: the config's source URL, or the school's name when it has none. */
  key: string;
  config: SchoolConfig;
  addedAt: number;
  /**
   * For a trust's config (`schools` lists more than one): the names of the schools the parent's
   * children attend. Only those are watched for. Absent: the config's main school only.
   */
  picked?: string[];
  /** Where the config was loaded from, when it came from a URL (the school link or pasted). */
  from?: string;
  /** When the background last tried to refresh it, and what happened. */
  refresh?: { at: number; result: 'updated' | 'unchanged' | 'failed' | 'needs-confirmation'; error?: LoadError['kind'] };
  /** A newer config whose complaints route moved to another domain: used only once the parent confirms. */
  pending?: { config: SchoolConfig; at: number };
}

export function readSchools(stored: unknown): StoredSchool[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((s): s is StoredSchool => typeof s?.key === 'string' && typeof s?.config?.school?.name === 'string');
}

export async function getSchools(): Promise<StoredSchool[]> {
  const stored = await browser.storage.local.get(KEY);
  return readSchools(stored[KEY]);
}

async function setSchools(schools: StoredSchool[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: schools });
}

export function schoolKey(config: SchoolConfig, from?: string): string {
  return config.source ?? from ?? `name:${config.school.name.toLowerCase()}`;
}

/** Every school a config names: its own, then a trust's others. */
export function schoolNames(config: SchoolConfig): string[] {
  return [config.school.name, ...(config.schools ?? []).map((s) => s.name)];
}

/** Adds a school, or replaces the one with the same key (the parent confirmed the preview). */
export async function putSchool(config: SchoolConfig, options: { picked?: string[]; from?: string; now?: number } = {}): Promise<StoredSchool> {
  const key = schoolKey(config, options.from);
  const schools = (await getSchools()).filter((s) => s.key !== key);
  const names = schoolNames(config);
  const picked = options.picked?.filter((n) => names.includes(n));
  const entry: StoredSchool = {
    key,
    config,
    addedAt: options.now ?? Date.now(),
    ...(picked && names.length > 1 ? { picked } : {}),
    ...(options.from ? { from: options.from } : {}),
  };
  await setSchools([...schools, entry]);
  return entry;
}

/** The config's own origin, and the complaints page's, that Schoolgate was granted for it. */
function configOrigins(school: StoredSchool): string[] {
  const urls = [school.config.source, school.from].filter((u): u is string => Boolean(u));
  return [...new Set(urls.map(originPattern))];
}

/**
 * Removes a school. The origin its config came from is given back to the browser unless another
 * school still refreshes from it, or it is a site Schoolgate watches.
 */
export async function removeSchool(key: string): Promise<void> {
  const schools = await getSchools();
  const gone = schools.find((s) => s.key === key);
  const rest = schools.filter((s) => s.key !== key);
  await setSchools(rest);
  if (!gone) return;
  const stillUsed = new Set(rest.flatMap(configOrigins));
  // the same rule as "delete everything": never an origin the manifest asks for at install
  const giveBack = originsToGiveBack(
    configOrigins(gone).filter((o) => !stillUsed.has(o)),
    browser.runtime.getManifest() as ManifestHosts,
  );
  if (giveBack.length) await browser.permissions.remove({ origins: giveBack }).catch(() => false);
}

/** Confirms a pending config (its complaints route moved) or, with `accept: false`, drops it. */
export async function settlePending(key: string, accept: boolean, now = Date.now()): Promise<void> {
  const schools = await getSchools();
  await setSchools(
    schools.map((s) => {
      if (s.key !== key || !s.pending) return s;
      const { pending, ...rest } = s;
      return accept ? { ...rest, config: pending.config, refresh: { at: now, result: 'updated' } } : rest;
    }),
  );
}

// ---- refresh -------------------------------------------------------------------------------

/** The hosts a complaints route sends a parent to: the page's host, the email's domain. */
export function complaintsHosts(config: SchoolConfig): string[] {
  const hosts: string[] = [];
  if (config.complaints.url) hosts.push(new URL(config.complaints.url).hostname.toLowerCase());
  if (config.complaints.email) hosts.push(config.complaints.email.split('@').pop()!.toLowerCase());
  return hosts;
}

function sameOrSubdomain(host: string, of: string): boolean {
  return host === of || host.endsWith(`.${of}`);
}

/** Whether a newer config sends parents' complaints somewhere the old one did not. */
export function complaintsMoved(old: SchoolConfig, fresh: SchoolConfig): boolean {
  const before = complaintsHosts(old);
  return complaintsHosts(fresh).some((h) => !before.some((b) => sameOrSubdomain(h, b)));
}

/** A config replaces another only when its `published` date is later. */
export function isNewer(old: SchoolConfig, fresh: SchoolConfig): boolean {
  if (!fresh.published) return false;
  if (!old.published) return true;
  return Date.parse(fresh.published) > Date.parse(old.published);
}

export type RefreshDecision = 'replace' | 'confirm' | 'keep';

export function decideRefresh(old: SchoolConfig, fresh: SchoolConfig): RefreshDecision {
  if (!isNewer(old, fresh)) return 'keep';
  return complaintsMoved(old, fresh) ? 'confirm' : 'replace';
}

export const REFRESH_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RefreshOptions {
  now?: number;
  fetch?: typeof fetch;
  /** Whether Schoolgate may read from an origin (the parent granted it when adding the school). */
  granted?: (pattern: string) => Promise<boolean>;
  /** Refresh even if the last try was less than a day ago. */
  force?: boolean;
}

/**
 * Re-fetches every config that names its `source`, at most daily. A newer one replaces the old;
 * one whose complaints route moved to another domain waits for the parent; a failure keeps the
 * old one. Returns the schools as stored afterwards.
 */
export async function refreshSchools(options: RefreshOptions = {}): Promise<StoredSchool[]> {
  const now = options.now ?? Date.now();
  const granted = options.granted ?? ((pattern: string) => browser.permissions.contains({ origins: [pattern] }));
  const schools = await getSchools();
  const updated = new Map<string, StoredSchool>();
  for (const school of schools) {
    const source = school.config.source;
    if (!source) continue;
    if (!options.force && school.refresh && now - school.refresh.at < REFRESH_EVERY_MS) continue;
    if (!(await granted(originPattern(source)).catch(() => false))) continue;
    const result = await fetchConfig(source, { fetch: options.fetch });
    let next: StoredSchool;
    if (!result.ok) next = { ...school, refresh: { at: now, result: 'failed', error: result.error.kind } };
    else {
      const decision = decideRefresh(school.config, result.config);
      if (decision === 'replace') next = { ...school, config: result.config, pending: undefined, refresh: { at: now, result: 'updated' } };
      else if (decision === 'confirm') next = { ...school, pending: { config: result.config, at: now }, refresh: { at: now, result: 'needs-confirmation' } };
      else next = { ...school, refresh: { at: now, result: 'unchanged' } };
      if (!next.pending) delete next.pending;
    }
    updated.set(school.key, next);
  }
  if (!updated.size) return schools;
  // Read again: the parent may have added or removed a school while the fetches ran.
  const latest = (await getSchools()).map((s) => updated.get(s.key) ?? s);
  await setSchools(latest);
  return latest;
}
