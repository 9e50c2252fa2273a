import type { SiteAdapter } from './types.ts';

// Reddit. New: Lexical slotted into <shreddit-composer> (events are retargeted at the shadow
// host, so the composer finds the editor through composedPath()). Old: a textarea in a form.
export const reddit: SiteAdapter = {
  id: 'reddit',
  composers: [
    {
      name: 'comment',
      channel: 'comment',
      editor: 'shreddit-composer [data-lexical-editor="true"], shreddit-composer [contenteditable="true"]',
      inside: 'shreddit-composer',
      submit: 'shreddit-composer > button[type="submit"], button[slot="submit-button"]',
      keys: [],
    },
    {
      name: 'old',
      channel: 'comment',
      editor: '.usertext-edit textarea',
      submit: 'form .save, .usertext-buttons button[type="submit"]',
      keys: [],
      form: true,
    },
  ],
};
