import type { SiteAdapter } from './types.ts';

// X: Draft.js on desktop (a textarea on mobile web), hooks are data-testid. Posts send from the
// button or Ctrl/Cmd+Enter; direct messages on Enter.
export const x: SiteAdapter = {
  id: 'x',
  composers: [
    {
      name: 'dm',
      channel: 'message',
      editor: '[data-testid="dmComposerTextInput"], textarea[data-testid="dm-composer-textarea"]',
      submit: '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]',
      keys: ['Enter'],
    },
    {
      name: 'post',
      channel: 'post',
      editor: '[data-testid^="tweetTextarea_"]',
      submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
      keys: ['Mod+Enter'],
    },
  ],
};
