import { LINK_MATCH, parseSchoolConfigValue } from '../../src/config/index.ts';
import { DEMO_CONFIG } from '../../src/config/presets/index.ts';
import { contentStatuses, expect, GRANTED_EXTRA, test, UNWATCHED_HOST } from './fixtures.ts';

test('the built extension loads with its service worker and the declared permissions only', async ({ extension }) => {
  const manifest = await extension.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('Schoolgate');
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'scripting', 'storage']);
  // Production asks for no host permissions at install beyond its content scripts' sites; the
  // e2e build has the two test hosts granted as if the parent had turned them on.
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...GRANTED_EXTRA].sort());
  expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  for (const script of manifest.content_scripts ?? []) {
    // every watched site, whole; and the one school-link page on the project's site
    for (const match of script.matches ?? []) if (match !== LINK_MATCH) expect(match).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  }
});

test('the content script runs on a watched site served from a local page', async ({ page, serviceWorker, server }) => {
  await page.goto('https://www.facebook.com/groups/parents');
  // the Facebook stand-in (tests/fixtures/sites/facebook) answers for www.facebook.com
  await expect(page.getByRole('heading', { name: 'Facebook', exact: true })).toBeVisible();
  await expect.poll(() => contentStatuses(serviceWorker)).toEqual([{ site: 'facebook', watching: false, key: 'facebook', siteOn: true, paused: false }]);
  // The page really came from the local server, under the real host name.
  expect(server.requests).toContain('www.facebook.com /groups/parents');
});

test('it knows which site it is on and whether a school is loaded', async ({ page, serviceWorker }) => {
  const demo = parseSchoolConfigValue(DEMO_CONFIG);
  if (!demo.ok) throw new Error('demo config invalid');
  await serviceWorker.evaluate(
    (config) => chrome.storage.local.set({ schools: [{ key: 'demo', config, addedAt: 0 }] }),
    demo.config,
  );
  await page.goto('https://web.whatsapp.com/');
  await expect.poll(() => contentStatuses(serviceWorker)).toEqual([{ site: 'whatsapp', watching: true, key: 'whatsapp', siteOn: true, paused: false }]);
});

test('it stays out of sites it does not watch', async ({ page, serviceWorker }) => {
  await page.goto(`https://${UNWATCHED_HOST}/`);
  await expect(page.getByRole('heading', { name: 'Fixture page' })).toBeVisible();
  // Give a content script every chance to appear before concluding there is none.
  await page.waitForTimeout(500);
  expect(await contentStatuses(serviceWorker)).toEqual([]);
});

test('the popup shows the loaded school', async ({ extension, page, serviceWorker }) => {
  const demo = parseSchoolConfigValue(DEMO_CONFIG);
  if (!demo.ok) throw new Error('demo config invalid');
  await serviceWorker.evaluate(
    (config) => chrome.storage.local.set({ schools: [{ key: 'demo', config, addedAt: 0 }] }),
    demo.config,
  );
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Your school' })).toBeVisible();
  await expect(page.getByText('Brook Lane Primary School')).toBeVisible();
  await expect(page.getByText('6 staff, 7 clauses of its code')).toBeVisible();
});
