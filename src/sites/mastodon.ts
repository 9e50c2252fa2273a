import type { SiteAdapter } from './types.ts';

// Mastodon (mastodon.social and any instance the parent adds): a textarea in a form. Ctrl/Cmd+Enter
// calls the submit handler directly, without a submit event, so the key is caught as well.
export const mastodon: SiteAdapter = {
  id: 'mastodon',
  composers: [
    {
      name: 'post',
      channel: 'post',
      editor: 'form.compose-form textarea, textarea.autosuggest-textarea__textarea',
      submit: '.compose-form__submit button[type="submit"], form.compose-form button[type="submit"]',
      keys: ['Mod+Enter'],
      form: true,
    },
  ],
};
