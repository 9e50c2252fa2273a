// The options page's history: nudges per week by what the parent chose, as stacked bars (inline
// SVG, no chart library) with a key and the same numbers in a table, and the figure that says
// whether the nudge helps: the share of nudges that led to an edited or withdrawn post.
// Props only (house style 5): the page reads the records and passes them in.
import { useId, useMemo, useState } from 'preact/hooks';
import type { NudgeRecord } from '../../storage/history.ts';
import { type MessageKey, t } from '../i18n.ts';
import { HISTORY_CSS } from './chart.css.ts';
import { type HistorySummary, OUTCOME_GROUPS, type OutcomeGroup, weeklySummary } from './history-summary.ts';

export interface HistoryProps {
  records: NudgeRecord[];
  now: number;
  /** The parent's schools by name: with more than one, a list picks whose nudges to show. */
  schools?: string[];
}

/** How many weeks the chart covers. */
export const HISTORY_WEEKS = 12;

const LABEL: Record<OutcomeGroup, MessageKey> = {
  edited: 'historyEdited',
  complaints: 'historyComplaints',
  posted: 'historyPosted',
  falseAlarm: 'historyFalseAlarm',
};

// The extension's one locale; dates follow it like the words do.
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

// The chart's own coordinates; the SVG scales to its box, down to 360 px wide.
const W = 360;
const H = 190;
const PAD = { left: 26, right: 6, top: 8, bottom: 22 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

/** Gridlines at whole numbers: four steps up to at least the tallest bar. */
export function axisTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  return [0, step, 2 * step, 3 * step, 4 * step];
}

/** A fill per outcome: colour plus a pattern (solid, stripes, dots, cross-hatch). */
function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-edited`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="sg-h-edited" width="6" height="6" />
      </pattern>
      <pattern id={`${prefix}-complaints`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="sg-h-complaints" width="6" height="6" />
        <line class="sg-h-mark" x1="0" y1="0" x2="0" y2="6" />
      </pattern>
      <pattern id={`${prefix}-posted`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="sg-h-posted" width="5" height="5" />
        <circle class="sg-h-dot" cx="2.5" cy="2.5" r="1.1" />
      </pattern>
      <pattern id={`${prefix}-falseAlarm`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="sg-h-falseAlarm" width="6" height="6" />
        <path class="sg-h-mark" d="M0 0L6 6M6 0L0 6" />
      </pattern>
    </defs>
  );
}

function Chart({ summary, prefix }: { summary: HistorySummary; prefix: string }) {
  const ticks = axisTicks(Math.max(...summary.weeks.map((w) => w.total)));
  const top = ticks[ticks.length - 1]!;
  const y = (n: number) => PAD.top + PLOT_H - (n / top) * PLOT_H;
  const slot = PLOT_W / summary.weeks.length;
  const barW = Math.max(4, slot * 0.7);
  // Every other week's date fits under its bar at 360 px; the table has them all.
  const labelEvery = summary.weeks.length > 6 ? 2 : 1;
  return (
    <svg class="sg-h-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('historyChart', summary.weeks.length)}>
      <Patterns prefix={prefix} />
      {ticks.map((tick) => (
        <g key={tick}>
          <line class={tick === 0 ? 'sg-h-axis' : 'sg-h-grid'} x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text x={PAD.left - 4} y={y(tick) + 3.5} text-anchor="end">
            {tick}
          </text>
        </g>
      ))}
      {summary.weeks.map((week, i) => {
        const x = PAD.left + i * slot + (slot - barW) / 2;
        let base = 0;
        const lines = [t('historyBarTitle', LONG_DATE.format(week.start)), ...OUTCOME_GROUPS.map((g) => t('historyCount', t(LABEL[g]), week[g]))];
        return (
          <g key={week.start} class="sg-h-bar" data-week={week.start}>
            <title>{lines.join('\n')}</title>
            {OUTCOME_GROUPS.filter((g) => week[g] > 0).map((g) => {
              const y0 = y(base);
              base += week[g];
              return <rect key={g} class="sg-h-seg" data-group={g} data-count={week[g]} x={x} width={barW} y={y(base)} height={y0 - y(base)} fill={`url(#${prefix}-${g})`} />;
            })}
            {i % labelEvery === (summary.weeks.length - 1) % labelEvery && (
              <text x={x + barW / 2} y={H - 6} text-anchor="middle">
                {SHORT_DATE.format(week.start)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function Legend({ prefix }: { prefix: string }) {
  return (
    <ul class="sg-h-legend" aria-label={t('historyLegend')}>
      {OUTCOME_GROUPS.map((g) => (
        <li key={g} data-group={g}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <rect width="16" height="16" fill={`url(#${prefix}-${g})`} />
          </svg>
          {t(LABEL[g])}
        </li>
      ))}
    </ul>
  );
}

function Table({ summary }: { summary: HistorySummary }) {
  return (
    <details>
      <summary>{t('historyTableShow')}</summary>
      {/* Focusable so that a keyboard can scroll it when it is wider than the screen. */}
      <div class="sg-h-table-wrap" tabIndex={0} role="region" aria-label={t('historyTableCaption')}>
        <table>
          <caption>{t('historyTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('historyWeek')}</th>
              {OUTCOME_GROUPS.map((g) => (
                <th key={g} scope="col">
                  {t(LABEL[g])}
                </th>
              ))}
              <th scope="col">{t('historyTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.weeks.map((week) => (
              <tr key={week.start}>
                <th scope="row">{LONG_DATE.format(week.start)}</th>
                {OUTCOME_GROUPS.map((g) => (
                  <td key={g}>{week[g]}</td>
                ))}
                <td>{week.total}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('historyAllWeeks', summary.weeks.length)}</th>
              {OUTCOME_GROUPS.map((g) => (
                <td key={g}>{summary.totals[g]}</td>
              ))}
              <td>{summary.totals.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}

function Headline({ summary }: { summary: HistorySummary }) {
  const weeks = summary.weeks.length;
  if (summary.shareEditedOrWithdrawn === null) return <p class="sg-h-figure">{t('historyShareNone', weeks)}</p>;
  const percent = Math.round(summary.shareEditedOrWithdrawn * 100);
  return (
    <>
      <p class="sg-h-figure" data-percent={percent}>
        {t('historyShare', percent, weeks)}
      </p>
      <p class="sg-h-muted">{t('historyShareBasis', summary.totals.total - summary.totals.falseAlarm)}</p>
      <p class="sg-h-muted">{t('historyShareCompare')}</p>
    </>
  );
}

export function History({ records, now, schools = [] }: HistoryProps) {
  const [school, setSchool] = useState('');
  const id = useId();
  const prefix = `sg-h-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const shown = useMemo(() => (school ? records.filter((r) => r.school === school) : records), [records, school]);
  const summary = useMemo(() => weeklySummary(shown, now, HISTORY_WEEKS), [shown, now]);

  return (
    <section class="sg-h" aria-labelledby={`${prefix}-heading`}>
      <style>{HISTORY_CSS}</style>
      <h2 id={`${prefix}-heading`}>{t('historyHeading')}</h2>
      <p>{t('historyIntro')}</p>
      {schools.length > 1 && (
        <p class="sg-h-filter">
          <label for={`${prefix}-school`}>{t('historySchool')}</label>
          <select id={`${prefix}-school`} value={school} onChange={(e) => setSchool(e.currentTarget.value)}>
            <option value="">{t('historyAllSchools')}</option>
            {schools.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </p>
      )}
      {records.length === 0 ? (
        <p class="sg-h-empty">{t('historyEmpty')}</p>
      ) : summary.totals.total === 0 ? (
        <p class="sg-h-empty">{t('historyEmptyPeriod', HISTORY_WEEKS)}</p>
      ) : (
        <>
          <Headline summary={summary} />
          <Chart summary={summary} prefix={prefix} />
          <Legend prefix={prefix} />
          <Table summary={summary} />
        </>
      )}
      <p class="sg-h-muted">{t('historyKept')}</p>
    </section>
  );
}
