// The options page's privacy section: what Schoolgate keeps and what it never does, everything it
// has stored shown in full, an export, and "Delete everything" behind an in-page confirmation.
// Props only (house style 5): the page collects the data and does the exporting and deleting.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Choice, ConcernKindName } from '../../messages.ts';
import { SITES } from '../../sites/catalogue.ts';
import type { NudgeRecord } from '../../storage/history.ts';
import { EXTRA_SITES_STORAGE_KEY, SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY } from '../../storage/keys.ts';
import { type MessageKey, t } from '../i18n.ts';
import { PRIVACY_CSS } from './chart.css.ts';

export interface PrivacyProps {
  /** Everything stored (see collectEverything); null while it is being read. */
  data: { storage: Record<string, unknown>; history: NudgeRecord[] } | null;
  onExport(): void;
  /** Deletes everything; rejects when something could not be deleted. */
  onDeleteAll(): Promise<void>;
}

const CONCERN: Record<ConcernKindName, MessageKey> = {
  complaint: 'privacyConcernComplaint',
  defamation: 'privacyConcernDefamation',
  abuse: 'privacyConcernAbuse',
  threat: 'privacyConcernThreat',
};

const CHOICE: Record<Choice, MessageKey> = {
  edit: 'privacyChoiceEdit',
  complaints: 'privacyChoiceComplaints',
  email: 'privacyChoiceEmail',
  post: 'privacyChoicePost',
  'false-alarm': 'privacyChoiceFalseAlarm',
};

// The extension's one locale; dates follow it like the words do.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const when = (ms: unknown) => (typeof ms === 'number' && Number.isFinite(ms) ? DATE_TIME.format(ms) : String(ms));
const siteName = (id: string) => SITES.find((s) => s.id === id)?.name ?? id;
const json = (value: unknown) => JSON.stringify(value, null, 2);

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A block of JSON that a keyboard can scroll. */
function Pre({ value, label }: { value: unknown; label: string }) {
  return (
    <pre tabIndex={0} role="region" aria-label={label}>
      {json(value)}
    </pre>
  );
}

function Schools({ value }: { value: unknown }) {
  const list = Array.isArray(value) ? value : [];
  if (!list.length) return <p>{t('privacyNoSchools')}</p>;
  return (
    <ul class="sg-p-list sg-p-schools">
      {list.map((entry, i) => {
        const school = isObject(entry) ? entry : {};
        const config = isObject(school.config) ? school.config : {};
        const name = isObject(config.school) && typeof config.school.name === 'string' ? config.school.name : String(school.key ?? i + 1);
        return (
          <li key={String(school.key ?? i)}>
            <strong>{name}</strong>
            {typeof school.addedAt === 'number' && <span class="sg-p-muted"> · {t('privacySchoolAdded', when(school.addedAt))}</span>}
            {typeof school.from === 'string' && <div class="sg-p-muted">{t('privacySchoolFrom', school.from)}</div>}
            <details>
              <summary>{t('privacySchoolConfig', name)}</summary>
              <Pre value={entry} label={t('privacySchoolConfig', name)} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function Settings({ value }: { value: unknown }) {
  if (!isObject(value)) return <p>{value === undefined ? t('privacyNoSettings') : json(value)}</p>;
  const { implicit, pausedUntil, off, ...rest } = value;
  const offList = Array.isArray(off) ? off.map((id) => siteName(String(id))) : [];
  return (
    <>
      <dl class="sg-p-settings">
        {'implicit' in value && (
          <>
            <dt>{t('privacySettingImplicit')}</dt>
            <dd>{implicit === true ? t('privacyOn') : implicit === false ? t('privacyOff') : json(implicit)}</dd>
          </>
        )}
        {'pausedUntil' in value && (
          <>
            <dt>{t('privacySettingPaused')}</dt>
            <dd>{pausedUntil ? when(pausedUntil) : t('privacyNotPaused')}</dd>
          </>
        )}
        {'off' in value && (
          <>
            <dt>{t('privacySettingOff')}</dt>
            <dd>{offList.length ? offList.join(', ') : t('privacyNone')}</dd>
          </>
        )}
      </dl>
      {Object.keys(rest).length > 0 && <Pre value={rest} label={t('privacySettingsHeading')} />}
    </>
  );
}

function ExtraSites({ value }: { value: unknown }) {
  const list = Array.isArray(value) ? value : [];
  if (!list.length) return <p>{t('privacyNoExtraSites')}</p>;
  return (
    <ul class="sg-p-list sg-p-extra">
      {list.map((site, i) => (
        <li key={i}>{isObject(site) && typeof site.origin === 'string' ? site.origin : json(site)}</li>
      ))}
    </ul>
  );
}

function HistoryTable({ history }: { history: NudgeRecord[] }) {
  return (
    <>
      <p class="sg-p-count">{t('privacyHistoryCount', history.length)}</p>
      {history.length > 0 && (
        <details>
          <summary>{t('privacyHistoryShow')}</summary>
          <div class="sg-p-table-wrap" tabIndex={0} role="region" aria-label={t('privacyHistoryCaption')}>
            <table>
              <caption>{t('privacyHistoryCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privacyColumnDate')}</th>
                  <th scope="col">{t('privacyColumnSite')}</th>
                  <th scope="col">{t('privacyColumnSchool')}</th>
                  <th scope="col">{t('privacyColumnClauses')}</th>
                  <th scope="col">{t('privacyColumnConcerns')}</th>
                  <th scope="col">{t('privacyColumnChoice')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((r, i) => (
                  <tr key={r.id ?? i}>
                    <td>{when(r.at)}</td>
                    <td>{siteName(r.site)}</td>
                    <td>{r.school}</td>
                    <td>{r.clauses.join(', ')}</td>
                    <td>{r.concerns.map((c) => (CONCERN[c] ? t(CONCERN[c]) : c)).join(', ')}</td>
                    <td>{CHOICE[r.choice] ? t(CHOICE[r.choice]) : r.choice}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

const KNOWN_KEYS = new Set([SCHOOLS_STORAGE_KEY, SETTINGS_STORAGE_KEY, EXTRA_SITES_STORAGE_KEY]);

type Step = 'idle' | 'confirm' | 'deleting';
type Result = '' | 'deleted' | 'failed';

export function Privacy({ data, onExport, onDeleteAll }: PrivacyProps) {
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const [step, setStep] = useState<Step>('idle');
  const [result, setResult] = useState<Result>('');
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmPanel = useRef<HTMLDivElement>(null);
  // Where focus goes after the step changes: into the confirmation, or back to the button.
  const focusNext = useRef<'panel' | 'button' | null>(null);

  useEffect(() => {
    const target = focusNext.current === 'panel' ? confirmPanel.current : focusNext.current === 'button' ? deleteButton.current : null;
    focusNext.current = null;
    target?.focus();
  }, [step]);

  const ask = () => {
    setResult('');
    focusNext.current = 'panel';
    setStep('confirm');
  };
  const cancel = () => {
    focusNext.current = 'button';
    setStep('idle');
  };
  const confirm = async () => {
    setStep('deleting');
    let outcome: Result;
    try {
      await onDeleteAll();
      outcome = 'deleted';
    } catch {
      outcome = 'failed';
    }
    setResult(outcome);
    focusNext.current = 'button';
    setStep('idle');
  };

  const storage = data?.storage ?? {};
  const others = Object.keys(storage).filter((k) => !KNOWN_KEYS.has(k));
  const status = step === 'deleting' ? t('privacyDeleting') : result === 'deleted' ? t('privacyDeleted') : result === 'failed' ? t('privacyDeleteFailed') : '';

  return (
    <section class="sg-p" aria-labelledby={`${id}-heading`}>
      <style>{PRIVACY_CSS}</style>
      <h2 id={`${id}-heading`}>{t('privacyHeading')}</h2>
      <p>{t('privacyIntro')}</p>

      <h3>{t('privacyKeptHeading')}</h3>
      <ul class="sg-p-list">
        <li>{t('privacyKeptSchools')}</li>
        <li>{t('privacyKeptSettings')}</li>
        <li>{t('privacyKeptHistory')}</li>
      </ul>
      <h3>{t('privacyNeverHeading')}</h3>
      <ul class="sg-p-list">
        <li>{t('privacyNeverDrafts')}</li>
        <li>{t('privacyNeverTracking')}</li>
      </ul>

      <h3>{t('privacyStoredHeading')}</h3>
      {data === null ? (
        <p aria-busy="true">{t('privacyLoading')}</p>
      ) : (
        <div class="sg-p-stored">
          <h4>{t('privacySchoolsHeading')}</h4>
          <Schools value={storage[SCHOOLS_STORAGE_KEY]} />
          <h4>{t('privacySettingsHeading')}</h4>
          <Settings value={storage[SETTINGS_STORAGE_KEY]} />
          <h4>{t('privacyExtraSitesHeading')}</h4>
          <ExtraSites value={storage[EXTRA_SITES_STORAGE_KEY]} />
          {others.length > 0 && (
            <>
              <h4>{t('privacyOtherHeading')}</h4>
              <Pre value={Object.fromEntries(others.map((k) => [k, storage[k]]))} label={t('privacyOtherHeading')} />
            </>
          )}
          <h4>{t('privacyHistoryHeading')}</h4>
          <HistoryTable history={data.history} />
        </div>
      )}

      <div class="sg-p-actions">
        <button type="button" class="sg-p-export" onClick={() => onExport()} disabled={data === null}>
          {t('privacyExport')}
        </button>
        <button
          type="button"
          class="sg-p-delete"
          ref={deleteButton}
          onClick={ask}
          aria-expanded={step !== 'idle'}
          aria-controls={`${id}-confirm`}
          disabled={step === 'deleting'}
        >
          {t('privacyDelete')}
        </button>
      </div>

      {step !== 'idle' && (
        <div
          id={`${id}-confirm`}
          class="sg-p-confirm"
          ref={confirmPanel}
          role="group"
          tabIndex={-1}
          aria-labelledby={`${id}-confirm-heading`}
          aria-describedby={`${id}-confirm-text`}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && step === 'confirm') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          <h3 id={`${id}-confirm-heading`}>{t('privacyConfirmHeading')}</h3>
          <p id={`${id}-confirm-text`}>{t('privacyConfirmText')}</p>
          <div class="sg-p-actions">
            <button type="button" class="sg-p-confirm-yes" onClick={() => void confirm()} disabled={step === 'deleting'}>
              {t('privacyConfirmYes')}
            </button>
            <button type="button" class="sg-p-confirm-no" onClick={cancel} disabled={step === 'deleting'}>
              {t('privacyConfirmNo')}
            </button>
          </div>
        </div>
      )}

      <p role="status" class="sg-p-status">
        {status}
      </p>
    </section>
  );
}
