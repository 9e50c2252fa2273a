// Adding a school: the school's link or a config address (pasted), or a file (picked or
// dropped). Every way in ends on the same preview, which the parent confirms. Bad input changes
// nothing and says what went wrong.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchoolConfig } from '../../config/index.ts';
import { readSchoolLink } from '../../config/link.ts';
import type { LoadResult } from '../../storage/fetch-config.ts';
import { t } from '../i18n.ts';
import { describeLoadError, type ShownError } from './load-error.ts';
import { SchoolPreview } from './SchoolPreview.tsx';

export interface AddSchoolProps {
  /** The config address a school's link carried: shown filled in; the parent still clicks to load it. */
  initialAddress?: string;
  /** Asks the browser for the config's origin (within the click) and downloads the config. */
  loadUrl(url: string): Promise<LoadResult>;
  loadFile(file: File): Promise<LoadResult>;
  /** The stored key each added school has, to say when a config replaces one. */
  existingKeys: string[];
  keyFor(config: SchoolConfig, from?: string): string;
  save(config: SchoolConfig, options: { picked?: string[]; from?: string }): Promise<void>;
  onSaved?(schoolName: string): void;
  /** Heading level of the section's title (2 on the options page, inside the onboarding's h1). */
  headingLevel?: 2 | 3;
}

type Stage =
  | { kind: 'choose'; error?: ShownError }
  | { kind: 'loading' }
  | { kind: 'preview'; config: SchoolConfig; from?: string }
  | { kind: 'saved'; name: string };

/** What the parent typed: a school's link becomes the config address it carries. */
export function addressFrom(typed: string): { ok: true; url: string } | { ok: false; error: ShownError } {
  const text = typed.trim();
  const link = readSchoolLink(text);
  if (link.ok) return { ok: true, url: link.configUrl };
  if (link.problem.kind === 'no-config') return { ok: false, error: describeLoadError({ kind: 'link-no-config' }) };
  if (link.problem.kind === 'config-not-https') return { ok: false, error: describeLoadError({ kind: 'not-https' }) };
  return { ok: true, url: text };
}

export function AddSchool(props: AddSchoolProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [address, setAddress] = useState(props.initialAddress ?? '');
  const [dragging, setDragging] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';

  useEffect(() => {
    if (stage.kind === 'saved') statusRef.current?.focus();
  }, [stage.kind]);

  const settle = (result: LoadResult, address?: string) => {
    if (result.ok) setStage({ kind: 'preview', config: result.config, from: result.url });
    else setStage({ kind: 'choose', error: describeLoadError(result.error, address) });
  };

  const onUrl = (event: Event) => {
    event.preventDefault();
    const parsed = addressFrom(address);
    if (!parsed.ok) return setStage({ kind: 'choose', error: parsed.error });
    setStage({ kind: 'loading' });
    // loadUrl asks for the permission first, while the click still counts as the parent's
    void props.loadUrl(parsed.url).then((r) => settle(r, parsed.url), () => settle({ ok: false, error: { kind: 'not-url' } }));
  };

  const onFile = (file: File | undefined | null) => {
    if (!file) return setStage({ kind: 'choose', error: describeLoadError({ kind: 'not-a-file' }) });
    setStage({ kind: 'loading' });
    void props.loadFile(file).then(settle, () => settle({ ok: false, error: { kind: 'empty' } }));
  };

  if (stage.kind === 'preview') {
    return (
      <SchoolPreview
        config={stage.config}
        from={stage.from}
        replaces={props.existingKeys.includes(props.keyFor(stage.config, stage.from))}
        headingLevel={props.headingLevel}
        onCancel={() => setStage({ kind: 'choose' })}
        onConfirm={async (picked) => {
          await props.save(stage.config, { picked, from: stage.from });
          setStage({ kind: 'saved', name: stage.config.school.name });
          setAddress('');
          props.onSaved?.(stage.config.school.name);
        }}
      />
    );
  }

  if (stage.kind === 'saved') {
    return (
      <section class="card" aria-labelledby="add-heading">
        <Heading id="add-heading">{t('addHeading')}</Heading>
        <p role="status" tabIndex={-1} ref={statusRef} class="ok">
          {t('addSaved', stage.name)}
        </p>
        <button type="button" onClick={() => setStage({ kind: 'choose' })}>
          {t('addAnother')}
        </button>
      </section>
    );
  }

  const error = stage.kind === 'choose' ? stage.error : undefined;
  return (
    <section
      class={`card add${dragging ? ' dragging' : ''}`}
      aria-labelledby="add-heading"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFile(e.dataTransfer?.files?.[0]);
      }}
    >
      <Heading id="add-heading">{t('addHeading')}</Heading>
      <p>{props.initialAddress ? t('addFromLink') : t('addIntro')}</p>
      <form onSubmit={onUrl} noValidate>
        <label for="add-url">{t('addUrlLabel')}</label>
        <p class="hint" id="add-url-hint">
          {t('addUrlHint')}
        </p>
        <div class="row">
          <input
            id="add-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="https://"
            value={address}
            aria-describedby="add-url-hint"
            aria-invalid={error ? true : undefined}
            onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" disabled={stage.kind === 'loading' || !address.trim()}>
            {t('addUrlButton')}
          </button>
        </div>
      </form>
      <div class="file">
        <label for="add-file">{t('addFileLabel')}</label>
        <input
          id="add-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            onFile(input.files?.[0]);
            input.value = '';
          }}
        />
        <p class="hint" aria-hidden="true">
          {t('addDropHint')}
        </p>
      </div>
      <div aria-live="polite">{stage.kind === 'loading' ? <p role="status">{t('addLoading')}</p> : null}</div>
      {error ? (
        <div class="error" role="alert">
          <p>{error.message}</p>
          {error.details.length ? (
            <ul>
              {error.details.map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
