// The toolbar popup: the school(s) loaded, whether this site is covered (with its switch),
// pause, nudges this week, and the way to the settings.
import type { ContentStatus } from '../messages.ts';
import { SITES } from '../sites/catalogue.ts';
import { t } from './i18n.ts';

export interface PopupSchool {
  key: string;
  name: string;
  staff: number;
  clauses: number;
}

export interface PopupProps {
  schools: PopupSchool[];
  /** The active tab's content script status; null where Schoolgate does not run. */
  status: ContentStatus | null;
  /** Epoch ms Schoolgate is paused until; 0 or past when it is on. */
  pausedUntil: number;
  now: number;
  /** Nudges shown in the last seven days. */
  weekCount: number;
  onToggleSite(key: string, on: boolean): void;
  onPause(until: number): void;
  onOpenOptions(): void;
  onAddSchool(): void;
}

function siteName(status: ContentStatus): string {
  if (status.site === 'generic') {
    try {
      return new URL(status.key).host;
    } catch {
      return status.key;
    }
  }
  return SITES.find((s) => s.id === status.site)?.name ?? status.site;
}

const time = (ms: number) => new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit' }).format(ms);

export function Popup(props: PopupProps) {
  const { schools, status } = props;
  const paused = props.pausedUntil > props.now;
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">{t('popupSchools')}</h2>
        {schools.length === 0 ? (
          <>
            <p>{t('popupNoSchool')}</p>
            <button type="button" class="primary" onClick={props.onAddSchool}>
              {t('addHeading')}
            </button>
          </>
        ) : (
          <ul>
            {schools.map((s) => (
              <li key={s.key}>
                <strong>{s.name}</strong>
                <br />
                <span class="muted">{t('popupStaffCount', s.staff, s.clauses)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('popupThisSite')}</h2>
        {status ? (
          <label class="switch">
            <input type="checkbox" checked={status.siteOn} onChange={(e) => props.onToggleSite(status.key, (e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('popupWatchSite', siteName(status))}
          </label>
        ) : (
          <p>{t('popupNotWatching')}</p>
        )}
        {status ? <p class="muted" role="status">{status.watching ? t('popupWatching', siteName(status)) : t('popupNotWatchingNow')}</p> : null}
      </section>
      <section aria-labelledby="pause-heading">
        <h2 id="pause-heading">{t('optionsPauseHeading')}</h2>
        {paused ? (
          <>
            <p role="status">{t('popupPausedUntil', time(props.pausedUntil))}</p>
            <button type="button" onClick={() => props.onPause(0)}>
              {t('optionsResume')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => props.onPause(props.now + 60 * 60 * 1000)}>
            {t('optionsPauseHour')}
          </button>
        )}
      </section>
      <p>{t('popupWeek', props.weekCount)}</p>
      <p>
        <button type="button" class="link" onClick={props.onOpenOptions}>
          {t('popupOptions')}
        </button>
      </p>
      <p class="muted">{t('popupPrivacy')}</p>
    </main>
  );
}
