// Shared end-to-end fixtures: one local HTTPS server and one Chromium with the built extension
// per worker. The sites' real host names resolve to the local server, so the production match
// patterns are what is tested.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { parseSchoolConfigValue, type SchoolConfig } from '../../src/config/index.ts';
import { DEMO_CONFIG } from '../../src/config/presets/index.ts';
import { launchWithExtension, type Launched } from '../../src/dev/launch.ts';
import { buildFixtures, FIXTURE_ROUTES, fixtureHandler } from '../../src/dev/fixtures.ts';
import { LINK_HOST, linkSiteHandler, OTHER_SCHOOL_HOST, SCHOOL_SITE_HOST, schoolSiteHandler } from '../../src/dev/school-site.ts';
import { type LocalServer, startServer, staticFiles } from '../../src/dev/server.ts';
import { SITES } from '../../src/sites/catalogue.ts';

/** The production build plus two pre-granted test hosts (`wxt build --mode e2e`, see wxt.config.ts). */
export const EXTENSION_PATH = resolve('.output/chrome-mv3-e2e');
/** Origins the e2e build treats as turned on by the parent (optional host permissions, granted). */
export const GRANTED_EXTRA = ['https://forum.example.com/*', 'https://social.example.net/*', 'https://brooklane.example.sch.uk/*'];
/** A host no adapter matches, to see that Schoolgate stays out of other sites. */
export const UNWATCHED_HOST = 'www.example.org';

export const WATCHED_HOSTS = SITES.flatMap((s) => s.matches.map((m) => new URL(m.replace('/*', '/')).host));

interface WorkerFixtures {
  server: LocalServer;
  extension: Launched;
}

/** The demo school's own site (its complaints page): a new tab to it must reach only the local server. */
export const SCHOOL_HOSTS = [SCHOOL_SITE_HOST, OTHER_SCHOOL_HOST, LINK_HOST];

/** The config the stand-in school website publishes at /schoolgate.json; tests may change it. */
export const schoolSite: { config: unknown } = { config: null };

function demoSchool(): SchoolConfig {
  const parsed = parseSchoolConfigValue(DEMO_CONFIG);
  if (!parsed.ok) throw new Error('the demo config is invalid');
  return parsed.config;
}

export const DEMO_SCHOOL = demoSchool() as SchoolConfig & { complaints: { url: string; email: string } };

interface TestFixtures {
  serviceWorker: Worker;
  /** Every request the browser made during the test, as URLs. Checked after each test. */
  requests: string[];
  /** Errors and warnings logged by Schoolgate's own code in a page. Checked after each test. */
  ownConsole: string[];
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright reads a fixture's dependencies from its destructuring pattern: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      // The sites' stand-in pages (tests/fixtures/sites) answer for their hosts; any other host
      // gets the plain fixture page. Each worker builds its own copy, so one worker never serves
      // a file another worker (or another Playwright run: worker indexes repeat) is still writing.
      const fixtures = resolve(`.output/fixtures-e2e/${workerInfo.workerIndex}-${process.pid}`);
      await buildFixtures(fixtures);
      const server = await startServer({
        https: true,
        handlers: [linkSiteHandler(), schoolSiteHandler(() => schoolSite.config), fixtureHandler(fixtures), staticFiles(resolve('tests/fixtures/pages'), { fallback: 'index.html' })],
      });
      await use(server);
      await server.close();
      await rm(fixtures, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ server }, use) => {
      const launched = await launchWithExtension({
        extensionPath: EXTENSION_PATH,
        mapHosts: [...new Set([...WATCHED_HOSTS, ...FIXTURE_ROUTES.map((r) => r.host), UNWATCHED_HOST, ...SCHOOL_HOSTS])],
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
  // Privacy, checked on every test: nothing goes anywhere but the local fixture server (which
  // answers for the mapped host names) and the extension's own files.
  requests: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const onRequest = (request: { url(): string }) => seen.push(request.url());
      context.on('request', onRequest);
      await use(seen);
      context.off('request', onRequest);
      const allowed = new Set([...WATCHED_HOSTS, ...FIXTURE_ROUTES.map((r) => r.host), UNWATCHED_HOST, ...SCHOOL_HOSTS]);
      for (const url of seen) {
        const u = new URL(url);
        if (u.protocol === 'chrome-extension:' || u.protocol === 'data:' || u.protocol === 'blob:' || url === 'about:blank') continue;
        expect(u.protocol === 'https:' && allowed.has(u.host), `a request left for ${url}`).toBe(true);
      }
    },
    { auto: true },
  ],
  // Our code never leaves errors in the page's console.
  ownConsole: [
    async ({ context }, use) => {
      const logged: string[] = [];
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if ((message.type() === 'error' || message.type() === 'warning') && /chrome-extension:|schoolgate/i.test(`${message.location().url} ${message.text()}`)) {
            logged.push(`${message.type()}: ${message.text()}`);
          }
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(logged);
      context.off('page', watch);
      expect(logged, "Schoolgate's own console output").toEqual([]);
    },
    { auto: true },
  ],
  serviceWorker: async ({ extension }, use) => {
    // Each test starts with no school loaded, and no history (a week's nudges make the
    // interstitial shorter).
    await extension.serviceWorker.evaluate(async () => {
      await chrome.storage.local.clear();
      // opened only if it exists: opening creates it, at a version with no stores
      if (!(await indexedDB.databases()).some((d) => d.name === 'schoolgate')) return;
      await new Promise<void>((resolve) => {
        const request = indexedDB.open('schoolgate');
        request.onerror = () => resolve();
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('nudges')) return (db.close(), resolve());
          const tx = db.transaction('nudges', 'readwrite');
          tx.objectStore('nudges').clear();
          tx.oncomplete = tx.onerror = () => (db.close(), resolve());
        };
      });
    });
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

/** Loads a school into the extension, as the parent's import would. */
export async function loadSchool(serviceWorker: Worker, config: SchoolConfig): Promise<void> {
  await serviceWorker.evaluate((c) => chrome.storage.local.set({ schools: [{ key: 'test', config: c, addedAt: 0 }] }), config);
}

/** Names the head and calls her a disgrace: the demo school's code asks parents not to. */
export const FLAGGED = 'Mrs Whitmore is a disgrace, she ignores every email and Brook Lane covers for her.';

/** Types FLAGGED on the WhatsApp stand-in and presses Enter. */
export async function sendFlagged(page: Page): Promise<void> {
  await page.goto('https://web.whatsapp.com/');
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type(FLAGGED);
  await page.keyboard.press('Enter');
}

/** What the fixture page has posted: [{ composer, text }], read from the page's own world. */
export async function posted(page: Page): Promise<{ composer: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __posted?: { composer: string; text: string }[] }).__posted ?? []);
}
