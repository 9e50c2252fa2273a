import type { SiteAdapter } from './types.ts';

// Bluesky: TipTap (ProseMirror). The publish button is a React Native Web Pressable; Ctrl/Cmd+Enter also publishes.
export const bluesky: SiteAdapter = {
  id: 'bluesky',
  composers: [
    {
      name: 'post',
      channel: 'post',
      editor: '.ProseMirror[contenteditable]',
      submit: '[data-testid="composerPublishBtn"]',
      keys: ['Mod+Enter'],
    },
  ],
};
