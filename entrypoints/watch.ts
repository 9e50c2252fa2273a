// The content script, at document start on the watched sites (and the sites the parent turned on).
// It opens the gate (src/composer/gate.ts): capture-phase listeners there before the page's own,
// and nothing else. The guard (entrypoints/guard.ts) loads the first time the page is used, and
// the detector and the interstitial (entrypoints/lazy.ts) the first time a composer is: most pages
// are read, not written on, and pay only for this.
//
// Built as a plain script and declared in the manifest by wxt.config.ts: WXT's content-script
// runtime would cost every page more at start than this does.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openGate } from '../src/composer/gate.ts';
import { GUARD_KEY, type GuardBundle, loadBundle } from '../src/composer/lazy-key.ts';
import type { ContentStatus, ToContent } from '../src/messages.ts';

/**
 * One running copy per page. Injected again into the same world (a site turned off and on), the
 * new copy takes over and the old one's listeners go. After the extension reloads under an open
 * page, the old copy finds itself cut off (`alive()`) and stands aside.
 */
const RUNNING = Symbol.for('schoolgate.watch');

export default defineUnlistedScript(() => {
  const world = globalThis as unknown as Record<symbol, unknown>;
  (world[RUNNING] as AbortController | undefined)?.abort();
  const running = new AbortController();
  world[RUNNING] = running;
  const { signal } = running;

  const alive = () => {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  };

  let guard: Promise<{ status(): Promise<ContentStatus> }> | undefined;
  const load = () =>
    (guard ??= loadBundle<GuardBundle>(browser.runtime.getURL('/guard.js'), GUARD_KEY)
      .then((bundle) => bundle.start({ gate, signal, alive }))
      .catch((error: unknown) => {
        gate.fail(); // fail open: the page as if Schoolgate were not there
        throw error;
      }));
  const gate = openGate(window, { load: () => void load().catch(() => undefined), alive, signal });

  // The popup asks whether Schoolgate is watching this page.
  const onMessage = (message: unknown): Promise<ContentStatus> | undefined =>
    (message as ToContent | undefined)?.type === 'content:status' ? load().then((page) => page.status()) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
});
