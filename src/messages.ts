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
}

export type ContentReply<M extends ToContent> = M extends { type: 'content:status' } ? ContentStatus : never;
