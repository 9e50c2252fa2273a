// One entry per composer on a fixture page: how a parent reaches it, types in it and sends.
// The fixture-page spec uses these without any school loaded (the page must post what was typed);
// the site specs use the same entries with a school loaded (Schoolgate must stop, or not).
import type { Locator, Page } from '@playwright/test';
import type { SiteId } from '../../../src/sites/catalogue.ts';

export interface SiteCase {
  /** "facebook post", "facebook comment", "x dm" … (unique) */
  name: string;
  site: SiteId | 'generic';
  /** Full URL under the real host, e.g. https://www.facebook.com/groups/parents */
  url: string;
  /** The composer name the fixture records with each post (window.__posted[i].composer). */
  composer: string;
  /** Where a draft here is going: picks posting or messaging clauses. */
  channel: 'post' | 'comment' | 'message';
  /** Steps before the editor is there (open the post dialog …). */
  open?: (page: Page) => Promise<void>;
  /** The element the parent types into (visible, focusable). */
  editor: (page: Page) => Locator;
  /** How this composer sends: a key press in the editor, or a click on the site's control. */
  send: { key: 'Enter' | 'Control+Enter' } | { click: (page: Page) => Locator } | { mousedown: (page: Page) => Locator };
  /** The key that makes a new line without sending, where the composer has one. */
  newline?: 'Shift+Enter' | 'Enter';
}
