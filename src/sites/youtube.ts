import type { SiteAdapter } from './types.ts';

// YouTube comments: a plain contenteditable in Polymer. Enter makes a new line; the button sends
// (it is enabled by YouTube's own input handling, which Schoolgate never interferes with).
export const youtube: SiteAdapter = {
  id: 'youtube',
  composers: [
    {
      name: 'comment',
      channel: 'comment',
      editor: '#contenteditable-root[contenteditable], ytd-comment-simplebox-renderer [contenteditable]',
      submit: '#submit-button button, #submit-button',
      keys: [],
    },
  ],
};
