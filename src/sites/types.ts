// What an adapter says about a site: where its composers are, how each one sends, and where a
// draft there is going. Adapters are data; the code that uses them is in src/composer.
import type { Channel } from '../engine/index.ts';
import type { SiteId } from './catalogue.ts';

/** A key that sends from the editor: plain Enter, or Ctrl/Cmd+Enter. */
export type SendKey = 'Enter' | 'Mod+Enter';

export interface ComposerSpec {
  /** For tests and the interstitial's wording: "post", "comment", "message". */
  name: string;
  /** Where a draft here is going: picks the posting or the messaging clauses. */
  channel: Channel;
  /** The editable element (CSS). The first composer whose editor matches wins: list specific ones first. */
  editor: string;
  /** Only editors inside this count (WhatsApp: the footer, not the chat search box). */
  inside?: string;
  /** Editors inside this never count (Threads keeps hidden duplicates under aria-hidden). */
  notInside?: string;
  /** The send control(s) (CSS), looked for around the editor. */
  submit?: string;
  /** Send controls known by their text or aria-label: buttons and role=button elements. */
  submitText?: RegExp;
  /** Keys that send from the editor. Shift+Enter and IME composition never do. */
  keys: SendKey[];
  /** The control sends on mousedown rather than click (Telegram K, on touch screens). */
  pointerdown?: boolean;
  /** The editor sits in a <form> whose submit event sends (old Reddit, Mastodon). */
  form?: boolean;
}

export interface SiteAdapter {
  id: SiteId | 'generic';
  composers: ComposerSpec[];
}

/** Any contenteditable an editor library renders. */
export const EDITABLE = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
