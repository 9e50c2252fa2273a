// The builder page: a school office turns its code of conduct, staff list and web addresses into
// a config, tries it on a draft, and gets the file, the school link, its QR code and a letter to
// parents. Everything happens on this device; nothing is fetched or sent. Props only (house
// style 5): the entrypoint gives it the date, storage, download and print.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseSchoolConfigBytes, type Problem } from '../../config/index.ts';
import { configJson } from '../../config/policy/index.ts';
import { t } from '../i18n.ts';
import { CodeSection } from './CodeSection.tsx';
import { AddressesSection, SchoolSection, StaffSection } from './DetailsSections.tsx';
import { TextField } from './fields.tsx';
import { Letter } from './Letter.tsx';
import { QrCode } from './QrCode.tsx';
import { applyExtraction, type BuilderState, check, defaultSignature, emptyState, fieldFor, fileName, linkOf, problemLine, staffOf, stateFromConfig } from './state.ts';
import { TryDraft, type TryDraftProps } from './TryDraft.tsx';

export interface BuilderProps {
  today: Date;
  /** State saved on an earlier visit. */
  initial?: BuilderState | null;
  save?(state: BuilderState): void;
  download(name: string, text: string): void;
  print(): void;
  copy?(text: string): Promise<void>;
  mount?: TryDraftProps['mount'];
}

function Section({ id, step, title, children }: { id: string; step: number; title: string; children: preact.ComponentChildren }) {
  return (
    <section class="step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <span class="step-number">{t('builderStep', step)}</span> {title}
      </h2>
      {children}
    </section>
  );
}

/** The field each part of the state is typed into. */
const FIELD_OF: Partial<Record<keyof BuilderState, string>> = {
  title: 'code-title',
  schoolName: 'school-name',
  aliases: 'school-aliases',
  website: 'school-website',
  schools: 'schools',
  staffText: 'staff',
  complaintsUrl: 'complaints-url',
  complaintsEmail: 'complaints-email',
  complaintsLabel: 'complaints-label',
  codeUrl: 'code-url',
  approved: 'code-approved',
  source: 'source',
  published: 'published',
};

function focusField(event: Event, id: string | undefined) {
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  (target.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
}

export function Builder({ today, initial, save, download, print, copy, mount }: BuilderProps) {
  const isoToday = today.toISOString().slice(0, 10);
  const [state, setState] = useState<BuilderState>(() => initial ?? emptyState(isoToday));
  const [view, setView] = useState<'builder' | 'letter'>('builder');
  const [copied, setCopied] = useState('');
  // Beside a field, "missing" waits until the school has typed in it (or asked to find the
  // clauses); a wrong value shows at once. The list in step 5 always has everything. (Not on
  // blur: a message appearing then moves the button the school is about to click.)
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(initial ? ['*'] : []));
  const touch = (id: string | undefined) => {
    if (id) setTouched((t) => (t.has(id) ? t : new Set([...t, id])));
  };
  const letterButton = useRef<HTMLButtonElement>(null);
  const update = (change: Partial<BuilderState>) => {
    for (const key of Object.keys(change)) touch(FIELD_OF[key as keyof BuilderState]);
    setState((s) => ({ ...s, ...change }));
  };

  useEffect(() => {
    save?.(state);
  }, [state]);

  const staff = useMemo(() => staffOf(state), [state.staffText]);
  const checked = useMemo(() => check(state, staff), [state, staff]);
  const problems: Problem[] = checked.ok ? [] : checked.problems;
  const shown = (p: Problem) => touched.has('*') || /^code\.clauses\[/.test(p.path) || touched.has(fieldFor(p.path) ?? '') || !/^(?:missing|is empty|has neither)\b/.test(p.message);
  const problemsAt = (path: string, exact = false) =>
    problems.filter((p) => (p.path === path || (!exact && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)))) && shown(p));
  const link = linkOf(state);
  const parsed = checked.ok ? checked.parsed : null;
  const signedBy = state.signedBy || defaultSignature(staff);

  // moving between the builder and the letter moves focus too (not on the first render)
  const shownView = useRef(view);
  useEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    if (view === 'letter') document.getElementById('letter-heading')?.focus();
    else letterButton.current?.focus();
  }, [view]);

  const [opened, setOpened] = useState('');
  const openConfig = async (file: File | undefined) => {
    if (!file) return;
    const result = parseSchoolConfigBytes(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setOpened(t('builderConfigInvalid', file.name, problemLine(result.problems[0]!)));
    setTouched(new Set(['*']));
    setState(stateFromConfig(result.config, isoToday));
    setOpened(t('builderConfigOpened', file.name));
  };

  const extract = (text?: string) => {
    touch('code-text');
    setState((s) => applyExtraction(text === undefined ? s : { ...s, codeText: text }));
  };

  if (view === 'letter' && parsed && link) {
    return (
      <main class="letter-view">
        <nav class="letter-tools no-print" aria-label={t('builderLetterTools')}>
          <button type="button" onClick={print}>
            {t('builderPrintLetter')}
          </button>
          <button type="button" class="secondary" onClick={() => setView('builder')}>
            {t('builderBackToBuilder')}
          </button>
        </nav>
        <Letter config={parsed} link={link} date={today} signedBy={signedBy} />
      </main>
    );
  }

  return (
    <main class="builder">
      <header class="intro">
        <h1>{t('builderTitle')}</h1>
        <p>{t('builderIntro')}</p>
        <p class="note">{t('builderOffline')}</p>
        <div class="row">
          <label class="file-button small">
            {t('builderOpenConfig')}
            <input type="file" accept=".json,application/json" onChange={(e) => void openConfig(e.currentTarget.files?.[0])} />
          </label>
          {initial && (
            <button type="button" class="secondary small" onClick={() => setState(emptyState(isoToday))}>
              {t('builderStartAgain')}
            </button>
          )}
        </div>
        <p role="status" class="status">
          {opened}
        </p>
      </header>

      <Section id="code" step={1} title={t('builderCodeHeading')}>
        <CodeSection state={state} update={update} extract={extract} problemsAt={problemsAt} />
      </Section>

      <Section id="school" step={2} title={t('builderSchoolHeading')}>
        <SchoolSection state={state} update={update} problemsAt={problemsAt} />
      </Section>

      <Section id="staff" step={3} title={t('builderStaffHeading')}>
        <StaffSection state={state} update={update} staff={staff} problemsAt={problemsAt} />
      </Section>

      <Section id="addresses" step={4} title={t('builderAddressesHeading')}>
        <AddressesSection state={state} update={update} problemsAt={problemsAt} />
      </Section>

      <Section id="check" step={5} title={t('builderCheckHeading')}>
        <p role="status" class={problems.length ? 'warning' : 'ok'}>
          {problems.length ? t('builderProblemCount', problems.length) : t('builderNoProblems')}
        </p>
        {problems.length > 0 && (
          <ul class="problems">
            {problems.map((p) => {
              const id = fieldFor(p.path);
              return (
                <li key={`${p.path}${p.message}`}>
                  {id ? (
                    <a
                      href={`#${id}`}
                      onClick={(e) => {
                        touch(id);
                        focusField(e, id);
                      }}
                    >
                      {problemLine(p)}
                    </a>
                  ) : (
                    problemLine(p)
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section id="try" step={6} title={t('builderTryHeading')}>
        <TryDraft config={parsed} mount={mount} />
      </Section>

      <Section id="publish" step={7} title={t('builderPublishHeading')}>
        <h3>{t('builderDownloadHeading')}</h3>
        {!parsed ? (
          <p class="note">{t('builderPublishNotYet')}</p>
        ) : (
          <>
            <p>{t('builderDownloadIntro')}</p>
            <button type="button" onClick={() => download(fileName(state), configJson(checked.config))}>
              {t('builderDownload', fileName(state))}
            </button>
          </>
        )}

        <h3>{t('builderLinkHeading')}</h3>
        {!link ? (
          <p class="note">{t('builderLinkNeedsSource')}</p>
        ) : (
          <>
            <p>{t('builderLinkIntro')}</p>
            <p class="publish-at">
              {t('builderLinkPublishAt')} <code>{state.source.trim()}</code>
            </p>
            <div class="field">
              <label for="school-link">{t('builderLinkLabel')}</label>
              <div class="row">
                <input id="school-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
                {copy && (
                  <button type="button" class="secondary" onClick={() => void copy(link).then(() => setCopied(t('builderCopied')), () => setCopied(t('builderCopyFailed')))}>
                    {t('builderCopy')}
                  </button>
                )}
              </div>
              <p role="status" class="status">
                {copied}
              </p>
            </div>
            <QrCode class="qr" text={link} label={t('builderQrLabel', state.schoolName.trim() || link)} />
          </>
        )}

        <h3>{t('builderLetterHeading')}</h3>
        {parsed && link ? (
          <>
            <p>{t('builderLetterIntro')}</p>
            <TextField id="signed-by" label={t('builderSignedBy')} hint={t('builderSignedByHint')} value={signedBy} onInput={(v) => update({ signedBy: v })} />
            <button type="button" ref={letterButton} onClick={() => setView('letter')}>
              {t('builderOpenLetter')}
            </button>
          </>
        ) : (
          <p class="note">{t('builderLetterNotYet')}</p>
        )}
      </Section>
    </main>
  );
}
