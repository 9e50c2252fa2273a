// The adapters, one small file per site, and which one serves a page.
import { bluesky } from './bluesky.ts';
import { type SiteId, siteForHost } from './catalogue.ts';
import { discord } from './discord.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { mastodon } from './mastodon.ts';
import { messenger } from './messenger.ts';
import { nextdoor } from './nextdoor.ts';
import { reddit } from './reddit.ts';
import { telegram } from './telegram.ts';
import { threads } from './threads.ts';
import { tiktok } from './tiktok.ts';
import type { SiteAdapter } from './types.ts';
import { whatsapp } from './whatsapp.ts';
import { x } from './x.ts';
import { youtube } from './youtube.ts';

export type { ComposerSpec, SendKey, SiteAdapter } from './types.ts';

export const ADAPTERS: Record<SiteId | 'generic', SiteAdapter> = {
  facebook, messenger, instagram, x, whatsapp, reddit, linkedin, tiktok, youtube, threads, bluesky, mastodon, discord, telegram, nextdoor, generic,
};

/** Adapters a parent can pick for a site they turn on themselves. */
export type ExtraAdapterId = 'generic' | 'mastodon';

/** The adapter for a known host; otherwise the one the parent chose when turning the site on. */
export function adapterFor(host: string, chosen?: ExtraAdapterId): SiteAdapter {
  const site = siteForHost(host);
  if (site) return ADAPTERS[site.id];
  return ADAPTERS[chosen ?? 'generic'];
}
