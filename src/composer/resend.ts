// "Post anyway": send the held draft exactly as the parent meant to, by the site's own route.
// The draft is already on the allowed list, so Schoolgate's own listeners let this send through.
// Editors do not check isTrusted (Lexical, Draft.js, Slate, ProseMirror: their sources were
// searched); where a site still refuses a synthetic send, the draft stays in the editor, allowed,
// and the parent's own next send goes through.
import type { Attempt } from './find.ts';
import { controlNear, editorNear } from './find.ts';
import { readDraft, saveCaret } from './dom.ts';
import { madeKeydown } from './gate.ts';

export interface ResendOptions {
  window: Window;
  /** How long to wait before concluding the site refused the replayed send. */
  checkMs?: number;
}

export type ResendResult = 'sent' | 'refused';

function enter(editor: HTMLElement, key: { ctrlKey: boolean; metaKey: boolean } | undefined, win: Window): void {
  editor.dispatchEvent(madeKeydown(win, { key: 'Enter', code: 'Enter', ctrlKey: key?.ctrlKey ?? false, metaKey: key?.metaKey ?? false }, 13));
}

function press(control: HTMLElement, pointerdown: boolean, win: Window): void {
  const W = win as unknown as typeof globalThis;
  if (pointerdown) {
    control.dispatchEvent(new W.MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true, button: 0 }));
    control.dispatchEvent(new W.MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
  control.click();
}

export async function resend(attempt: Attempt, draft: string, options: ResendOptions): Promise<ResendResult> {
  const { composer } = attempt;
  // React may have replaced the nodes while the interstitial was up: find them again.
  const editor = attempt.editor.isConnected ? attempt.editor : (editorNear(attempt.control ?? attempt.editor, composer, null) ?? attempt.editor);
  const active = editor.ownerDocument.activeElement;
  if (!(active === editor || (active && editor.contains(active)))) saveCaret(editor).restore();
  if (attempt.via === 'key') enter(editor, attempt.key, options.window);
  else if (attempt.via === 'submit') {
    const form = attempt.form?.isConnected ? attempt.form : editor.closest('form');
    if (form) form.requestSubmit();
  } else {
    const control = attempt.control?.isConnected ? attempt.control : controlNear(editor, composer);
    if (control) press(control, attempt.via === 'pointerdown', options.window);
  }
  // Did the site take it? Sites clear the editor once a post is sent.
  await new Promise((done) => options.window.setTimeout(done, options.checkMs ?? 400));
  const still = editor.isConnected && readDraft(editor).trim() === draft.trim();
  if (still) editor.focus({ preventScroll: true });
  return still ? 'refused' : 'sent';
}
