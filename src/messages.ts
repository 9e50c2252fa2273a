// Every message between Schoolgate's contexts, typed by direction (content ⇄ background,
// pages ⇄ background, background → content). A discriminated union on `type`, in one file.
// Draft text never appears in any of them.
import type { SiteId } from './sites/catalogue.ts';

/** Sent to a tab's content script (by the popup or background). */
export type ToContent = { type: 'content:status' };

export interface ContentStatus {
  /** The site adapter this page matched, or "generic" for a site the parent turned on. */
  site: SiteId | 'generic' | 'demo';
  /** Whether Schoolgate is watching drafts here now (a school is loaded and the site is on). */
  watching: boolean;
  /** What the site's switch in settings.off is keyed by: the site's id, or an extra site's origin. */
  key: string;
  /** The parent has not turned this site off. */
  siteOn: boolean;
  /** Schoolgate is paused everywhere. */
  paused: boolean;
}

export type ContentReply<M extends ToContent> = M extends { type: 'content:status' } ? ContentStatus : never;

export type Choice = 'edit' | 'complaints' | 'email' | 'post' | 'false-alarm';
export type ConcernKindName = 'complaint' | 'defamation' | 'abuse' | 'threat';

/** What is kept of a nudge: when, where, which school and clauses, what kind, what the parent did. */
export interface Outcome {
  at: number;
  site: string;
  school: string;
  clauses: string[];
  concerns: ConcernKindName[];
  choice: Choice;
}

/** Sent to the background by content scripts and extension pages. */
export type ToBackground =
  | { type: 'outcome:record'; outcome: Outcome }
  /** How many nudges the parent has seen lately: repeat nudges get shorter. */
  | { type: 'history:recent' }
  /** The school's link page (and only it): open the import screen for this config address. */
  | { type: 'link:open'; configUrl: string };

export interface RecentHistory {
  /** Nudges shown in the last seven days. */
  lastWeek: number;
}

export type BackgroundReply<M extends ToBackground> = M extends { type: 'outcome:record' }
  ? { ok: boolean }
  : M extends { type: 'history:recent' }
    ? RecentHistory
    : M extends { type: 'link:open' }
      ? { ok: boolean }
      : never;

export function isToBackground(message: unknown): message is ToBackground {
  const type = (message as { type?: unknown } | null)?.type;
  if (type === 'link:open') return typeof (message as { configUrl?: unknown }).configUrl === 'string';
  return type === 'outcome:record' || type === 'history:recent';
}
