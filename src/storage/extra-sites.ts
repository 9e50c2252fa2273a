// Sites the parent turned on themselves (another Mastodon instance, a school forum): the content
// script is registered for exactly the origins that are both in the list and granted, and for
// nothing else. Chrome registers it with the scripting API; Firefox (MV2) with contentScripts.
import { browser } from 'wxt/browser';
import type { ExtraAdapterId } from '../sites/index.ts';
import { EXTRA_SITES_STORAGE_KEY, readExtraSites } from './keys.ts';

const SCRIPT_ID = 'schoolgate-extra-sites';
const CONTENT_SCRIPT = 'watch.js';

interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }>;
}

let firefoxRegistration: { unregister(): Promise<void> } | undefined;

/** The match patterns for the extra sites whose origins the parent has granted. */
export async function grantedExtraMatches(): Promise<string[]> {
  const stored = await browser.storage.local.get(EXTRA_SITES_STORAGE_KEY);
  const sites = readExtraSites(stored[EXTRA_SITES_STORAGE_KEY]);
  const matches: string[] = [];
  for (const site of sites) {
    const pattern = `${site.origin}/*`;
    if (await browser.permissions.contains({ origins: [pattern] })) matches.push(pattern);
  }
  return matches;
}

export async function syncExtraSites(): Promise<string[]> {
  const matches = await grantedExtraMatches();
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    const before = new Set(existing.flatMap((s) => s.matches ?? []));
    if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length) {
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_start', persistAcrossSessions: true }]);
    }
    // A site just turned on works in the tabs already open on it, without a reload. (Finding
    // them needs no "tabs" permission: the origin was granted.)
    const added = matches.filter((m) => !before.has(m));
    if (added.length) {
      for (const tab of await browser.tabs.query({ url: added }).catch(() => [])) {
        if (tab.id !== undefined) await scripting.executeScript({ target: { tabId: tab.id }, files: [`/${CONTENT_SCRIPT}` as '/watch.js'] }).catch(() => undefined);
      }
    }
    return matches;
  }
  const contentScripts = (browser as unknown as { contentScripts?: FirefoxContentScripts }).contentScripts;
  if (contentScripts) {
    await firefoxRegistration?.unregister();
    firefoxRegistration = matches.length ? await contentScripts.register({ matches, js: [{ file: CONTENT_SCRIPT }], runAt: 'document_start' }) : undefined;
  }
  return matches;
}

/**
 * Turns Schoolgate on for a site the parent names (another Mastodon instance, a school forum):
 * asks the browser for that one origin, at that moment (call it from the click that asked), and
 * adds it to the list; the background then registers the content script there.
 */
export async function turnOnSite(address: string, adapter: ExtraAdapterId): Promise<{ ok: true; origin: string } | { ok: false; reason: 'not-https' | 'refused' }> {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(address) ? address : `https://${address}`);
  } catch {
    return { ok: false, reason: 'not-https' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] });
  if (!granted) return { ok: false, reason: 'refused' };
  const stored = await browser.storage.local.get(EXTRA_SITES_STORAGE_KEY);
  const sites = readExtraSites(stored[EXTRA_SITES_STORAGE_KEY]).filter((s) => s.origin !== url.origin);
  await browser.storage.local.set({ [EXTRA_SITES_STORAGE_KEY]: [...sites, { origin: url.origin, adapter }] });
  return { ok: true, origin: url.origin };
}

/** Turns a site off again and gives its permission back. */
export async function turnOffSite(origin: string): Promise<void> {
  const stored = await browser.storage.local.get(EXTRA_SITES_STORAGE_KEY);
  const sites = readExtraSites(stored[EXTRA_SITES_STORAGE_KEY]).filter((s) => s.origin !== origin);
  await browser.storage.local.set({ [EXTRA_SITES_STORAGE_KEY]: sites });
  await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
}
