// The numbers behind the history chart, worked out by hand: which week a nudge falls in (Monday
// start, local time, across a clock change), the outcome groups, and the share edited or withdrawn.
// Run in London time, so that a clock change falls inside the 12 weeks.
import { afterAll, describe, expect, test } from 'vitest';

const previousTz = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
  process.env.TZ = previousTz;
});

const { isoWeekOf, outcomeGroup, weeklySummary, weekStart } = await import('../../../src/ui/options/history-summary.ts');
type Choice = Parameters<typeof outcomeGroup>[0];

/** Local time, months counted from 1. */
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const nudge = (when: number, choice: Choice = 'edit') => ({ at: when, choice });

// Saturday 21 November 2026, midday: its week began on Monday 16 November (ISO week 47).
const NOW = at(2026, 11, 21);

describe('weeks', () => {
  test('twelve weeks, oldest first, each starting on a Monday at midnight, the last holding now', () => {
    const { weeks } = weeklySummary([], NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.start).toBe(at(2026, 8, 31, 0));
    expect(weeks[11]!.start).toBe(at(2026, 11, 16, 0));
    expect(weeks.map((w) => w.isoWeek)).toEqual([36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47]);
    expect(weeks.every((w) => w.isoYear === 2026)).toBe(true);
    for (const w of weeks) {
      const d = new Date(w.start);
      expect([d.getDay(), d.getHours(), d.getMinutes()]).toEqual([1, 0, 0]);
    }
  });

  test('the clocks going back (Sunday 25 October 2026) do not move a week start off midnight', () => {
    const { weeks } = weeklySummary([], NOW);
    const i = weeks.findIndex((w) => w.start === at(2026, 10, 26, 0));
    expect(weeks[i - 1]!.start).toBe(at(2026, 10, 19, 0));
    // That week was 7 days and one hour long.
    expect(weeks[i]!.start - weeks[i - 1]!.start).toBe(7 * 24 * 3600_000 + 3600_000);
  });

  test('a nudge late on Sunday is in that week; one at midnight on Monday is in the next', () => {
    const { weeks } = weeklySummary(
      [
        nudge(at(2026, 11, 15, 23, 59)),
        nudge(new Date(2026, 10, 15, 23, 59, 59, 999).getTime()),
        nudge(at(2026, 11, 16, 0, 0)),
        nudge(at(2026, 10, 25, 23, 30)), // after the clocks went back: still the week of 19 October
        nudge(at(2026, 10, 26, 0, 30)),
      ],
      NOW,
    );
    const count = (y: number, m: number, d: number) => weeks.find((w) => w.start === at(y, m, d, 0))!.total;
    expect(count(2026, 11, 9)).toBe(2);
    expect(count(2026, 11, 16)).toBe(1);
    expect(count(2026, 10, 19)).toBe(1);
    expect(count(2026, 10, 26)).toBe(1);
  });

  test('nudges before the first week or after the current one are left out', () => {
    const summary = weeklySummary(
      [nudge(at(2026, 8, 30, 23, 59)), nudge(at(2026, 8, 31, 0, 0)), nudge(at(2026, 11, 22, 23)), nudge(at(2026, 11, 23, 0, 0))],
      NOW,
    );
    expect(summary.weeks[0]!.total).toBe(1);
    expect(summary.weeks[11]!.total).toBe(1); // Sunday 22nd, later this week
    expect(summary.totals.total).toBe(2);
  });

  test('now on a Monday at midnight: that day starts the last week', () => {
    const monday = at(2026, 11, 23, 0);
    expect(weekStart(monday)).toBe(monday);
    expect(weeklySummary([nudge(monday)], monday, 2).weeks.map((w) => w.total)).toEqual([0, 1]);
  });

  test('another number of weeks', () => {
    expect(weeklySummary([], NOW, 1).weeks.map((w) => w.start)).toEqual([at(2026, 11, 16, 0)]);
    expect(weeklySummary([], NOW, 52).weeks).toHaveLength(52);
  });

  test.each([
    ['2026-11-19', 2026, 47],
    ['2027-01-01', 2026, 53], // 2026 began on a Thursday: it has 53 ISO weeks
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1], // a Monday in December that is week 1 of the next year
    ['2021-01-03', 2020, 53], // a Sunday in January that is the last week of the year before
    ['2026-01-01', 2026, 1],
  ])('%s is in %i-W%i', (date, year, week) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(isoWeekOf(at(y, m, d))).toEqual({ year, week });
  });
});

describe('outcomes', () => {
  test('each choice in its group: the email counts as the complaints route', () => {
    expect((['edit', 'complaints', 'email', 'post', 'false-alarm'] as const).map(outcomeGroup)).toEqual([
      'edited',
      'complaints',
      'complaints',
      'posted',
      'falseAlarm',
    ]);
  });

  test('counts per week by group, totals, and the share edited or withdrawn', () => {
    const thisWeek = at(2026, 11, 17);
    const lastWeek = at(2026, 11, 10);
    const summary = weeklySummary(
      [
        nudge(thisWeek, 'edit'),
        nudge(thisWeek, 'edit'),
        nudge(thisWeek, 'post'),
        nudge(thisWeek, 'false-alarm'),
        nudge(lastWeek, 'edit'),
        nudge(lastWeek, 'complaints'),
        nudge(lastWeek, 'email'),
        nudge(lastWeek, 'post'),
        nudge(lastWeek, 'false-alarm'),
      ],
      NOW,
    );
    expect(summary.weeks[11]).toMatchObject({ edited: 2, complaints: 0, posted: 1, falseAlarm: 1, total: 4 });
    expect(summary.weeks[10]).toMatchObject({ edited: 1, complaints: 2, posted: 1, falseAlarm: 1, total: 5 });
    expect(summary.weeks.slice(0, 10).every((w) => w.total === 0)).toBe(true);
    expect(summary.totals).toEqual({ edited: 3, complaints: 2, posted: 2, falseAlarm: 2, total: 9 });
    // (3 edited + 2 complaints route) / (9 − 2 false alarms)
    expect(summary.shareEditedOrWithdrawn).toBe(5 / 7);
  });

  test('no nudges: all weeks empty, no share', () => {
    const summary = weeklySummary([], NOW);
    expect(summary.totals).toEqual({ edited: 0, complaints: 0, posted: 0, falseAlarm: 0, total: 0 });
    expect(summary.shareEditedOrWithdrawn).toBeNull();
  });

  test('only false alarms: counted, but no share', () => {
    const summary = weeklySummary([nudge(at(2026, 11, 17), 'false-alarm'), nudge(at(2026, 11, 3), 'false-alarm')], NOW);
    expect(summary.totals.falseAlarm).toBe(2);
    expect(summary.shareEditedOrWithdrawn).toBeNull();
  });

  test('every nudge posted anyway: a share of 0, not none', () => {
    expect(weeklySummary([nudge(at(2026, 11, 17), 'post')], NOW).shareEditedOrWithdrawn).toBe(0);
  });

  test('only nudges older than the twelve weeks: no share for the period', () => {
    expect(weeklySummary([nudge(at(2026, 3, 1), 'edit')], NOW).shareEditedOrWithdrawn).toBeNull();
  });
});
