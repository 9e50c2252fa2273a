// The options page: schools, sites, settings, "try a draft", history and privacy. Every section
// takes what it shows as props and reports what the parent does through callbacks, so the page
// renders in a unit test; entrypoints/options wires them to storage.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SchoolConfig } from '../../config/index.ts';
import { SITES } from '../../sites/catalogue.ts';
import type { ExtraAdapterId } from '../../sites/index.ts';
import type { ExtraSite, Settings } from '../../storage/keys.ts';
import type { StoredSchool } from '../../storage/schools.ts';
import { t } from '../i18n.ts';
import { AddSchool, type AddSchoolProps } from './AddSchool.tsx';

export interface TryOutcome {
  /** A nudge was shown (the interstitial is open over the page). */
  shown: boolean;
  /** Why not, when it was not. */
  reason?: 'no-school' | 'no-mention' | 'no-concern';
}

export interface OptionsProps {
  schools: StoredSchool[];
  settings: Settings;
  extraSites: ExtraSite[];
  now: number;
  add: Omit<AddSchoolProps, 'headingLevel' | 'existingKeys'>;
  removeSchool(key: string): Promise<void>;
  settlePending(key: string, accept: boolean): Promise<void>;
  setSettings(patch: Partial<Settings>): Promise<void>;
  turnOnSite(address: string, adapter: ExtraAdapterId): Promise<{ ok: true; origin: string } | { ok: false; reason: 'not-https' | 'refused' }>;
  turnOffSite(origin: string): Promise<void>;
  tryDraft(text: string): Promise<TryOutcome>;
  /** The history section (History.tsx) and the privacy section (Privacy.tsx). */
  history: ComponentChildren;
  privacy: ComponentChildren;
  /** The builder page, for school staff. */
  builderUrl?: string;
}

const time = (ms: number) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(ms);

/** The start of the next day, local time. */
export function tomorrow(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

function complaintsWhere(config: SchoolConfig): string {
  return [config.complaints.url ? new URL(config.complaints.url).hostname : '', config.complaints.email ?? ''].filter(Boolean).join(', ');
}

function SchoolsSection(props: OptionsProps) {
  const [status, setStatus] = useState('');
  return (
    <section class="card" aria-labelledby="schools-heading" id="schools">
      <h2 id="schools-heading">{t('optionsSchoolsHeading')}</h2>
      {props.schools.length === 0 ? <p>{t('optionsNoSchools')}</p> : null}
      <ul class="plain">
        {props.schools.map((s) => (
          <li key={s.key}>
            <div class="between">
              <div>
                <strong>{s.config.school.name}</strong>
                {s.picked?.length ? <div class="muted">{t('optionsPicked', s.picked.join(', '))}</div> : null}
                <div class="muted">{t('optionsSchoolSummary', s.config.staff.length, s.config.code.clauses.length, complaintsWhere(s.config))}</div>
                {s.config.source ? <div class="muted">{t('optionsRefreshFrom', s.config.source)}</div> : null}
                {s.refresh?.result === 'failed' ? <div class="muted">{t('optionsRefreshFailed', time(s.refresh.at))}</div> : null}
              </div>
              <button
                type="button"
                class="danger"
                aria-label={t('optionsRemoveSchoolLabel', s.config.school.name)}
                onClick={() => void props.removeSchool(s.key).then(() => setStatus(t('optionsRemoved', s.config.school.name)))}
              >
                {t('optionsRemoveSchool')}
              </button>
            </div>
            {s.pending ? (
              <div class="note" role="group" aria-labelledby={`pending-${s.addedAt}`}>
                <p id={`pending-${s.addedAt}`}>{t('optionsPendingMoved', s.config.school.name, complaintsWhere(s.pending.config), complaintsWhere(s.config))}</p>
                <div class="actions">
                  <button type="button" class="primary" onClick={() => void props.settlePending(s.key, true)}>
                    {t('optionsPendingAccept')}
                  </button>
                  <button type="button" onClick={() => void props.settlePending(s.key, false)}>
                    {t('optionsPendingKeep')}
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" class="ok">
        {status}
      </p>
      <AddSchool {...props.add} existingKeys={props.schools.map((s) => s.key)} headingLevel={3} />
    </section>
  );
}

function SitesSection(props: OptionsProps) {
  const [address, setAddress] = useState('');
  const [adapter, setAdapter] = useState<ExtraAdapterId>('generic');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const off = new Set(props.settings.off);
  const toggle = (id: string, on: boolean) => void props.setSettings({ off: on ? props.settings.off.filter((x) => x !== id) : [...props.settings.off, id] });
  return (
    <section class="card" aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSitesLegend')}</legend>
        {SITES.map((s) => (
          <label class="check" key={s.id}>
            <input type="checkbox" checked={!off.has(s.id)} onChange={(e) => toggle(s.id, (e.currentTarget as HTMLInputElement).checked)} /> {s.name}
          </label>
        ))}
        {props.extraSites.map((s) => (
          <div class="between" key={s.origin}>
            <label class="check">
              <input type="checkbox" checked={!off.has(s.origin)} onChange={(e) => toggle(s.origin, (e.currentTarget as HTMLInputElement).checked)} /> {new URL(s.origin).host}
            </label>
            <button type="button" class="link" aria-label={t('optionsForgetSiteLabel', new URL(s.origin).host)} onClick={() => void props.turnOffSite(s.origin)}>
              {t('optionsForgetSite')}
            </button>
          </div>
        ))}
      </fieldset>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const typed = address.trim();
          if (!typed) return;
          void props.turnOnSite(typed, adapter).then((r) => {
            if (r.ok) {
              setAddress('');
              setMessage({ ok: true, text: t('optionsSiteAdded', new URL(r.origin).host) });
            } else setMessage({ ok: false, text: r.reason === 'refused' ? t('optionsSiteRefused') : t('optionsSiteNotHttps') });
          });
        }}
      >
        <h3>{t('optionsAddSiteHeading')}</h3>
        <p class="hint" id="add-site-hint">
          {t('optionsAddSiteHint')}
        </p>
        <label for="add-site">{t('optionsAddSiteLabel')}</label>
        <input id="add-site" type="text" inputMode="url" placeholder="forum.example.org" value={address} aria-describedby="add-site-hint" onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} />
        <label for="add-site-kind">{t('optionsAddSiteKind')}</label>
        <select id="add-site-kind" value={adapter} onChange={(e) => setAdapter((e.currentTarget as HTMLSelectElement).value as ExtraAdapterId)}>
          <option value="generic">{t('optionsAddSiteGeneric')}</option>
          <option value="mastodon">{t('optionsAddSiteMastodon')}</option>
        </select>
        <div class="actions">
          <button type="submit" class="primary">
            {t('optionsAddSiteButton')}
          </button>
        </div>
        <p role="status" class={message?.ok ? 'ok' : 'error'}>
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}

function SettingsSection(props: OptionsProps) {
  const paused = props.settings.pausedUntil > props.now;
  return (
    <section class="card" aria-labelledby="settings-heading" id="settings">
      <h2 id="settings-heading">{t('optionsSettingsHeading')}</h2>
      <label class="check">
        <input type="checkbox" checked={props.settings.implicit} onChange={(e) => void props.setSettings({ implicit: (e.currentTarget as HTMLInputElement).checked })} />{' '}
        <span>
          {t('optionsImplicit')}
          <br />
          <span class="hint">{t('optionsImplicitHint')}</span>
        </span>
      </label>
      <h3>{t('optionsPauseHeading')}</h3>
      <p role="status">{paused ? t('optionsPausedUntil', time(props.settings.pausedUntil)) : t('optionsNotPaused')}</p>
      <div class="actions">
        {paused ? (
          <button type="button" class="primary" onClick={() => void props.setSettings({ pausedUntil: 0 })}>
            {t('optionsResume')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void props.setSettings({ pausedUntil: props.now + 60 * 60 * 1000 })}>
              {t('optionsPauseHour')}
            </button>
            <button type="button" onClick={() => void props.setSettings({ pausedUntil: tomorrow(props.now) })}>
              {t('optionsPauseTomorrow')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function TryDraftSection(props: OptionsProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState('');
  return (
    <section class="card" aria-labelledby="try-heading" id="try">
      <h2 id="try-heading">{t('optionsTryHeading')}</h2>
      <p class="hint" id="try-hint">
        {t('optionsTryHint')}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setResult('');
          void props.tryDraft(text).then((r) => {
            if (r.shown) return;
            setResult(r.reason === 'no-school' ? t('optionsTryNoSchool') : r.reason === 'no-mention' ? t('optionsTryNoMention') : t('optionsTryNoConcern'));
          });
        }}
      >
        <label for="try-draft">{t('optionsTryLabel')}</label>
        <textarea id="try-draft" value={text} aria-describedby="try-hint" onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="actions">
          <button type="submit" class="primary" disabled={!text.trim()}>
            {t('optionsTryButton')}
          </button>
        </div>
        <p role="status">{result}</p>
      </form>
    </section>
  );
}

export function Options(props: OptionsProps) {
  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <nav class="toc" aria-label={t('optionsContents')}>
        <ul>
          <li>
            <a href="#schools">{t('optionsSchoolsHeading')}</a>
          </li>
          <li>
            <a href="#sites">{t('optionsSitesHeading')}</a>
          </li>
          <li>
            <a href="#settings">{t('optionsSettingsHeading')}</a>
          </li>
          <li>
            <a href="#try">{t('optionsTryHeading')}</a>
          </li>
          <li>
            <a href="#history">{t('optionsHistoryLink')}</a>
          </li>
          <li>
            <a href="#privacy">{t('optionsPrivacyLink')}</a>
          </li>
        </ul>
      </nav>
      <SchoolsSection {...props} />
      <SitesSection {...props} />
      <SettingsSection {...props} />
      <TryDraftSection {...props} />
      <div id="history" class="card">{props.history}</div>
      <div id="privacy" class="card">{props.privacy}</div>
      {props.builderUrl ? (
        <p class="muted">
          {t('optionsForSchools')} <a href={props.builderUrl}>{t('optionsBuilderLink')}</a>
        </p>
      ) : null}
    </main>
  );
}
