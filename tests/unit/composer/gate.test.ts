// @vitest-environment happy-dom
// The gate: the content script's listeners at document start, before the guard has loaded. What
// starts the guard loading, what is held meanwhile (and what never is), the hand-over to the
// guard, giving held events back when the guard cannot load; and the guard taking over from it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type Gate, type GateHandlers, type HeldEvent, openGate, redispatch } from '../../../src/composer/gate.ts';
import { type Checker, type Choice, Guard, type Held } from '../../../src/composer/guard.ts';
import type { ComposerSpec, SiteAdapter } from '../../../src/sites/types.ts';

let controller: AbortController;
let editor: HTMLElement;
let textarea: HTMLTextAreaElement;
let search: HTMLInputElement;
let sendButton: HTMLButtonElement;
let likeButton: HTMLButtonElement;
/** What the "page" saw: its own listeners, registered after the gate's (as a page's are). */
let seen: string[];
let sent: string[];

beforeEach(() => {
  controller = new AbortController();
  seen = [];
  sent = [];
  document.body.innerHTML = `
    <div class="chat"><div role="textbox" contenteditable="true"></div><button class="send">Send</button></div>
    <button class="like">Like</button>
    <form class="search"><input name="q"></form>
    <form class="post"><textarea></textarea><button type="submit">Post</button></form>`;
  editor = document.querySelector('[role="textbox"]')!;
  textarea = document.querySelector('textarea')!;
  search = document.querySelector('input')!;
  sendButton = document.querySelector('button.send')!;
  likeButton = document.querySelector('button.like')!;
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
});

afterEach(() => controller.abort());

/** The page's own listeners: they record what reaches them, and the chat sends on Enter or its button. */
function pageListens(): void {
  const signal = controller.signal;
  for (const type of ['keydown', 'click', 'mousedown', 'submit', 'focusin']) {
    document.addEventListener(type, (e) => seen.push(`${type}${(e as KeyboardEvent).key ? `:${(e as KeyboardEvent).key}` : ''}`), { signal });
  }
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.defaultPrevented) {
      sent.push(editor.textContent ?? '');
      editor.textContent = '';
    }
  }, { signal });
  sendButton.addEventListener('click', () => {
    sent.push(editor.textContent ?? '');
    editor.textContent = '';
  }, { signal });
  for (const form of document.querySelectorAll('form')) form.addEventListener('submit', (e) => e.preventDefault(), { signal });
}

function gate(alive = () => true) {
  const load = vi.fn();
  const g = openGate(window, { load, alive, signal: controller.signal });
  pageListens();
  return { gate: g, load };
}

const key = (k: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true, ...init });
const click = () => new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
const flush = () => new Promise((r) => setTimeout(r, 30));

function recorder(): GateHandlers & { calls: string[]; taken: { focus: HeldEvent | null; held: HeldEvent[] } | null } {
  const calls: string[] = [];
  const r = {
    calls,
    taken: null as { focus: HeldEvent | null; held: HeldEvent[] } | null,
    send: (e: Event) => void calls.push(`send:${e.type}`),
    focusin: () => void calls.push('focusin'),
    selection: () => void calls.push('selection'),
    takeOver: (focus: HeldEvent | null, held: HeldEvent[]) => void (r.taken = { focus, held }),
  };
  return r;
}

describe('before the page is used', () => {
  test('nothing loads and nothing is held until a focus, a key or a mouse button', () => {
    const { load } = gate();
    document.dispatchEvent(new Event('selectionchange'));
    window.dispatchEvent(new Event('scroll'));
    expect(load).not.toHaveBeenCalled();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(load).toHaveBeenCalledTimes(1);
    likeButton.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    editor.dispatchEvent(key('a'));
    expect(load).toHaveBeenCalledTimes(1); // once
  });

  test('a key or a mouse button starts it too', () => {
    const a = gate();
    search.dispatchEvent(key('Tab'));
    expect(a.load).toHaveBeenCalledTimes(1);
    controller.abort();
    controller = new AbortController();
    const b = gate();
    likeButton.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    expect(b.load).toHaveBeenCalledTimes(1);
  });
});

describe('while the guard loads', () => {
  test('Enter in an editor, a click and a form sent are held: the page does not see them', () => {
    gate();
    editor.textContent = 'Mrs Harper is a disgrace';
    const enter = key('Enter');
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    sendButton.dispatchEvent(click());
    document.querySelector<HTMLFormElement>('form.post')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(seen).toEqual([]);
    expect(sent).toEqual([]);
    expect(editor.textContent).toBe('Mrs Harper is a disgrace'); // nothing lost
  });

  test('typing, Shift+Enter, an input method\'s Enter, Enter outside an editor and mouse presses go through untouched', () => {
    gate();
    const events = [key('a'), key('Enter', { shiftKey: true }), key('Enter', { isComposing: true }), key('Enter', { keyCode: 229 } as KeyboardEventInit)];
    for (const e of events) editor.dispatchEvent(e);
    const onButton = key('Enter');
    likeButton.dispatchEvent(onButton);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 });
    likeButton.dispatchEvent(down);
    const right = new MouseEvent('click', { bubbles: true, cancelable: true, button: 2 });
    likeButton.dispatchEvent(right);
    expect([...events, onButton, down, right].some((e) => e.defaultPrevented)).toBe(false);
    expect(seen).toEqual(['keydown:a', 'keydown:Enter', 'keydown:Enter', 'keydown:Enter', 'keydown:Enter', 'mousedown', 'click']);
  });

  test('a focus is never held, but the guard is told of the last one', () => {
    const { gate: g } = gate();
    const r = recorder();
    textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(seen).toEqual(['focusin', 'focusin']);
    editor.dispatchEvent(key('Enter'));
    g.attach(r);
    expect(r.taken?.focus?.path[0]).toBe(editor);
    expect(r.taken?.held.map((h) => h.event.type)).toEqual(['keydown']);
    expect(r.taken?.held[0]!.path[0]).toBe(editor); // the path, kept after the dispatch ended
  });
});

describe('once the guard is there', () => {
  test('it gets the held events once, in order, then every event as it comes', () => {
    const { gate: g } = gate();
    editor.dispatchEvent(key('Enter'));
    likeButton.dispatchEvent(click());
    const r = recorder();
    g.attach(r);
    expect(r.taken?.held.map((h) => `${h.event.type}@${(h.path[0] as Element).className || (h.path[0] as Element).tagName}`)).toEqual(['keydown@DIV', 'click@like']);
    editor.dispatchEvent(key('b'));
    likeButton.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.dispatchEvent(new Event('selectionchange'));
    expect(r.calls).toEqual(['send:keydown', 'send:mousedown', 'focusin', 'selection']);
    g.attach(recorder()); // a second guard does not take over again
    editor.dispatchEvent(key('c'));
    expect(r.calls).toHaveLength(5);
  });

  test('when the gate closes (the page left, or another copy took over), its listeners go', () => {
    const { gate: g } = gate();
    const r = recorder();
    g.attach(r);
    controller.abort();
    editor.dispatchEvent(key('Enter'));
    expect(r.calls).toEqual([]);
  });
});

describe('failing open', () => {
  test('if the guard cannot load, held events go back to the page and nothing is held again', () => {
    const { gate: g } = gate();
    editor.textContent = 'See you at the fair';
    editor.dispatchEvent(key('Enter'));
    likeButton.dispatchEvent(click());
    expect(sent).toEqual([]);
    g.fail();
    expect(sent).toEqual(['See you at the fair']);
    expect(seen).toEqual(['keydown:Enter', 'click']);
    const enter = key('Enter');
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    g.attach(recorder()); // too late: it stays open
    editor.dispatchEvent(key('x'));
    expect(seen.at(-1)).toBe('keydown:x');
  });

  test('after the extension has gone, nothing is held and nothing loads', () => {
    const { load } = gate(() => false);
    const enter = key('Enter');
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(load).not.toHaveBeenCalled();
  });
});

describe('giving an event back', () => {
  test('a click does what a click does; a form is sent with the button that sent it', () => {
    pageListens();
    let liked = 0;
    likeButton.addEventListener('click', () => liked++);
    redispatch({ event: click(), path: [likeButton, document.body] }, window);
    expect(liked).toBe(1);
    const form = document.querySelector<HTMLFormElement>('form.post')!;
    const submitter = form.querySelector('button')!;
    let by: Element | null = null;
    form.addEventListener('submit', (e) => (by = (e as SubmitEvent).submitter));
    redispatch({ event: new SubmitEvent('submit', { submitter }), path: [form] }, window);
    expect(by).toBe(submitter);
  });

  test('Enter: the same key, keyCode included; in a one-line box it sends the form', () => {
    pageListens();
    const codes: number[] = [];
    editor.addEventListener('keydown', (e) => codes.push(e.keyCode));
    redispatch({ event: key('Enter', { keyCode: 13 } as KeyboardEventInit), path: [editor] }, window);
    expect(codes).toEqual([13]);
    let submitted = 0;
    document.querySelector('form.search')!.addEventListener('submit', () => submitted++);
    redispatch({ event: key('Enter'), path: [search] }, window);
    expect(submitted).toBe(1);
  });

  test('an element gone from the page is left alone, and nothing thrown reaches the page', () => {
    const gone = document.createElement('button');
    let clicked = 0;
    gone.addEventListener('click', () => clicked++);
    expect(() => redispatch({ event: click(), path: [gone] }, window)).not.toThrow();
    expect(clicked).toBe(0);
    expect(() => redispatch({ event: click(), path: [] }, window)).not.toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// The guard taking over from the gate

const chat: ComposerSpec = { name: 'message', channel: 'message', editor: '[role="textbox"][contenteditable="true"]', submit: 'button.send', keys: ['Enter'] };
const adapter: SiteAdapter = { id: 'generic', composers: [chat] };

function checker(): Checker<string> & { checked: string[] } {
  let state: 'cold' | 'ready' = 'cold';
  const checked: string[] = [];
  return {
    checked,
    state: () => state,
    warm: () => void (state = 'ready'),
    ready: async () => void (state = 'ready'),
    check(draft) {
      checked.push(draft);
      return { nudge: /Mrs Harper/.test(draft) && /disgrace/.test(draft), detail: 'why' };
    },
  };
}

function guardOn(g: Gate, choice: Choice = 'edit') {
  const asked: Held<string>[] = [];
  const c = checker();
  new Guard<string>({ adapter, checker: c, gate: g, ask: async (held) => (asked.push(held), choice), record: () => undefined, replayCheckMs: 5 });
  return { asked, checker: c };
}

describe('the guard, taking over', () => {
  test('a flagged draft sent before it loaded is stopped: the interstitial is asked for and nothing is posted', async () => {
    const { gate: g } = gate();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    editor.textContent = 'Mrs Harper is a disgrace';
    editor.dispatchEvent(key('Enter'));
    const { asked } = guardOn(g);
    await flush();
    expect(asked.map((h) => h.draft)).toEqual(['Mrs Harper is a disgrace']);
    expect(sent).toEqual([]);
    expect(editor.textContent).toBe('Mrs Harper is a disgrace');
  });

  test('"post anyway" then sends it once, exactly as written', async () => {
    const { gate: g } = gate();
    editor.textContent = 'Mrs Harper is a disgrace';
    sendButton.dispatchEvent(click());
    guardOn(g, 'post');
    await flush();
    expect(sent).toEqual(['Mrs Harper is a disgrace']);
  });

  test('a benign draft sent before it loaded is checked and sent once', async () => {
    const { gate: g } = gate();
    editor.textContent = 'See you all at the fair';
    editor.dispatchEvent(key('Enter'));
    const { asked, checker: c } = guardOn(g);
    await flush();
    expect(c.checked).toEqual(['See you all at the fair']);
    expect(asked).toEqual([]);
    expect(sent).toEqual(['See you all at the fair']);
  });

  test('a held click that was not a send goes back to the page once; the focus it was told of counts', async () => {
    const { gate: g } = gate();
    let liked = 0;
    likeButton.addEventListener('click', () => liked++);
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    likeButton.dispatchEvent(click());
    expect(liked).toBe(0);
    const { checker: c } = guardOn(g);
    expect(liked).toBe(1);
    expect(c.state()).toBe('ready'); // the focus on the composer warmed the detector
    await flush();
    expect(liked).toBe(1);
  });
});
