// What the history chart shows, worked out from the stored nudges: counts per week (ISO weeks,
// Monday to Sunday, in the parent's local time) by what the parent did, and the share of nudges
// that led to an edited or withdrawn post. Pure: no DOM, no storage, so it is tested by hand.
import type { Choice } from '../../messages.ts';

/** What a nudge led to, as the chart groups it. */
export type OutcomeGroup = 'edited' | 'complaints' | 'posted' | 'falseAlarm';

/** Bottom of the stack to the top, and the order of the legend and the table's columns. */
export const OUTCOME_GROUPS: readonly OutcomeGroup[] = ['edited', 'complaints', 'posted', 'falseAlarm'];

const GROUP_OF: Record<Choice, OutcomeGroup> = {
  edit: 'edited',
  complaints: 'complaints',
  // Emailing the school is the complaints route too: the post was not made.
  email: 'complaints',
  post: 'posted',
  'false-alarm': 'falseAlarm',
};

export function outcomeGroup(choice: Choice): OutcomeGroup {
  return GROUP_OF[choice];
}

export type Counts = Record<OutcomeGroup, number> & { total: number };

export interface WeekSummary extends Counts {
  /** Monday 00:00, local time, in epoch ms. */
  start: number;
  /** The ISO week-numbering year and week (1–53). */
  isoYear: number;
  isoWeek: number;
}

export interface HistorySummary {
  /** Oldest first; the last is the week that holds `now`. */
  weeks: WeekSummary[];
  /** The sums over those weeks. */
  totals: Counts;
  /**
   * (edited + complaints route) / (nudges that were not false alarms) over those weeks: how often
   * the pause led to a post being changed or not made. Null when there is nothing to divide by.
   */
  shareEditedOrWithdrawn: number | null;
}

/** Monday 00:00 local time of the week that holds `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime();
}

/** The ISO 8601 week of a local date: the week belongs to the year of its Thursday. */
export function isoWeekOf(ms: number): { year: number; week: number } {
  const monday = new Date(weekStart(ms));
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  // Days counted by the calendar, not by 24-hour steps, so summer time does not shift them.
  const dayOfYear = Math.round((Date.UTC(year, thursday.getMonth(), thursday.getDate()) - Date.UTC(year, 0, 1)) / 86_400_000);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

function emptyCounts(): Counts {
  return { edited: 0, complaints: 0, posted: 0, falseAlarm: 0, total: 0 };
}

export function weeklySummary(records: readonly { at: number; choice: Choice }[], now: number, weeks = 12): HistorySummary {
  const last = new Date(weekStart(now));
  const list: WeekSummary[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    // Calendar arithmetic (not 7 × 24 h) so that weeks across a clock change start at midnight.
    const start = new Date(last.getFullYear(), last.getMonth(), last.getDate() - 7 * i).getTime();
    const { year, week } = isoWeekOf(start);
    list.push({ start, isoYear: year, isoWeek: week, ...emptyCounts() });
  }
  const byStart = new Map(list.map((w) => [w.start, w]));
  const totals = emptyCounts();
  for (const record of records) {
    const week = byStart.get(weekStart(record.at));
    const group = GROUP_OF[record.choice];
    if (!week || !group) continue;
    week[group]++;
    week.total++;
    totals[group]++;
    totals.total++;
  }
  const considered = totals.total - totals.falseAlarm;
  return {
    weeks: list,
    totals,
    shareEditedOrWithdrawn: considered > 0 ? (totals.edited + totals.complaints) / considered : null,
  };
}
