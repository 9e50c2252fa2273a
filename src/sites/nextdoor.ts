import type { SiteAdapter } from './types.ts';

// Nextdoor: no public source of its composer was found, so this adapter leans on what any
// composer has: a textbox and a button that says what it does.
export const nextdoor: SiteAdapter = {
  id: 'nextdoor',
  composers: [
    {
      name: 'post',
      channel: 'post',
      editor: 'textarea, [contenteditable="true"][role="textbox"]',
      submit: 'form button[type="submit"]',
      submitText: /^(post|reply|comment|send)$/i,
      keys: ['Mod+Enter'],
      form: true,
    },
  ],
};
