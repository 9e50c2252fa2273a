import type { SiteAdapter } from './types.ts';

// Threads: Lexical, with hidden duplicate editors under aria-hidden; "Post" is a role=button div.
export const threads: SiteAdapter = {
  id: 'threads',
  composers: [
    {
      name: 'post',
      channel: 'post',
      editor: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      notInside: '[aria-hidden="true"]',
      submitText: /^post$/i,
      keys: ['Mod+Enter'],
    },
  ],
};
