// The first thing Schoolgate runs on a watched page, at document start, and all it runs until
// someone uses the page: capture-phase listeners on the window, registered before any of the
// page's own, that hand each event to the guard. The guard itself (the site's adapter, reading
// drafts, the checker) loads the first time the page is used — a focus, a press of a key or a
// mouse button — so a page that is only read pays for these few lines and nothing else.
//
// Until the guard has loaded (a few milliseconds after that first use), an event that might be a
// send is held: kept from the page, and handed to the guard once it is there, which either treats
// it as the send it was or gives it back to the page (`redispatch`). A person cannot type and send
// within that time; this is for the rest (a draft the site restored, scripts, tests).
//
// Like the guard, it never calls the extension APIs itself, and it fails open: if the guard cannot
// load, whatever was held goes back to the page and the page behaves as if Schoolgate were not there.

/** An event kept from the page while the guard loaded, with the path it took (gone once dispatched). */
export interface HeldEvent {
  event: Event;
  path: EventTarget[];
}

/** What the guard gives the gate once it has loaded. */
export interface GateHandlers {
  /** keydown, click, mousedown, submit */
  send(event: Event): void;
  focusin(event: Event): void;
  selection(): void;
  /**
   * Called once, as the guard attaches: the last focus before it came (if any) and the events held
   * meanwhile, in order. The page has not seen the held ones.
   */
  takeOver(focus: HeldEvent | null, held: HeldEvent[]): void;
}

export interface Gate {
  attach(handlers: GateHandlers): void;
  /** The guard could not load: give back what was held and stand aside. */
  fail(): void;
}

export interface GateOptions {
  /** Starts loading the guard (called once, on the first use of the page). */
  load(): void;
  /** Whether the extension is still there (after a reload under the page, it is not). */
  alive(): boolean;
  signal: AbortSignal;
}

const SEND_TYPES = ['keydown', 'click', 'mousedown', 'submit'] as const;

function editable(target: EventTarget | undefined): boolean {
  const el = target as HTMLElement | undefined;
  return Boolean(el && el.nodeType === 1 && (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT'));
}

/** Could this event, before the guard knows the site, be someone sending a post? */
function mightSend(event: Event, path: EventTarget[]): boolean {
  switch (event.type) {
    case 'keydown': {
      const key = event as KeyboardEvent;
      return key.key === 'Enter' && !key.shiftKey && !key.isComposing && key.keyCode !== 229 && editable(path[0]);
    }
    case 'click':
      return (event as MouseEvent).button === 0;
    case 'submit':
      return true;
    default:
      // mousedown: the first use itself; it is not held (its default action — focus, the caret,
      // a selection — cannot be given back to the page)
      return false;
  }
}

export function openGate(win: Window, options: GateOptions): Gate {
  let handlers: GateHandlers | null = null;
  let open = false; // failed, or the extension went away: everything goes through
  let loading = false;
  let focus: HeldEvent | null = null;
  let held: HeldEvent[] = [];

  const early = (event: Event) => {
    if (open || !options.alive()) return;
    if (!loading) {
      loading = true;
      options.load();
    }
    const path = event.composedPath();
    if (event.type === 'focusin') focus = { event, path };
    else if (mightSend(event, path)) {
      held.push({ event, path });
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  const listen = { capture: true, signal: options.signal } as const;
  for (const type of SEND_TYPES) win.addEventListener(type, (event) => (handlers ? handlers.send(event) : early(event)), listen);
  win.addEventListener('focusin', (event) => (handlers ? handlers.focusin(event) : early(event)), listen);
  win.document.addEventListener('selectionchange', () => handlers?.selection(), listen);

  return {
    attach(next) {
      if (handlers || open) return;
      handlers = next;
      const taken = held;
      held = [];
      next.takeOver(focus, taken);
      focus = null;
    },
    fail() {
      if (handlers) return;
      open = true;
      const taken = held;
      held = [];
      focus = null;
      for (const h of taken) redispatch(h, win);
    },
  };
}

/**
 * Gives a held event back to the page: the same event, dispatched afresh from where it happened,
 * and where the page does not handle it itself, its default action (a new line, a form sent).
 */
export function redispatch(held: HeldEvent, win: Window): void {
  try {
    giveBack(held, win);
  } catch {
    // nothing more can be done for it; the page carries on
  }
}

function giveBack({ event, path }: HeldEvent, win: Window): void {
  const target = path[0] as Element | undefined;
  if (!target?.isConnected) return;
  const W = win as unknown as typeof globalThis;
  const common = { bubbles: true, cancelable: true, composed: true };
  if (event.type === 'submit') {
    const form = target as HTMLFormElement;
    const submitter = (event as SubmitEvent).submitter;
    form.requestSubmit(submitter?.isConnected && (submitter as HTMLButtonElement).form === form ? submitter : null);
    return;
  }
  if (event.type === 'click') {
    const m = event as MouseEvent;
    // a dispatched click also does what a click does (follows a link, presses a button)
    target.dispatchEvent(
      new W.MouseEvent('click', {
        ...common, detail: m.detail, button: m.button, buttons: m.buttons, clientX: m.clientX, clientY: m.clientY, screenX: m.screenX, screenY: m.screenY,
        ctrlKey: m.ctrlKey, shiftKey: m.shiftKey, altKey: m.altKey, metaKey: m.metaKey, view: win,
      }),
    );
    return;
  }
  if (event.type === 'keydown') {
    const k = event as KeyboardEvent;
    const copy = madeKeydown(win, { key: k.key, code: k.code, location: k.location, repeat: k.repeat, ctrlKey: k.ctrlKey, shiftKey: k.shiftKey, altKey: k.altKey, metaKey: k.metaKey }, k.keyCode, k.which);
    if (!target.dispatchEvent(copy) || k.ctrlKey || k.metaKey || k.altKey) return;
    // a made key event does nothing by itself: do what Enter would have done
    if (target.tagName === 'INPUT') {
      (target as HTMLInputElement).form?.requestSubmit();
      return;
    }
    // (only where the caret still is: it goes where the caret is)
    const doc = target.ownerDocument;
    const root = target.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === target && typeof doc.execCommand === 'function') doc.execCommand(target.tagName === 'TEXTAREA' ? 'insertText' : 'insertParagraph', false, '\n');
  }
}

/**
 * A keydown made by Schoolgate, carrying keyCode and which: older handlers read them, and a made
 * event leaves them at 0 unless they are in its init (Chromium takes them there, and only that
 * reaches the page's own world; a property defined on the event here is seen in this world only,
 * so it is the fallback for engines that ignore them).
 */
export function madeKeydown(win: Window, init: KeyboardEventInit, keyCode: number, which = keyCode): KeyboardEvent {
  const event = new (win as unknown as typeof globalThis).KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, view: win, ...init, keyCode, which } as KeyboardEventInit);
  if (event.keyCode !== keyCode) Object.defineProperty(event, 'keyCode', { get: () => keyCode });
  if (event.which !== which) Object.defineProperty(event, 'which', { get: () => which });
  return event;
}
