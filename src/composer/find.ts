// Telling a real send from everything else, and finding the editor and send control involved.
// Only three things count as a send: a send key in a composer's editor, a click (or mousedown)
// on its send control, and the submit of the form it sits in.
import type { ComposerSpec, SendKey, SiteAdapter } from '../sites/types.ts';
import { BUTTON_LIKE, closestAcross, controlLabel, editableOf, isShown, parentAcross, pathElements } from './dom.ts';

export type Via = 'key' | 'click' | 'pointerdown' | 'submit';

export interface Attempt {
  composer: ComposerSpec;
  /** The element holding the text. */
  editor: HTMLElement;
  via: Via;
  /** The key that sent (for replaying it). */
  key?: { ctrlKey: boolean; metaKey: boolean };
  /** The control clicked, or the form submitted. */
  control?: HTMLElement;
  form?: HTMLFormElement;
}

/** How far up from an editor (or a control) its partner is looked for. */
const MAX_LEVELS = 12;

function inScope(el: Element, composer: ComposerSpec): boolean {
  if (composer.inside && !closestAcross(el, composer.inside)) return false;
  if (composer.notInside && closestAcross(el, composer.notInside)) return false;
  return true;
}

/** The composer whose editor this element is (or is inside), and that editor. */
export function editorAt(adapter: SiteAdapter, path: Element[]): { composer: ComposerSpec; editor: HTMLElement } | null {
  for (const el of path) {
    for (const composer of adapter.composers) {
      if (!el.matches(composer.editor) || !inScope(el, composer)) continue;
      const editor = editableOf(el);
      if (editor) return { composer, editor };
    }
  }
  return null;
}

export function keySends(event: KeyboardEvent, keys: SendKey[]): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return keys.includes(mod ? 'Mod+Enter' : 'Enter');
}

function isControl(el: Element, composer: ComposerSpec): boolean {
  if (composer.submit && el.matches(composer.submit)) return true;
  return Boolean(composer.submitText && el.matches(BUTTON_LIKE) && composer.submitText.test(controlLabel(el)));
}

/** The send control near an editor: looked for in ever wider ancestors. */
export function controlNear(editor: Element, composer: ComposerSpec): HTMLElement | null {
  if (!composer.submit && !composer.submitText) return null;
  let level = 0;
  for (let cur: Element | null = parentAcross(editor); cur && level < MAX_LEVELS; cur = parentAcross(cur), level++) {
    const candidates = [
      ...(composer.submit ? cur.querySelectorAll<HTMLElement>(composer.submit) : []),
      ...(composer.submitText ? [...cur.querySelectorAll<HTMLElement>(BUTTON_LIKE)].filter((b) => composer.submitText!.test(controlLabel(b))) : []),
    ].filter((c) => c !== editor && !c.contains(editor) && isShown(c));
    if (candidates.length) return candidates[0]!.closest<HTMLElement>(BUTTON_LIKE) ?? candidates[0]!;
  }
  return null;
}

/** The editor a send control belongs to: the nearest shown one around it. */
export function editorNear(control: Element, composer: ComposerSpec, recent: HTMLElement | null): HTMLElement | null {
  let level = 0;
  for (let cur: Element | null = control; cur && level < MAX_LEVELS; cur = parentAcross(cur), level++) {
    for (const el of cur.querySelectorAll(composer.editor)) {
      if (!inScope(el, composer)) continue;
      const editor = editableOf(el);
      if (editor && isShown(editor)) return editor;
    }
  }
  // The control may sit far from its editor (a dialog footer): the editor last typed in.
  return recent && recent.isConnected && isShown(recent) ? recent : null;
}

/**
 * What this event is, if it is a send from one of the adapter's composers. `recent` is the editor
 * the parent last focused, for controls that sit apart from theirs.
 */
export function attemptOf(event: Event, adapter: SiteAdapter, recent: { composer: ComposerSpec; editor: HTMLElement } | null): Attempt | null {
  const path = pathElements(event);
  if (!path.length) return null;
  switch (event.type) {
    case 'keydown': {
      const key = event as KeyboardEvent;
      // An IME is composing (Japanese, Chinese…): Enter picks a candidate, it does not send.
      if (key.isComposing || key.keyCode === 229 || key.key !== 'Enter') return null;
      const found = editorAt(adapter, path);
      if (!found || !keySends(key, found.composer.keys)) return null;
      return { ...found, via: 'key', key: { ctrlKey: key.ctrlKey, metaKey: key.metaKey } };
    }
    case 'click':
    case 'mousedown': {
      const mouse = event as MouseEvent;
      if (mouse.button !== 0) return null;
      const composers = event.type === 'mousedown' ? adapter.composers.filter((c) => c.pointerdown) : adapter.composers;
      if (!composers.length) return null;
      for (const el of path) {
        for (const composer of composers) {
          if (!isControl(el, composer)) continue;
          const editor = editorNear(el, composer, recent?.composer === composer ? recent.editor : null);
          if (editor) return { composer, editor, via: event.type === 'click' ? 'click' : 'pointerdown', control: el as HTMLElement };
        }
      }
      return null;
    }
    case 'submit': {
      const form = path[0];
      if (!(form instanceof HTMLFormElement)) return null;
      for (const composer of adapter.composers) {
        if (!composer.form) continue;
        for (const el of form.querySelectorAll(composer.editor)) {
          const editor = editableOf(el);
          if (editor && inScope(el, composer)) return { composer, editor, via: 'submit', form };
        }
      }
      return null;
    }
    default:
      return null;
  }
}
