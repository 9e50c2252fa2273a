import type { SiteAdapter } from './types.ts';

// WhatsApp Web: Lexical. The chat search box is a Lexical textbox too: only the footer's counts.
export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  composers: [
    {
      name: 'message',
      channel: 'message',
      editor: 'footer [contenteditable="true"][role="textbox"]',
      inside: 'footer',
      submit: 'button[aria-label="Send"], [data-icon="wds-ic-send-filled"], [data-icon="send"]',
      keys: ['Enter'],
    },
  ],
};
