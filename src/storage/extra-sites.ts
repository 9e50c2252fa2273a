// Sites the parent turned on themselves (another Mastodon instance, a school forum): the content
// script is registered for exactly the origins that are both in the list and granted, and for
// nothing else. Chrome registers it with the scripting API; Firefox (MV2) with contentScripts.
import { browser } from 'wxt/browser';
import { EXTRA_SITES_STORAGE_KEY, readExtraSites } from './keys.ts';

const SCRIPT_ID = 'schoolgate-extra-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';

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
    if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length) {
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_start', persistAcrossSessions: true }]);
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
