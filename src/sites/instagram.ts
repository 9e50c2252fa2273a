import type { SiteAdapter } from './types.ts';

// Instagram: comments are a React-controlled textarea in a form (Enter or "Post"); direct
// messages are a contenteditable where Enter sends.
export const instagram: SiteAdapter = {
  id: 'instagram',
  composers: [
    {
      name: 'message',
      channel: 'message',
      editor: '[contenteditable="true"][role="textbox"][aria-label="Message"]',
      submitText: /^send$/i,
      keys: ['Enter'],
    },
    {
      name: 'comment',
      channel: 'comment',
      editor: 'textarea[aria-label^="Add a comment"]',
      submit: 'form button[type="submit"]',
      submitText: /^post$/i,
      keys: ['Enter'],
      form: true,
    },
  ],
};
