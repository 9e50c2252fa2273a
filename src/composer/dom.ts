// Reading the page without changing it: which elements an event went through (shadow DOM
// included), whether an element is really shown, the text of an editor, the caret.

/** Elements an event passed through, innermost first; through open shadow roots and slots. */
export function pathElements(event: Event): Element[] {
  return (savedPaths.get(event) ?? event.composedPath()).filter((n): n is Element => (n as Node).nodeType === 1);
}

/** Paths of events handled after their dispatch ended (when composedPath() is empty). */
const savedPaths = new WeakMap<Event, EventTarget[]>();

export function rememberPath(event: Event, path: EventTarget[]): void {
  savedPaths.set(event, path);
}

/** The element's parent, stepping out of a shadow root to its host. */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** closest(), across shadow-root boundaries. */
export function closestAcross(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; cur = parentAcross(cur)) if (cur.matches(selector)) return cur;
  return null;
}

/** Shown on screen: laid out, not hidden, not inside aria-hidden duplicates we were told to skip. */
export function isShown(el: Element): boolean {
  if (!el.isConnected || el.getClientRects().length === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && /^(text|search|)$/i.test(el.type));
}

export function isEditable(el: Element): boolean {
  return isTextField(el) || (el instanceof HTMLElement && el.isContentEditable);
}

/**
 * The element that holds the text: the match itself when it is editable, or the editable inside a
 * wrapper that carries the site's hook (X has put data-testid on wrappers and on editors).
 */
export function editableOf(el: Element): HTMLElement | null {
  if (isEditable(el)) {
    // the editing host, not a paragraph inside it
    if (el instanceof HTMLElement && el.isContentEditable && !isTextField(el)) {
      let host: HTMLElement = el;
      while (host.parentElement?.isContentEditable) host = host.parentElement;
      return host;
    }
    return el as HTMLElement;
  }
  return el.querySelector<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
}

/** The draft as the parent sees it, read without touching the editor. */
export function readDraft(editor: HTMLElement): string {
  if (isTextField(editor)) return editor.value;
  // innerText follows the layout (line breaks between paragraphs, no hidden text); it needs the
  // element to be rendered, which an editor being typed in is.
  return editor.innerText ?? editor.textContent ?? '';
}

/** Label of a button-like control: its aria-label, else its visible text. */
export function controlLabel(el: Element): string {
  const label = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText ?? el.textContent ?? '');
  return label.replace(/\s+/g, ' ').trim();
}

export const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="button"]';

export interface Caret {
  restore(): void;
}

/** A collapsed range at the end of the editor's last text (where a caret would be after typing). */
function endOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.replace(/[\u200b\ufeff]/g, '').length) last = n as Text;
  if (last) range.setStart(last, last.data.length);
  else range.selectNodeContents(editor);
  range.collapse(last !== null);
  return range;
}

/**
 * Remembers where the caret was in an editor, to put it back after the interstitial. When the
 * send was a click, the selection has already left the editor: `remembered` is where the caret
 * last was while the parent typed.
 */
export function saveCaret(editor: HTMLElement, remembered?: Range | null): Caret {
  if (isTextField(editor)) {
    const { selectionStart, selectionEnd, selectionDirection } = editor;
    return {
      restore() {
        editor.focus({ preventScroll: true });
        if (selectionStart !== null && selectionEnd !== null) editor.setSelectionRange(selectionStart, selectionEnd, selectionDirection ?? undefined);
      },
    };
  }
  const selection = editor.ownerDocument.getSelection();
  const current = selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).startContainer) ? selection.getRangeAt(0).cloneRange() : null;
  const range = current ?? (remembered && editor.contains(remembered.startContainer) ? remembered : null);
  return {
    restore() {
      editor.focus({ preventScroll: true });
      const sel = editor.ownerDocument.getSelection();
      if (!sel) return;
      sel.removeAllRanges();
      // the editor may have re-rendered its nodes meanwhile: the end of the draft is the next best place
      sel.addRange(range && editor.contains(range.startContainer) ? range : endOf(editor));
    },
  };
}
