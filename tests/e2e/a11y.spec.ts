// Accessibility and looks, in real Chromium: axe-core finds no serious or critical violation on
// any of the parent's pages or on the interstitial, and every page is photographed at desktop
// width and at 360 px (kept as test artifacts under test-results/).
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { DEMO_SCHOOL, expect, loadSchool, sendFlagged, test } from './fixtures.ts';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'narrow', width: 360, height: 740 },
] as const;

async function audit(page: Page, testInfo: TestInfo, name: string, include?: string): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // nothing sticks out sideways at 360 px
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${size.width}px scrolls sideways`).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`${name}-${size.name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${size.name}`, { path, contentType: 'image/png' });
  }
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `${name}: axe`).toEqual([]);
}

test('onboarding', async ({ page, extension }, testInfo) => {
  await page.goto(`chrome-extension://${extension.extensionId}/onboarding.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await audit(page, testInfo, 'onboarding');
  // the preview of a config, before it is confirmed
  await page.getByLabel('Or choose the config file your school sent you').setInputFiles({ name: 'school.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(DEMO_SCHOOL)) });
  await expect(page.getByRole('heading', { name: 'Check this is your school' })).toBeVisible();
  await audit(page, testInfo, 'onboarding-preview');
  // an error, with problems listed
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Or choose the config file your school sent you').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"schoolgate/1"}') });
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page, testInfo, 'onboarding-error');
});

test('options', async ({ page, extension, serviceWorker }, testInfo) => {
  await loadSchool(serviceWorker, DEMO_SCHOOL);
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  // some history to chart, recorded as the content script records it
  await page.evaluate(async () => {
    const day = 24 * 60 * 60 * 1000;
    const choices = ['edit', 'post', 'complaints', 'false-alarm', 'edit', 'email', 'edit'];
    for (let i = 0; i < choices.length; i++) {
      await chrome.runtime.sendMessage({ type: 'outcome:record', outcome: { at: Date.now() - i * 4 * day, site: 'whatsapp', school: 'Brook Lane Primary School', clauses: ['2.1'], concerns: ['complaint'], choice: choices[i] } });
    }
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Schoolgate settings' })).toBeVisible();
  await audit(page, testInfo, 'options');
});

test('popup', async ({ page, extension, serviceWorker }, testInfo) => {
  await loadSchool(serviceWorker, DEMO_SCHOOL);
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Your school' })).toBeVisible();
  await audit(page, testInfo, 'popup');
});

test('the interstitial on a site', async ({ page, serviceWorker }, testInfo) => {
  await loadSchool(serviceWorker, DEMO_SCHOOL);
  await sendFlagged(page);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await audit(page, testInfo, 'interstitial', 'schoolgate-interstitial');
});

test("the school's link page", async ({ page, context }, testInfo) => {
  await page.goto('https://schoolgate.example/add');
  // with Schoolgate installed and no school in the link, it says so
  await expect(page.getByRole('heading', { name: 'Schoolgate is installed' })).toBeVisible();
  await audit(page, testInfo, 'link-page-installed');
  // the same page given a school (a hash change, no reload): the import screen opens in a new tab
  const opened = context.waitForEvent('page');
  await page.goto('https://schoolgate.example/add#config=https%3A%2F%2Fbrooklane.example.sch.uk%2Fschoolgate.json');
  await (await opened).close();
  await expect(page.getByRole('heading', { name: 'Schoolgate has opened' })).toBeVisible();
  await audit(page, testInfo, 'link-page-opened');
});
