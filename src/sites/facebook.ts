import type { SiteAdapter } from './types.ts';

// Facebook: Lexical editors. A comment box sends on Enter; the post dialog sends from its
// "Post" button. aria-labels are localised: an English-only label fails open elsewhere.
export const facebook: SiteAdapter = {
  id: 'facebook',
  composers: [
    {
      name: 'comment',
      channel: 'comment',
      editor: '[contenteditable="true"][role="textbox"][aria-label*="comment" i], [data-lexical-editor="true"][aria-label*="comment" i]',
      submit: '[role="button"][aria-label="Comment"]',
      keys: ['Enter'],
    },
    {
      name: 'post',
      channel: 'post',
      editor: '[role="dialog"] [contenteditable="true"][role="textbox"]',
      inside: '[role="dialog"]',
      submit: '[role="button"][aria-label="Post"]',
      keys: [],
    },
  ],
};
