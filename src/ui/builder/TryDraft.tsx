// "Try a draft": the school writes what a parent might post and sees what a parent would see,
// with the real detector and the real interstitial, from the config as it stands.
import { useRef, useState } from 'preact/hooks';
import type { SchoolConfig } from '../../config/index.ts';
import { type Channel, createDetector, type CheckResult } from '../../engine/index.ts';
import { interstitialContent } from '../interstitial/content.ts';
import { mountInterstitial as realMount, type MountedInterstitial } from '../interstitial/mount.tsx';
import { t } from '../i18n.ts';

type Mount = typeof realMount;

export interface TryDraftProps {
  config: SchoolConfig | null;
  mount?: Mount;
}

type Outcome = { kind: 'shown'; result: CheckResult } | { kind: 'passed'; result: CheckResult } | { kind: 'closed'; choice: string };

const CHANNELS: Channel[] = ['post', 'comment', 'message'];

export function TryDraft({ config, mount = realMount }: TryDraftProps) {
  const [draft, setDraft] = useState('');
  const [channel, setChannel] = useState<Channel>('post');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const open = useRef<MountedInterstitial | null>(null);
  const tryIt = () => {
    if (!config || !draft.trim()) return;
    // compiled on each try, not as the school types: with 2,000 staff it takes tens of milliseconds
    const result = createDetector(config).check(draft, { channel });
    if (!result.nudge) {
      setOutcome({ kind: 'passed', result });
      return;
    }
    setOutcome({ kind: 'shown', result });
    const close = (choice: string) => () => {
      open.current?.close();
      open.current = null;
      setOutcome({ kind: 'closed', choice });
      textarea.current?.focus();
    };
    open.current?.close();
    open.current = mount(
      {
        ...interstitialContent(draft, result, config, channel),
        onEdit: close('edit'),
        onComplaints: close('complaints'),
        onEmail: close('email'),
        onPostAnyway: close('post'),
        onFalseAlarm: close('false-alarm'),
      },
      { document },
    );
  };

  if (!config) return <p class="note">{t('builderTryNeedsConfig')}</p>;
  return (
    <>
      <p>{t('builderTryIntro')}</p>
      <div class="field">
        <label for="try-draft">{t('builderTryLabel')}</label>
        <textarea id="try-draft" ref={textarea} rows={4} value={draft} placeholder={t('builderTryPlaceholder', config.school.name)} onInput={(e) => setDraft(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="try-channel">{t('builderTryChannel')}</label>
        <select id="try-channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(c === 'post' ? 'builderTryPost' : c === 'comment' ? 'builderTryComment' : 'builderTryMessage')}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={tryIt} disabled={!draft.trim()}>
        {t('builderTryButton')}
      </button>
      <div role="status" class="status">
        {outcome?.kind === 'passed' && <p>{outcome.result.mentions.length ? t('builderTryPassedMentioned') : t('builderTryPassed')}</p>}
        {outcome?.kind === 'shown' && <p>{t('builderTryShown', outcome.result.clauses.map((c) => c.id).join(', ') || '—')}</p>}
        {outcome?.kind === 'closed' && <p>{t('builderTryClosed')}</p>}
      </div>
    </>
  );
}
