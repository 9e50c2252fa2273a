// "Try a draft" on the options page: the real detector with the parent's schools and settings,
// and the real interstitial, shown over the page. Nothing is posted or recorded.
import { createDetector } from '../../engine/index.ts';
import type { Settings } from '../../storage/keys.ts';
import type { StoredSchool } from '../../storage/schools.ts';
import { interstitialContent } from '../interstitial/content.ts';
import { mountInterstitial } from '../interstitial/mount.tsx';
import type { TryOutcome } from './Options.tsx';

export function tryDraft(text: string, schools: StoredSchool[], settings: Settings, doc: Document = document): TryOutcome {
  if (!schools.length) return { shown: false, reason: 'no-school' };
  let mentioned = false;
  for (const s of schools) {
    const result = createDetector(s.config, { schools: s.picked, implicit: settings.implicit }).check(text, { site: 'facebook', channel: 'post' });
    if (result.mentions.length) mentioned = true;
    if (!result.nudge) continue;
    // "Edit my post" goes back to the draft, as on a site
    const opener = (doc.getElementById('try-draft') ?? doc.activeElement) as HTMLElement | null;
    const close = () => {
      ui.close();
      opener?.focus();
    };
    const ui = mountInterstitial(
      {
        ...interstitialContent(text, result, s.config, 'post'),
        onEdit: close,
        onComplaints: () => setTimeout(close, 0),
        onEmail: () => setTimeout(close, 0),
        onPostAnyway: close,
        onFalseAlarm: close,
      },
      { document: doc },
    );
    return { shown: true };
  }
  return { shown: false, reason: mentioned ? 'no-concern' : 'no-mention' };
}
