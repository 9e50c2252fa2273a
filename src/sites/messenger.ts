import type { SiteAdapter } from './types.ts';

// Messenger (and its end-to-end encrypted threads at /messages/e2ee/t/…): Enter sends.
export const messenger: SiteAdapter = {
  id: 'messenger',
  composers: [
    {
      name: 'message',
      channel: 'message',
      editor: '[contenteditable="true"][role="textbox"][aria-label*="message" i]',
      submit: '[aria-label="Press enter to send"], [aria-label="Send"]',
      keys: ['Enter'],
    },
  ],
};
