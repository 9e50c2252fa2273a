import { EDITABLE, type SiteAdapter } from './types.ts';

// Any other site the parent turns on: a chat-style textbox sends on Enter; a textarea or other
// editor sends from its form or the nearest button that says it sends, or Ctrl/Cmd+Enter.
const SENDS = /^(post|reply|send|comment|submit|publish|share|tweet|toot|save|add comment|post reply|post comment)$/i;

export const generic: SiteAdapter = {
  id: 'generic',
  composers: [
    {
      name: 'chat',
      channel: 'post',
      // a multi-line textbox makes new lines on Enter
      editor: ['true', '', 'plaintext-only'].map((v) => `[contenteditable="${v}"][role="textbox"]:not([aria-multiline="true"])`).join(', '),
      submitText: SENDS,
      keys: ['Enter', 'Mod+Enter'],
    },
    {
      name: 'text',
      channel: 'post',
      editor: `textarea, ${EDITABLE}`,
      submit: 'button[type="submit"], input[type="submit"]',
      submitText: SENDS,
      keys: ['Mod+Enter'],
      form: true,
    },
  ],
};
