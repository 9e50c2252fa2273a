import type { SiteAdapter } from './types.ts';

// Telegram Web A and K: custom contenteditables. Enter or Ctrl+Enter sends (a user setting, so
// both count). K's send button listens on mousedown on touch devices; K keeps a hidden "fake" twin.
export const telegram: SiteAdapter = {
  id: 'telegram',
  composers: [
    {
      name: 'message',
      channel: 'message',
      editor: '#editable-message-text',
      submit: 'button.main-button.send, button.send',
      keys: ['Enter', 'Mod+Enter'],
    },
    {
      name: 'message-k',
      channel: 'message',
      editor: '.input-message-input[contenteditable="true"]:not(.input-field-input-fake)',
      submit: 'button.btn-send',
      keys: ['Enter', 'Mod+Enter'],
      pointerdown: true,
    },
  ],
};
