// What a config will make Schoolgate do, shown before the parent confirms it: the school (and,
// for a trust, which of its schools the children attend), how many staff, the clauses it will
// quote, and where the complaints route goes. Text from the config is only ever text.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolConfig } from '../../config/index.ts';
import { t } from '../i18n.ts';

export interface SchoolPreviewProps {
  config: SchoolConfig;
  from?: string;
  replaces: boolean;
  headingLevel?: 2 | 3;
  onConfirm(picked: string[] | undefined): Promise<void> | void;
  onCancel(): void;
}

export function SchoolPreview({ config, from, replaces, headingLevel, onConfirm, onCancel }: SchoolPreviewProps) {
  const others = config.schools ?? [];
  const names = [config.school.name, ...others.map((s) => s.name)];
  const [picked, setPicked] = useState<string[]>(others.length ? [] : [config.school.name]);
  const [pickError, setPickError] = useState(false);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const Sub = headingLevel === 3 ? 'h4' : 'h3';

  useEffect(() => headingRef.current?.focus(), []);

  const complaintsHost = config.complaints.url ? new URL(config.complaints.url).hostname : undefined;
  const source = config.source ?? from;

  const confirm = async () => {
    if (others.length && !picked.length) {
      setPickError(true);
      return;
    }
    setSaving(true);
    try {
      await onConfirm(others.length ? picked : undefined);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card preview" aria-labelledby="preview-heading">
      <Heading id="preview-heading" tabIndex={-1} ref={headingRef}>
        {t('previewHeading')}
      </Heading>
      {replaces ? <p class="note">{t('previewReplaces')}</p> : null}
      <dl>
        <dt>{t('previewSchool')}</dt>
        <dd class="school-name">{config.school.name}</dd>
        <dt>{t('previewComplaints')}</dt>
        <dd>
          {config.complaints.label ?? ''} {complaintsHost ? <span>{t('previewComplaintsDomain', complaintsHost)}</span> : null}{' '}
          {config.complaints.email ? <span>{t('previewComplaintsEmail', config.complaints.email)}</span> : null}
        </dd>
      </dl>
      {others.length ? (
        <fieldset aria-describedby={pickError ? 'pick-error' : undefined}>
          <legend>{t('previewPick')}</legend>
          {names.map((name, i) => (
            <label class="check" key={name}>
              <input
                type="checkbox"
                checked={picked.includes(name)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setPickError(false);
                  setPicked((p) => (on ? [...p, name] : p.filter((n) => n !== name)));
                }}
                id={`pick-${i}`}
              />{' '}
              {name}
            </label>
          ))}
          {pickError ? (
            <p class="error" id="pick-error" role="alert">
              {t('previewPickNone')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <p>{t('previewStaff', config.staff.length)}</p>
      <Sub id="preview-clauses">{t('previewClauses', config.code.title, config.code.clauses.length)}</Sub>
      {/* scrolls when long: focusable, so it scrolls from the keyboard too */}
      <ol class="clauses" tabIndex={0} aria-labelledby="preview-clauses">
        {config.code.clauses.map((c) => (
          <li key={c.id}>
            <span class="clause-id">{c.id}</span> <q>{c.text}</q>
          </li>
        ))}
      </ol>
      {source ? <p class="hint">{t('previewSource', source)}</p> : null}
      <div class="actions">
        <button type="button" class="primary" onClick={() => void confirm()} disabled={saving}>
          {t('previewConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('previewCancel')}
        </button>
      </div>
    </section>
  );
}
