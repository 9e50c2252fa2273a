// "Try a draft" on the options page: the real detector with the parent's schools and settings,
// and the real interstitial, shown over the page. Nothing is posted or recorded.
import { DEFAULT_COMPLAINTS_LABEL } from '../../config/index.ts';
import { createDetector } from '../../engine/index.ts';
import type { Settings } from '../../storage/keys.ts';
import type { StoredSchool } from '../../storage/schools.ts';
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
        draft: text,
        mentions: result.mentions,
        concerns: result.concerns,
        clauses: result.clauses,
        schoolName: s.config.school.name,
        code: { title: s.config.code.title, url: s.config.code.url },
        complaints: { ...s.config.complaints, label: s.config.complaints.label === DEFAULT_COMPLAINTS_LABEL ? undefined : s.config.complaints.label },
        channel: 'post',
        compact: false,
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
