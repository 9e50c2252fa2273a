import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentStatus, ToContent } from '../src/messages.ts';
import { ALL_MATCHES, siteForHost } from '../src/sites/catalogue.ts';
import { SCHOOLS_STORAGE_KEY } from '../src/storage/keys.ts';

export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const site: ContentStatus['site'] = siteForHost(location.host)?.id ?? (import.meta.env.MODE === 'development' ? 'demo' : 'generic');

    const onMessage = (message: unknown): Promise<ContentStatus> | undefined => {
      if ((message as ToContent | undefined)?.type !== 'content:status') return undefined;
      return browser.storage.local
        .get(SCHOOLS_STORAGE_KEY)
        .then((stored) => ({ site, watching: Array.isArray(stored[SCHOOLS_STORAGE_KEY]) && stored[SCHOOLS_STORAGE_KEY].length > 0 }));
    };
    browser.runtime.onMessage.addListener(onMessage);
    // When the extension reloads or updates under the page, this script's context dies: detach.
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
