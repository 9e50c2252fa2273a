// Schoolgate on every site family, in real Chromium, on pages built from the editor library each
// site really uses, served under the site's real host name (so the production match patterns and
// adapters are what runs). One parameterised helper per behaviour, for every composer.
import type { Page } from '@playwright/test';
import { PLAIN_CASES } from './cases/plain.ts';
import { RICH_CASES } from './cases/rich.ts';
import type { SiteCase } from './cases/types.ts';
import type { Locator, Worker } from '@playwright/test';
import { DEMO_SCHOOL, expect, FLAGGED, loadSchool, posted, test } from './fixtures.ts';

const CASES: SiteCase[] = [...PLAIN_CASES, ...RICH_CASES];

const BENIGN = 'Does anyone know what time sports day starts on Friday?';

async function type(page: Page, c: SiteCase, text: string): Promise<void> {
  await page.goto(c.url);
  if (c.open) await c.open(page);
  const editor = c.editor(page);
  await editor.click();
  await page.keyboard.type(text);
}

async function sendIt(page: Page, c: SiteCase): Promise<void> {
  if ('key' in c.send) await page.keyboard.press(c.send.key);
  else if ('click' in c.send) await c.send.click(page).click();
  else await c.send.mousedown(page).dispatchEvent('mousedown', { button: 0 });
}

const dialog = (page: Page) => page.getByRole('alertdialog');

/** The text in an editor as the parent sees it (a textarea's value, a contenteditable's text). */
const textOf = (editor: Locator) => editor.evaluate((el) => ((el as HTMLTextAreaElement).value ?? (el as HTMLElement).innerText).replace(/\u200b|\ufeff/g, ''));

/** The forum stands in for a site the parent turned on (its origin is granted in the e2e build). */
async function turnOn(serviceWorker: Worker, c: SiteCase): Promise<void> {
  if (c.site !== 'generic') return;
  const origin = new URL(c.url).origin;
  await serviceWorker.evaluate((o) => chrome.storage.local.set({ extraSites: [{ origin: o, adapter: 'generic' }] }), origin);
  // the background registers the content script for it
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? [])))
    .toContain(`${origin}/*`);
}

for (const c of CASES) {
  test.describe(c.name, () => {
    test.beforeEach(async ({ serviceWorker }) => {
      await loadSchool(serviceWorker, DEMO_SCHOOL);
      await turnOn(serviceWorker, c);
    });

    test('a flagged draft is held; the interstitial names who and quotes the clause; Edit keeps every word', async ({ page }) => {
      await type(page, c, FLAGGED);
      await sendIt(page, c);
      await expect(dialog(page)).toBeVisible();
      await expect(dialog(page).locator('mark', { hasText: 'Mrs Whitmore' }).first()).toBeVisible();
      // a clause of the demo school's code, verbatim
      await expect(dialog(page).locator('blockquote').first()).toContainText(/./);
      expect(await posted(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toHaveCount(0);
      const editor = c.editor(page);
      expect(await textOf(editor)).toContain(FLAGGED);
      // focus is back in the editor, the caret where it was, so the parent can carry on typing
      await page.keyboard.type(' Sorry.');
      await expect.poll(() => textOf(editor)).toContain(`${FLAGGED} Sorry.`);
      expect(await posted(page)).toEqual([]);
    });

    test('"Post anyway" posts once, the exact text', async ({ page }) => {
      await type(page, c, FLAGGED);
      await sendIt(page, c);
      await dialog(page).getByRole('button', { name: /(Post|Send) anyway/ }).click();
      await expect.poll(() => posted(page)).toEqual([{ composer: c.composer, text: FLAGGED }]);
      await page.waitForTimeout(500);
      expect(await posted(page)).toHaveLength(1);
      await expect(dialog(page)).toHaveCount(0);
    });

    test('the complaints link opens the school\'s complaints page', async ({ page, context }) => {
      await type(page, c, FLAGGED);
      await sendIt(page, c);
      const opened = context.waitForEvent('page');
      await dialog(page).getByRole('link', { name: /complaints/i }).click();
      const tab = await opened;
      await expect.poll(() => tab.url()).toBe(DEMO_SCHOOL.complaints.url);
      await tab.close();
      expect(await posted(page)).toEqual([]);
    });

    test('a benign draft posts at once', async ({ page }) => {
      await type(page, c, BENIGN);
      await sendIt(page, c);
      await expect.poll(() => posted(page)).toEqual([{ composer: c.composer, text: BENIGN }]);
      await expect(dialog(page)).toHaveCount(0);
    });

    if (c.newline === 'Shift+Enter') {
      test('Shift+Enter makes a new line, never a nudge', async ({ page }) => {
        await type(page, c, FLAGGED);
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type('More to say');
        await page.waitForTimeout(200);
        await expect(dialog(page)).toHaveCount(0);
        expect(await posted(page)).toEqual([]);
        expect(await textOf(c.editor(page))).toContain('More to say');
      });
    }
  });
}
