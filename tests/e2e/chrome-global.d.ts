// Code that tests evaluate inside the extension's service worker uses the `chrome` global there.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
