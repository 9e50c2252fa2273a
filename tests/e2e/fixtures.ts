// Shared end-to-end fixtures: one local HTTPS server and one Chromium with the built extension
// per worker. The sites' real host names resolve to the local server, so the production match
// patterns are what is tested.
import { resolve } from 'node:path';
import { test as base, expect, type Worker } from '@playwright/test';
import { launchWithExtension, type Launched } from '../../src/dev/launch.ts';
import { type LocalServer, startServer, staticFiles } from '../../src/dev/server.ts';
import { SITES } from '../../src/sites/catalogue.ts';

export const EXTENSION_PATH = resolve('.output/chrome-mv3');
/** A host no adapter matches, to see that Schoolgate stays out of other sites. */
export const UNWATCHED_HOST = 'www.example.org';

export const WATCHED_HOSTS = SITES.flatMap((s) => s.matches.map((m) => new URL(m.replace('/*', '/')).host));

interface WorkerFixtures {
  server: LocalServer;
  extension: Launched;
}

export const test = base.extend<{ serviceWorker: Worker }, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ https: true, handlers: [staticFiles(resolve('tests/fixtures/pages'), { fallback: 'index.html' })] });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ server }, use) => {
      const launched = await launchWithExtension({
        extensionPath: EXTENSION_PATH,
        mapHosts: [...WATCHED_HOSTS, UNWATCHED_HOST],
        mapToPort: server.port,
      });
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extension }, use) => {
    await use(extension.context);
  },
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
  serviceWorker: async ({ extension }, use) => {
    // Each test starts with no school loaded.
    await extension.serviceWorker.evaluate(() => chrome.storage.local.clear());
    await use(extension.serviceWorker);
  },
});

export { expect };

/**
 * Asks every open tab's content script for its status, as the popup does for the active tab.
 * Tabs without a content script do not answer; tests keep one site page open at a time.
 */
export async function contentStatuses(serviceWorker: Worker): Promise<unknown[]> {
  return serviceWorker.evaluate(async () => {
    const replies: unknown[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        replies.push(await chrome.tabs.sendMessage(tab.id, { type: 'content:status' }));
      } catch {
        // no content script in that tab
      }
    }
    return replies;
  });
}
