// The sites Schoolgate watches by default, and the hosts it asks for at install. One entry per
// site; the per-site adapters (editor, submit controls, send keys) key off `id`.
export interface SiteInfo {
  id: string;
  /** Shown to parents ("Schoolgate is watching Facebook"). */
  name: string;
  /** Manifest match patterns: https only. */
  matches: string[];
}

export const SITES = [
  { id: 'facebook', name: 'Facebook', matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'] },
  { id: 'messenger', name: 'Messenger', matches: ['https://www.messenger.com/*'] },
  { id: 'instagram', name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { id: 'x', name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'] },
  { id: 'whatsapp', name: 'WhatsApp', matches: ['https://web.whatsapp.com/*'] },
  { id: 'reddit', name: 'Reddit', matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*'] },
  { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { id: 'tiktok', name: 'TikTok', matches: ['https://www.tiktok.com/*'] },
  { id: 'youtube', name: 'YouTube', matches: ['https://www.youtube.com/*', 'https://m.youtube.com/*'] },
  { id: 'threads', name: 'Threads', matches: ['https://www.threads.com/*', 'https://www.threads.net/*'] },
  { id: 'bluesky', name: 'Bluesky', matches: ['https://bsky.app/*'] },
  { id: 'mastodon', name: 'Mastodon', matches: ['https://mastodon.social/*'] },
  { id: 'discord', name: 'Discord', matches: ['https://discord.com/*'] },
  { id: 'telegram', name: 'Telegram', matches: ['https://web.telegram.org/*'] },
  { id: 'nextdoor', name: 'Nextdoor', matches: ['https://nextdoor.com/*', 'https://nextdoor.co.uk/*'] },
] as const satisfies readonly SiteInfo[];

export type SiteId = (typeof SITES)[number]['id'];

export const ALL_MATCHES: string[] = SITES.flatMap((s) => [...s.matches]);

let byHost: Map<string, (typeof SITES)[number]> | undefined;

/** Which known site a host belongs to, from the match patterns themselves. */
export function siteForHost(host: string): (typeof SITES)[number] | undefined {
  // built once per page, with string operations only: this runs at document start
  byHost ??= new Map(SITES.flatMap((site) => site.matches.map((pattern) => [pattern.slice('https://'.length, -'/*'.length), site] as const)));
  return byHost.get(host.toLowerCase());
}
