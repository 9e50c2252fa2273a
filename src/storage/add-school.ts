// The browser side of adding a school from an address: ask for that one origin (at the moment
// the parent clicked), then download and check the config. Extension pages only.
import { browser } from 'wxt/browser';
import { checkConfigUrl } from '../config/index.ts';
import { fetchConfig, type LoadResult, originPattern } from './fetch-config.ts';

export async function loadFromUrl(address: string): Promise<LoadResult> {
  const checked = checkConfigUrl(address);
  if (!checked.ok) return fetchConfig(address); // says what is wrong with the address, asks nothing
  const pattern = originPattern(checked.url);
  let granted: boolean;
  try {
    // Called first, inside the parent's click: the browser only shows its prompt for a user action.
    // An origin already granted (a school refreshed from it, a watched site) is answered at once.
    granted = await browser.permissions.request({ origins: [pattern] });
  } catch {
    granted = false;
  }
  if (!granted) return { ok: false, error: { kind: 'permission-refused', origin: new URL(checked.url).origin } };
  return fetchConfig(checked.url);
}
