// The pause shown before a parent posts a draft that names the school or its staff and complains,
// accuses or abuses. It explains, quotes the school's own code and offers the complaints route;
// every way out is one click, and the draft is only ever shown, never changed.
// Props only: no browser APIs, storage or network, so it renders in a unit test (house style 5).
import { Fragment, type TargetedKeyboardEvent, type TargetedMouseEvent } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../i18n.ts';
import { CONCERN_ORDER, type ConcernKind, type Excerpt, highlight, mailtoHref, type MentionKind } from './highlight.ts';

export interface InterstitialProps {
  /** The draft exactly as typed. */
  draft: string;
  mentions: { kind: MentionKind; id?: string; text: string; start: number; end: number }[];
  concerns: { kind: ConcernKind; start: number; end: number }[];
  /** Quoted verbatim, most relevant first. */
  clauses: { id: string; text: string }[];
  schoolName: string;
  code: { title: string; url?: string };
  complaints: { label?: string; url?: string; email?: string };
  channel: 'post' | 'comment' | 'message';
  /** The parent has seen several nudges: a shorter version, as platforms' own repeat nudges get. */
  compact: boolean;
  onEdit(): void;
  onComplaints(): void;
  onEmail(): void;
  onPostAnyway(): void;
  onFalseAlarm(): void;
}

const CONCERN_LINE: Record<ConcernKind, MessageKey> = {
  complaint: 'interstitialConcernComplaint',
  defamation: 'interstitialConcernDefamation',
  abuse: 'interstitialConcernAbuse',
  threat: 'interstitialConcernThreat',
};

const CONCERN_MARK: Record<ConcernKind, MessageKey> = {
  complaint: 'interstitialMarkComplaint',
  defamation: 'interstitialMarkDefamation',
  abuse: 'interstitialMarkAbuse',
  threat: 'interstitialMarkThreat',
};

const EDIT: Record<InterstitialProps['channel'], MessageKey> = {
  post: 'interstitialEditPost',
  comment: 'interstitialEditComment',
  message: 'interstitialEditMessage',
};

const FOCUSABLE = 'a[href], button:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** What Tab can reach, in document order; the inside of a closed <details> cannot take focus. */
function focusables(panel: HTMLElement): HTMLElement[] {
  return [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    const closed = el.closest('details:not([open])');
    return !closed || (el.tagName === 'SUMMARY' && el.parentElement === closed);
  });
}

/**
 * The draft with its highlights. The label screen readers announce ("name", "complaint") sits in a
 * data attribute that the stylesheet reads out through ::before, so the marks' text is exactly the
 * draft's and copying it copies only the draft.
 */
function DraftText({ draft, excerpts }: { draft: string; excerpts: Excerpt[] }) {
  const last = excerpts[excerpts.length - 1];
  return (
    <p class="sg-draft-text">
      {excerpts.map((excerpt, i) => (
        <Fragment key={excerpt.start}>
          {(i > 0 || excerpt.start > 0) && <span class="sg-gap">{i > 0 ? ' … ' : '… '}</span>}
          {excerpt.blocks.map((block) => {
            const pieces = block.pieces.map((p) =>
              p.names ? (
                <mark key={p.start} class="sg-name" data-kind={p.names.join(' ')} data-label={t('interstitialMarkName')}>
                  {draft.slice(p.start, p.end)}
                </mark>
              ) : (
                draft.slice(p.start, p.end)
              ),
            );
            if (!block.concerns) return pieces;
            const label = block.concerns.map((k) => t(CONCERN_MARK[k])).join(', ');
            return (
              <mark
                key={block.start}
                class={`sg-concern ${block.concerns.map((k) => `sg-${k}`).join(' ')}`}
                data-label={label}
              >
                {pieces}
              </mark>
            );
          })}
        </Fragment>
      ))}
      {last && last.end < draft.length && <span class="sg-gap"> …</span>}
    </p>
  );
}

function Clause({ clause }: { clause: { id: string; text: string } }) {
  return (
    <figure class="sg-clause">
      <blockquote>
        <p>{clause.text}</p>
      </blockquote>
      <figcaption>{t('interstitialClause', clause.id)}</figcaption>
    </figure>
  );
}

function NewTab() {
  return <span class="sg-sr">{` ${t('interstitialNewTab')}`}</span>;
}

export function Interstitial(props: InterstitialProps) {
  const { draft, clauses, code, complaints, channel, compact } = props;
  const edit = useRef<HTMLButtonElement>(null);
  // Layout effect, not effect: focus is on "Edit" as soon as the dialog is in the page, before a
  // keystroke meant for the editor can reach the site behind.
  useLayoutEffect(() => edit.current?.focus({ preventScroll: true }), []);

  const excerpts = highlight(draft, props);
  const excerpted = excerpts.length !== 1 || excerpts[0]!.start > 0 || excerpts[0]!.end < draft.length;
  const kinds = CONCERN_ORDER.filter((k) => props.concerns.some((c) => c.kind === k));
  const message = channel === 'message';
  const [first, ...others] = clauses;

  function onKeyDown(event: TargetedKeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onEdit();
      return;
    }
    if (event.key !== 'Tab') return;
    // Every Tab is handled here so focus cycles inside the dialog the same way in every browser
    // and never reaches the page behind. Inside a shadow root, document.activeElement is the host;
    // the root node knows which element really has focus.
    const items = focusables(event.currentTarget);
    if (items.length === 0) return;
    event.preventDefault();
    const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
    const index = items.indexOf(root.activeElement as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : (index + 1) % items.length;
    items[next]!.focus();
  }

  // A click on the backdrop must not move focus out of the dialog (an alertdialog is not dismissed
  // by clicking outside it).
  function onBackdropDown(event: TargetedMouseEvent<HTMLDivElement>) {
    if (event.target === event.currentTarget) event.preventDefault();
  }

  const concernLines = kinds.map((k) => <li key={k}>{t(CONCERN_LINE[k])}</li>);

  return (
    <div class="sg-backdrop" onMouseDown={onBackdropDown}>
      <div
        class={compact ? 'sg-panel sg-compact' : 'sg-panel'}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sg-heading"
        aria-describedby="sg-summary"
        onKeyDown={onKeyDown}
      >
        <div class="sg-body">
          <h2 id="sg-heading">
            {t(message ? 'interstitialHeadingMessage' : 'interstitialHeading', props.schoolName)}
          </h2>
          <div id="sg-summary" class="sg-summary">
            {!compact && <p>{t('interstitialSummary')}</p>}
            <ul class="sg-concerns">{concernLines}</ul>
          </div>

          <figure class="sg-draft">
            <figcaption>{t(excerpted ? 'interstitialDraftExcerptLabel' : 'interstitialDraftLabel')}</figcaption>
            <DraftText draft={draft} excerpts={excerpts} />
            {excerpted && <p class="sg-note">{t('interstitialExcerptNote')}</p>}
            {!compact && (
              <p class="sg-legend" aria-hidden="true">
                <mark class="sg-name">{t('interstitialLegendName')}</mark>{' '}
                <mark class="sg-concern">{t('interstitialLegendConcern')}</mark>
              </p>
            )}
          </figure>

          {first && (
            <section class="sg-code" aria-labelledby="sg-code-heading">
              <h3 id="sg-code-heading">{t('interstitialCodeHeading', code.title)}</h3>
              <Clause clause={first} />
              {others.length > 0 &&
                (compact ? (
                  <details class="sg-more">
                    <summary>{t('interstitialShowAllClauses')}</summary>
                    {others.map((c) => (
                      <Clause key={c.id} clause={c} />
                    ))}
                  </details>
                ) : (
                  others.map((c) => <Clause key={c.id} clause={c} />)
                ))}
              {code.url && (
                <p>
                  <a href={code.url} target="_blank" rel="noopener noreferrer">
                    {t('interstitialReadCode')}
                    <NewTab />
                  </a>
                </p>
              )}
            </section>
          )}

          {!compact && (
            <details class="sg-why">
              <summary>{t('interstitialWhy')}</summary>
              <p>{t('interstitialWhySchool', props.schoolName)}</p>
              <p>{t('interstitialWhyPrivacy')}</p>
              <p>{t('interstitialWhyChoice')}</p>
            </details>
          )}
        </div>

        {/* Kept in view below the scrolling body, so the focused "Edit" button is always visible. */}
        <div class="sg-footer">
          <div class="sg-actions" role="group" aria-label={t('interstitialActions')}>
            <button type="button" class="sg-button sg-primary" ref={edit} onClick={() => props.onEdit()}>
              {t(EDIT[channel])}
            </button>
            {complaints.url && (
              <a
                class="sg-button"
                href={complaints.url}
                target="_blank"
                rel="noopener noreferrer"
                onClick={() => props.onComplaints()}
              >
                {complaints.label ?? t('interstitialComplaints')}
                <NewTab />
              </a>
            )}
            {complaints.email && (
              // target=_blank: with webmail as the mailto handler the link would otherwise replace
              // this page, and the unsent draft with it.
              <a
                class="sg-button"
                href={mailtoHref(complaints.email, t('interstitialEmailSubject'), draft)}
                target="_blank"
                rel="noopener noreferrer"
                onClick={() => props.onEmail()}
              >
                {t('interstitialEmail')}
              </a>
            )}
            <button type="button" class="sg-button sg-quiet" onClick={() => props.onPostAnyway()}>
              {t(message ? 'interstitialSendAnyway' : 'interstitialPostAnyway')}
            </button>
          </div>
          <p class="sg-false-alarm">
            <button type="button" class="sg-text-button" onClick={() => props.onFalseAlarm()}>
              {t('interstitialFalseAlarm')}
            </button>
          </p>
        </div>
      </div>
    </div>
  );
}
