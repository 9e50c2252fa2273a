import type { SiteAdapter } from './types.ts';

// LinkedIn: Quill (.ql-editor) for posts and comments, a plain contenteditable for messages.
// Class names are being hashed: the text of the buttons is the fallback.
export const linkedin: SiteAdapter = {
  id: 'linkedin',
  composers: [
    {
      name: 'message',
      channel: 'message',
      editor: '.msg-form__contenteditable, [contenteditable="true"][role="textbox"][aria-label*="message" i]',
      submit: '.msg-form__send-button',
      submitText: /^send$/i,
      keys: ['Enter'],
    },
    {
      name: 'comment',
      channel: 'comment',
      editor: '.comments-comment-box .ql-editor, .ql-editor[aria-label*="comment" i]',
      submit: '.comments-comment-box__submit-button--cr, .comments-comment-box__submit-button',
      submitText: /^(comment|reply)$/i,
      keys: ['Mod+Enter'],
    },
    {
      name: 'post',
      channel: 'post',
      editor: '.ql-editor',
      submit: '.share-actions__primary-action',
      submitText: /^post$/i,
      keys: ['Mod+Enter'],
    },
  ],
};
