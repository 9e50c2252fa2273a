// The rich-editor fixture pages work on their own: with no school loaded, what a parent types is
// exactly what the page posts, each composer sends the way its site does, and the editor is
// cleared after. With `?markup=changed` (the hooks renamed) the pages still post.
import type { Locator, Page } from '@playwright/test';
import { RICH_CASES } from './cases/rich.ts';
import type { SiteCase } from './cases/types.ts';
import { expect, test } from './fixtures.ts';

test.beforeEach(async ({ serviceWorker }) => {
  // The serviceWorker fixture has cleared storage: no school is loaded.
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('schools'))).toEqual({});
});

/** Types the draft (two lines where the composer has a newline key) and sends it; returns the text. */
async function typeAndSend(page: Page, c: SiteCase): Promise<string> {
  await c.open?.(page);
  await c.editor(page).click();
  await page.keyboard.type('Hello from the fixture');
  let text = 'Hello from the fixture';
  if (c.newline) {
    await page.keyboard.press(c.newline);
    await page.keyboard.type('second line');
    text += '\nsecond line';
  }
  if ('key' in c.send) await page.keyboard.press(c.send.key);
  else if ('click' in c.send) await c.send.click(page).click();
  else {
    await c.send.mousedown(page).hover();
    await page.mouse.down();
    await page.mouse.up();
  }
  return text;
}

/** The editor's visible text, or '' once it is gone (X's reply, Bluesky and LinkedIn close their composer). */
async function editorText(editor: Locator): Promise<string> {
  if ((await editor.count()) === 0) return '';
  return editor.evaluate((el) => (el as HTMLElement).innerText.replace(/[\s\u200b\ufeff]/g, '')).catch(() => '');
}

/** Every request the page makes must go to its own host (no CDN, no fonts). */
function requestHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'https:' || url.protocol === 'http:') hosts.add(url.host);
  });
  return hosts;
}

for (const c of RICH_CASES) {
  test(`fixture page: ${c.name} posts exactly what was typed`, async ({ page }) => {
    const hosts = requestHosts(page);
    await page.goto(c.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = await typeAndSend(page, c);
    await expect.poll(() => page.evaluate(() => (window as { __posted?: unknown }).__posted)).toEqual([{ composer: c.composer, text }]);
    await expect.poll(() => editorText(c.editor(page))).toBe('');
    expect([...hosts]).toEqual([new URL(c.url).host]);
  });

  test(`fixture page: ${c.name} still posts with changed markup`, async ({ page }) => {
    const url = new URL(c.url);
    url.searchParams.set('markup', 'changed');
    await page.goto(url.href);
    const text = await typeAndSend(page, c);
    await expect.poll(() => page.evaluate(() => (window as { __posted?: unknown }).__posted)).toEqual([{ composer: c.composer, text }]);
    await expect.poll(() => editorText(c.editor(page))).toBe('');
  });
}
