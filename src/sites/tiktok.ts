import type { SiteAdapter } from './types.ts';

// TikTok comments: Draft.js, hooks are data-e2e. Enter or the "Post" control sends.
export const tiktok: SiteAdapter = {
  id: 'tiktok',
  composers: [
    {
      name: 'comment',
      channel: 'comment',
      editor: '[data-e2e="comment-input"] [contenteditable="true"]',
      submit: '[data-e2e="comment-post"]',
      keys: ['Enter'],
    },
  ],
};
