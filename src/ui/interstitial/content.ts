// What the interstitial shows for a detector result: the same for a site's content script, the
// options page's "try a draft" and the builder's. No Preact, no browser APIs, so the content
// script can import it without pulling in the interstitial itself.
import type { SchoolConfig } from '../../config/index.ts';
import { DEFAULT_COMPLAINTS_LABEL } from '../../config/limits.ts';
import type { CheckResult } from '../../engine/index.ts';
import type { InterstitialProps } from './Interstitial.tsx';

export type InterstitialCallbacks = Pick<InterstitialProps, 'onEdit' | 'onComplaints' | 'onEmail' | 'onPostAnyway' | 'onFalseAlarm'>;

export function interstitialContent(
  draft: string,
  result: Pick<CheckResult, 'mentions' | 'concerns' | 'clauses'>,
  config: SchoolConfig,
  channel: InterstitialProps['channel'],
  compact = false,
): Omit<InterstitialProps, keyof InterstitialCallbacks> {
  return {
    draft,
    mentions: result.mentions,
    concerns: result.concerns,
    clauses: result.clauses,
    schoolName: config.school.name,
    code: { title: config.code.title, url: config.code.url },
    // the parser fills in the default label: the interstitial's own wording reads better then
    complaints: { ...config.complaints, label: config.complaints.label === DEFAULT_COMPLAINTS_LABEL ? undefined : config.complaints.label },
    channel,
    compact,
  };
}
