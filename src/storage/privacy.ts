// Everything Schoolgate keeps about a parent, for the options page's privacy section: gather it
// all to show or export, and delete it all. What is kept lives in two places: browser.storage.local
// (schools, settings, extra sites) and the history database (nudges, never a draft).
import { browser } from 'wxt/browser';
import { allNudges, deleteAllHistory, type NudgeRecord } from './history.ts';

export interface EverythingStored {
  /** Every key in browser.storage.local, as stored. */
  storage: Record<string, unknown>;
  /** Every nudge, oldest first. */
  history: NudgeRecord[];
}

export async function collectEverything(): Promise<EverythingStored> {
  const [storage, history] = await Promise.all([browser.storage.local.get(null), allNudges()]);
  return { storage, history };
}

/** Names the export file's shape, so a later version can read an old export. */
export const EXPORT_FORMAT = 'schoolgate-export/1';

const pad = (n: number) => String(n).padStart(2, '0');

/** The export file: everything stored, pretty-printed, named by the parent's local date. */
export function exportJson(data: EverythingStored, now: Date = new Date()): { json: string; filename: string } {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const body = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), storage: data.storage, history: data.history };
  return { json: `${JSON.stringify(body, null, 2)}\n`, filename: `schoolgate-data-${day}.json` };
}

/** The parts of a manifest that name the sites Schoolgate has from install. */
export interface ManifestHosts {
  host_permissions?: string[];
  /** MV2 (Firefox) lists hosts among the permissions. */
  permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/**
 * A host permission covers a whole origin whatever its path ("https://a.example/" and
 * "https://a.example/x/*" both grant https://a.example/*), and browsers report it that way.
 */
function originOf(pattern: string): string {
  const match = /^([^:]+:\/\/[^/]*)(\/.*)?$/.exec(pattern);
  return match ? `${match[1]}/*` : pattern;
}

/**
 * The origins to give back when the parent deletes everything: those the browser says are granted
 * that the manifest does not ask for at install (the supported sites, by their content scripts):
 * config addresses and extra sites the parent allowed one by one. A required origin cannot be
 * removed (the browser refuses the whole call), so none is in the list.
 */
export function originsToGiveBack(granted: readonly string[], manifest: ManifestHosts): string[] {
  const required = new Set(
    [
      ...(manifest.host_permissions ?? []),
      ...(manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>'),
      ...(manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []),
    ].map(originOf),
  );
  return [...new Set(granted)].filter((origin) => !required.has(originOf(origin)));
}

async function giveBackOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const giveBack = originsToGiveBack(origins, browser.runtime.getManifest() as ManifestHosts);
  if (!giveBack.length) return [];
  const removed = await browser.permissions.remove({ origins: giveBack }).catch(() => false);
  if (removed) return giveBack;
  // One the browser will not let go of should not keep the others: try each on its own.
  const each = await Promise.all(giveBack.map((origin) => browser.permissions.remove({ origins: [origin] }).catch(() => false)));
  return giveBack.filter((_, i) => each[i]);
}

/**
 * Deletes everything Schoolgate keeps: storage (schools, settings, extra sites), the history
 * database, and the site permissions the parent granted. Every step is tried even if one fails;
 * then the failure is thrown. The background hears the permissions go (permissions.onRemoved) and
 * stops watching those sites.
 */
export async function deleteEverything(): Promise<{ gaveBack: string[] }> {
  const problems: unknown[] = [];
  const attempt = async <T>(step: () => Promise<T>, otherwise: T): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      problems.push(error);
      return otherwise;
    }
  };
  await attempt(() => browser.storage.local.clear(), undefined);
  await attempt(() => deleteAllHistory(), undefined);
  const gaveBack = await attempt(giveBackOrigins, [] as string[]);
  if (problems.length) throw new AggregateError(problems, 'Not everything could be deleted.');
  return { gaveBack };
}
