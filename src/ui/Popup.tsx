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
}

function siteName(site: ContentStatus['site']): string {
  return SITES.find((s) => s.id === site)?.name ?? site;
}

export function Popup({ schools, status }: PopupProps) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <section aria-labelledby="schools-heading">
        <h2 id="schools-heading">{t('popupSchools')}</h2>
        {schools.length === 0 ? (
          <p>{t('popupNoSchool')}</p>
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
      <p role="status">
        {status?.watching ? t('popupWatching', siteName(status.site)) : t('popupNotWatching')}
      </p>
      <p class="muted">{t('popupPrivacy')}</p>
    </main>
  );
}
