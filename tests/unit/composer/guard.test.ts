// @vitest-environment happy-dom
// The guard on a page, with a stand-in checker and interstitial: which events are sends, what is
// held, what goes through untouched, and what "post anyway" does.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openGate } from '../../../src/composer/gate.ts';
import { type Checker, type Choice, Guard, type Held } from '../../../src/composer/guard.ts';
import { keySends } from '../../../src/composer/find.ts';
import { draftKey } from '../../../src/composer/hash.ts';
import type { ComposerSpec, SiteAdapter } from '../../../src/sites/types.ts';

const chat: ComposerSpec = { name: 'message', channel: 'message', editor: '[role="textbox"][contenteditable="true"]', submit: 'button.send', keys: ['Enter'] };
const form: ComposerSpec = { name: 'post', channel: 'post', editor: 'form textarea', submit: 'form button[type="submit"]', keys: ['Mod+Enter'], form: true };
const adapter: SiteAdapter = { id: 'generic', composers: [chat, form] };

/** Flags drafts that mention "Mrs Harper" and "disgrace". */
function fakeChecker(state: 'ready' | 'off' | 'cold' = 'ready'): Checker<string> & { checked: string[] } {
  let current = state;
  const checked: string[] = [];
  return {
    checked,
    state: () => current,
    warm: () => void (current = 'ready'),
    ready: async () => void (current = current === 'off' ? 'off' : 'ready'),
    check(draft) {
      checked.push(draft);
      return { nudge: /Mrs Harper/.test(draft) && /disgrace/.test(draft), detail: 'why' };
    },
  };
}

let controller: AbortController;
let sent: string[];
let editor: HTMLElement;
let button: HTMLButtonElement;
let textarea: HTMLTextAreaElement;

beforeEach(() => {
  controller = new AbortController();
  sent = [];
  document.body.innerHTML = `
    <div class="chat"><div role="textbox" contenteditable="true"></div><button class="send">Send</button></div>
    <form><textarea></textarea><button type="submit">Post</button></form>`;
  editor = document.querySelector('[role="textbox"]')!;
  button = document.querySelector('button.send')!;
  textarea = document.querySelector('textarea')!;
  // happy-dom lays nothing out; in a browser these are on screen
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
  // the "site": sends on Enter in the chat box, on the button, and on form submit
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.defaultPrevented) {
      sent.push(editor.textContent ?? '');
      editor.textContent = '';
    }
  });
  button.addEventListener('click', () => {
    sent.push(editor.textContent ?? '');
    editor.textContent = '';
  });
  document.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.push(textarea.value);
    textarea.value = '';
  });
});

afterEach(() => controller.abort());

/** The page's gate, as the content script opens it (the guard takes its listeners over at once). */
const gateOn = () => openGate(window, { load: () => undefined, alive: () => true, signal: controller.signal });

function guard(checker: Checker<string>, choice: Choice | Error = 'edit') {
  const asked: Held<string>[] = [];
  const recorded: Choice[] = [];
  new Guard<string>({
    adapter,
    checker,
    ask: async (held) => {
      asked.push(held);
      if (choice instanceof Error) throw choice;
      return choice;
    },
    record: (_held, c) => recorded.push(c),
    gate: gateOn(),
    replayCheckMs: 5,
  });
  return { asked, recorded };
}

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init });
const flush = () => new Promise((r) => setTimeout(r, 30));

describe('what counts as a send', () => {
  test('the send keys of each composer', () => {
    expect(keySends(enter(), ['Enter'])).toBe(true);
    expect(keySends(enter({ shiftKey: true }), ['Enter'])).toBe(false);
    expect(keySends(enter({ ctrlKey: true }), ['Enter'])).toBe(false);
    expect(keySends(enter({ ctrlKey: true }), ['Mod+Enter'])).toBe(true);
    expect(keySends(enter({ metaKey: true }), ['Mod+Enter'])).toBe(true);
    expect(keySends(enter(), ['Mod+Enter'])).toBe(false);
    expect(keySends(new KeyboardEvent('keydown', { key: 'a' }), ['Enter'])).toBe(false);
  });

  test('a benign draft goes through at once, untouched', async () => {
    const checker = fakeChecker();
    const { asked } = guard(checker);
    editor.textContent = 'See everyone at the fair on Saturday';
    editor.dispatchEvent(enter());
    expect(sent).toEqual(['See everyone at the fair on Saturday']);
    expect(asked).toHaveLength(0);
    expect(checker.checked).toEqual(['See everyone at the fair on Saturday']);
  });

  test('Shift+Enter, IME composition and other keys are never touched or even read', () => {
    const checker = fakeChecker();
    guard(checker);
    editor.textContent = 'Mrs Harper is a disgrace';
    const shift = enter({ shiftKey: true });
    editor.dispatchEvent(shift);
    const ime = enter({ isComposing: true });
    editor.dispatchEvent(ime);
    const legacyIme = enter({ keyCode: 229 } as KeyboardEventInit);
    editor.dispatchEvent(legacyIme);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true }));
    expect(shift.defaultPrevented || ime.defaultPrevented || legacyIme.defaultPrevented).toBe(false);
    expect(checker.checked).toEqual([]);
  });

  test('Enter in an editor that sends on Ctrl+Enter only is left alone', () => {
    const checker = fakeChecker();
    guard(checker);
    textarea.value = 'Mrs Harper is a disgrace';
    const e = enter();
    textarea.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(checker.checked).toEqual([]);
  });
});

describe('a flagged draft', () => {
  test('is held: the site never sees the send, the draft stays exactly as typed', async () => {
    const { asked, recorded } = guard(fakeChecker(), 'edit');
    editor.textContent = 'Mrs Harper is a disgrace';
    const e = enter();
    editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    await flush();
    expect(sent).toEqual([]);
    expect(editor.textContent).toBe('Mrs Harper is a disgrace');
    expect(asked.map((h) => [h.draft, h.composer.name])).toEqual([['Mrs Harper is a disgrace', 'message']]);
    expect(recorded).toEqual(['edit']);
  });

  test('"post anyway" sends it once, the same way, and the same draft is not stopped again', async () => {
    const { asked, recorded } = guard(fakeChecker(), 'post');
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(enter());
    await flush();
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
    expect(recorded).toEqual(['post']);
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(enter());
    await flush();
    expect(sent).toHaveLength(2);
    expect(asked).toHaveLength(1);
  });

  test('"post anyway" after a click clicks the site\'s control again', async () => {
    guard(fakeChecker(), 'post');
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.focus();
    button.click();
    await flush();
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
  });

  test('"post anyway" after a form submit submits the form', async () => {
    guard(fakeChecker(), 'post');
    textarea.value = 'Mrs Harper is a disgrace';
    document.querySelector('form')!.requestSubmit();
    await flush();
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
  });

  test('the complaints route or an email leaves the draft in place, unsent', async () => {
    for (const choice of ['complaints', 'email'] as const) {
      controller.abort();
      controller = new AbortController();
      sent = [];
      const { recorded } = guard(fakeChecker(), choice);
      editor.textContent = 'Mrs Harper is a disgrace';
      editor.dispatchEvent(enter());
      await flush();
      expect(sent).toEqual([]);
      expect(editor.textContent).toBe('Mrs Harper is a disgrace');
      expect(recorded).toEqual([choice]);
    }
  });

  test('"this wasn\'t about my school" lets the next send of that draft through', async () => {
    const { asked } = guard(fakeChecker(), 'false-alarm');
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(enter());
    await flush();
    expect(sent).toEqual([]);
    editor.dispatchEvent(enter());
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
    expect(asked).toHaveLength(1);
  });
});

describe('fail open', () => {
  test('no school loaded: nothing is read or held', () => {
    const checker = fakeChecker('off');
    guard(checker);
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(enter());
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
    expect(checker.checked).toEqual([]);
  });

  test('the interstitial cannot be shown: the post goes as meant', async () => {
    guard(fakeChecker(), new Error('no UI'));
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(enter());
    await flush();
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
  });

  test('the checker throws: the send is not held', () => {
    const checker = fakeChecker();
    checker.check = () => {
      throw new Error('boom');
    };
    guard(checker);
    editor.textContent = 'Mrs Harper is a disgrace';
    const e = enter();
    editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
  });

  test('a send before the detector loaded is held, then goes on if benign', async () => {
    const checker = fakeChecker('cold');
    guard(checker);
    editor.textContent = 'Lovely assembly today';
    const e = enter();
    editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    await flush();
    expect(sent).toEqual(['Lovely assembly today']);
  });

  test('once the page goes (signal aborted) the guard is gone', () => {
    const checker = fakeChecker();
    guard(checker);
    controller.abort();
    editor.textContent = 'Mrs Harper is a disgrace';
    const e = enter();
    editor.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(checker.checked).toEqual([]);
  });
});

test('draft keys: the same text (give or take spacing) is the same draft; different text is not', () => {
  expect(draftKey('Mrs Harper  is\na disgrace ')).toBe(draftKey('Mrs Harper is a disgrace'));
  expect(draftKey('Mrs Harper is a disgrace')).not.toBe(draftKey('Mrs Harper is a disgrace!'));
});

test('once the extension is gone from under the page, the guard stands aside', () => {
  const checker = fakeChecker();
  let alive = true;
  new Guard<string>({ adapter, checker, ask: async () => 'edit', record: () => undefined, gate: gateOn(), alive: () => alive });
  editor.textContent = 'Mrs Harper is a disgrace';
  alive = false;
  const e = enter();
  editor.dispatchEvent(e);
  expect(e.defaultPrevented).toBe(false);
  expect(sent).toEqual(['Mrs Harper is a disgrace']);
  expect(checker.checked).toEqual([]);
});
