// The fixture pages themselves, with no school loaded (Schoolgate only watches): typing in each
// composer and sending it the site's way must post exactly what was typed and clear the editor,
// with the page's usual markup and with `?markup=changed`. If this fails, a site spec that uses
// the same page would be testing a broken stand-in, not Schoolgate.
import type { Locator, Page } from '@playwright/test';
import { PLAIN_CASES } from './cases/plain.ts';
import type { SiteCase } from './cases/types.ts';
import { expect, test } from './fixtures.ts';

const FIRST = 'Hello from the fixture';
const SECOND = 'second line';

function withMarkupChanged(url: string): string {
  const u = new URL(url);
  u.searchParams.set('markup', 'changed');
  return u.toString();
}

async function posted(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __posted?: unknown[] }).__posted ?? []);
}

/** What is left in the editor: a textarea's value, a contenteditable's text; '' once it is gone. */
async function draftIn(editor: Locator): Promise<string> {
  if ((await editor.count()) === 0) return '';
  return editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
}

async function sendIt(page: Page, c: SiteCase): Promise<void> {
  const send = c.send;
  if ('key' in send) await page.keyboard.press(send.key);
  else if ('click' in send) await send.click(page).click();
  else {
    // a real press: mousedown, then mouseup (the page sends on the first)
    await send.mousedown(page).hover();
    await page.mouse.down();
    await page.mouse.up();
  }
}

/** Opens the case's page, types the two-line draft in its editor; returns what should be posted. */
async function typeDraft(page: Page, c: SiteCase, changed: boolean): Promise<string> {
  await page.goto(changed ? withMarkupChanged(c.url) : c.url);
  await c.open?.(page);
  await c.editor(page).click();
  await page.keyboard.type(FIRST);
  if (!c.newline) return FIRST;
  await page.keyboard.press(c.newline);
  await page.keyboard.type(SECOND);
  return `${FIRST}\n${SECOND}`;
}

for (const c of PLAIN_CASES) {
  for (const changed of [false, true]) {
    test(`${c.name}${changed ? ' (markup changed)' : ''}: typing and sending posts exactly the draft`, async ({ page, serviceWorker }) => {
      expect(serviceWorker).toBeTruthy(); // storage cleared: no school loaded
      const expected = await typeDraft(page, c, changed);
      await sendIt(page, c);
      await expect.poll(() => posted(page)).toEqual([{ composer: c.composer, text: expected }]);
      await expect.poll(() => draftIn(c.editor(page))).toBe('');
    });
  }
}

/** The other ways these composers send (each case above uses one). */
const OTHER_SENDS: Record<string, SiteCase['send']> = {
  'facebook comment': { click: (page) => page.getByRole('button', { name: /^Comment/ }) },
  messenger: { click: (page) => page.getByRole('button', { name: /^Press enter to send/ }) },
  whatsapp: { click: (page) => page.getByRole('button', { name: /^Send/ }) },
  'instagram comment': { key: 'Enter' },
  'instagram dm': { click: (page) => page.getByRole('button', { name: 'Send', exact: true }) },
  'telegram a': { click: (page) => page.getByRole('button', { name: 'Send Message' }) },
  'telegram k': { key: 'Enter' },
};

for (const [name, send] of Object.entries(OTHER_SENDS)) {
  const c = PLAIN_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  test(`${name}: ${'key' in send ? send.key : 'its send control'} sends too`, async ({ page, serviceWorker }) => {
    expect(serviceWorker).toBeTruthy();
    const expected = await typeDraft(page, c, false);
    await sendIt(page, { ...c, send });
    await expect.poll(() => posted(page)).toEqual([{ composer: c.composer, text: expected }]);
    await expect.poll(() => draftIn(c.editor(page))).toBe('');
  });
}

// What Schoolgate does to let a draft through once the parent insists: an untrusted keydown with
// key, code, keyCode and which set, element.click(), or a dispatched mousedown. Every page's own
// handler must accept it, as the real editors do (Lexical and React do not check isTrusted).
for (const c of PLAIN_CASES) {
  test(`${c.name}: a synthetic send posts too`, async ({ page, serviceWorker }) => {
    expect(serviceWorker).toBeTruthy();
    const expected = await typeDraft(page, c, false);
    const send = c.send;
    if ('key' in send) {
      await page.evaluate((ctrl) => {
        const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: ctrl, bubbles: true, cancelable: true, composed: true };
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', init));
      }, send.key === 'Control+Enter');
    } else if ('click' in send) {
      await send.click(page).evaluate((el: HTMLElement) => el.click());
    } else {
      await send.mousedown(page).dispatchEvent('mousedown', { button: 0 });
    }
    await expect.poll(() => posted(page)).toEqual([{ composer: c.composer, text: expected }]);
  });
}

/**
 * The hooks each page carries, as ../../shared/sites.md lists them (Playwright selectors): with
 * the usual markup each finds exactly the case's editor and send control; with `?markup=changed`
 * none finds anything. (generic has none: no adapter knows the forum.)
 */
const HOOKS: Record<string, { editor: string; send: string }> = {
  'facebook post': { editor: '[role=dialog] div[contenteditable=true][role=textbox]', send: '[role=dialog] div[role=button][aria-label="Post"]' },
  'facebook comment': { editor: 'div[data-lexical-editor=true][aria-label="Write a comment…"]', send: 'div[role=button][aria-label="Comment"]' },
  messenger: { editor: 'div[contenteditable=true][role=textbox][aria-label*="Message"]', send: '[aria-label="Press enter to send"]' },
  whatsapp: { editor: 'footer div[contenteditable=true][role=textbox]', send: 'button[aria-label="Send"]:has([data-icon="wds-ic-send-filled"])' },
  threads: {
    editor: 'div[contenteditable=true][role=textbox][data-lexical-editor=true]:not([aria-hidden=true] *)',
    send: 'div[role=button]:text-is("Post")',
  },
  reddit: { editor: 'shreddit-composer [data-lexical-editor=true]', send: 'shreddit-composer > button[type=submit][slot=submit-button]' },
  'reddit old': { editor: 'form.usertext.cloneable .usertext-edit textarea[name=text]', send: 'form.usertext .usertext-buttons button[type=submit].save' },
  'instagram comment': { editor: 'form textarea[aria-label="Add a comment…"]', send: 'form div[role=button]:text-is("Post")' },
  'instagram dm': { editor: 'div[contenteditable=true][role=textbox][aria-label="Message"]', send: 'div[role=button]:text-is("Send")' },
  'youtube comment': { editor: 'ytd-comment-simplebox-renderer #contenteditable-root', send: 'ytd-comment-simplebox-renderer #submit-button button' },
  'telegram a': { editor: '#editable-message-text', send: 'button.main-button.send' },
  'telegram k': { editor: '.input-message-input[contenteditable=true]:not(.input-field-input-fake)', send: 'button.btn-send' },
  'mastodon post': { editor: 'form.compose-form textarea.autosuggest-textarea__textarea', send: '.compose-form__submit button[type=submit]' },
  'nextdoor post': { editor: '[data-testid="composer-textarea"]', send: '[data-testid="composer-post-button"]' },
};

for (const [name, hooks] of Object.entries(HOOKS)) {
  const c = PLAIN_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  test(`${name}: carries the site's hooks, and ?markup=changed removes them`, async ({ page, serviceWorker }) => {
    expect(serviceWorker).toBeTruthy();
    for (const changed of [false, true]) {
      // with a draft typed, so that controls shown only for a non-empty draft are there
      await typeDraft(page, c, changed);
      const editor = page.locator(hooks.editor);
      const send = page.locator(hooks.send);
      if (changed) {
        await expect(editor).toHaveCount(0);
        await expect(send).toHaveCount(0);
      } else {
        await expect(editor).toHaveCount(1);
        await expect(editor).toBeFocused(); // the very element the parent typed in
        await expect(send).toHaveCount(1);
        await expect(send).toBeVisible();
      }
    }
  });
}

test('whatsapp: Enter in the chat search box (also a Lexical textbox) searches and posts nothing', async ({ page, serviceWorker }) => {
  expect(serviceWorker).toBeTruthy();
  await page.goto('https://web.whatsapp.com/');
  const search = page.getByRole('textbox', { name: 'Search or start a new chat' });
  await search.click();
  await page.keyboard.type('Hello from the fixture');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No chats, contacts or messages found')).toBeVisible();
  expect(await posted(page)).toEqual([]);
});

test('youtube: Comment stays disabled when text is written into the box without YouTube’s input handling', async ({ page, serviceWorker }) => {
  expect(serviceWorker).toBeTruthy();
  await page.goto('https://www.youtube.com/watch?v=a1B2c3D4e5F');
  const box = page.getByLabel('Add a comment');
  const comment = page.getByRole('button', { name: 'Comment', exact: true });
  await box.evaluate((el) => {
    el.textContent = 'Written straight into the DOM';
  });
  await expect(comment).toBeDisabled();
  await box.evaluate((el) => el.replaceChildren());
  await box.click();
  await page.keyboard.type('Typed');
  await expect(comment).toBeEnabled();
});
