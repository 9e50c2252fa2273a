// Loaded into a page's content-script world the first time a composer is used, not when the page
// opens: the detector and the interstitial are most of Schoolgate's code, and most pages never
// get a draft. The content script imports this file (a web-accessible resource with a dynamic,
// per-session URL, so pages cannot probe for it) and finds what it provides under a symbol.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createDetector } from '../src/engine/index.ts';
import { LAZY_KEY, type LazyBundle } from '../src/composer/lazy-key.ts';
import { mountInterstitial } from '../src/ui/interstitial/mount.tsx';

export default defineUnlistedScript(() => {
  const bundle: LazyBundle = { createDetector, mountInterstitial };
  (globalThis as unknown as Record<symbol, LazyBundle>)[LAZY_KEY] = bundle;
});
