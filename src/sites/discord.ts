import type { SiteAdapter } from './types.ts';

// Discord: Slate. Enter sends, Shift+Enter is a new line; there is usually no send button.
export const discord: SiteAdapter = {
  id: 'discord',
  composers: [{ name: 'message', channel: 'message', editor: '[role="textbox"][data-slate-editor="true"]', keys: ['Enter'] }],
};
