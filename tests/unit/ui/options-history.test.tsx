// @vitest-environment happy-dom
// The options page's history section, rendered: the headline figure, the chart's bars and key,
// the table with the same numbers, the empty states, and picking one school's nudges.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { Choice } from '../../../src/messages.ts';
import type { NudgeRecord } from '../../../src/storage/history.ts';
import { axisTicks, History, type HistoryProps } from '../../../src/ui/options/History.tsx';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function mount(props: HistoryProps): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<History {...props} />, container));
  cleanup = () => {
    render(null, container);
    container.remove();
  };
  return container;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Local time, months counted from 1. */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
// Saturday 21 November 2026: the last week shown began on Monday 16 November.
const NOW = at(2026, 11, 21);
const BROOK = 'Brook Lane Primary School';
const LOW_ASH = 'Low Ash Primary School';

function nudge(when: number, choice: Choice, school = BROOK): NudgeRecord {
  return { at: when, site: 'facebook', school, clauses: ['2.1'], concerns: ['complaint'], choice };
}

// This week: 2 edited, 1 posted, 1 false alarm. Last week: 1 edited, complaints + email, 1 posted,
// 1 false alarm (at Low Ash). So 3 edited + 2 complaints route out of 7 that were not false alarms.
const RECORDS: NudgeRecord[] = [
  nudge(at(2026, 11, 17), 'edit'),
  nudge(at(2026, 11, 18), 'edit'),
  nudge(at(2026, 11, 19), 'post'),
  nudge(at(2026, 11, 20), 'false-alarm'),
  nudge(at(2026, 11, 10), 'edit', LOW_ASH),
  nudge(at(2026, 11, 10), 'complaints', LOW_ASH),
  nudge(at(2026, 11, 11), 'email'),
  nudge(at(2026, 11, 12), 'post', LOW_ASH),
  nudge(at(2026, 11, 13), 'false-alarm', LOW_ASH),
];

describe('with nudges', () => {
  test('the headline figure, what it was counted from, the comparison and how long it is kept', () => {
    const root = mount({ records: RECORDS, now: NOW });
    expect(text(root.querySelector('h2'))).toBe('Your nudges');
    // 5 / 7 = 71.4 %
    expect(text(root.querySelector('.sg-h-figure'))).toBe('71% of nudges in the last 12 weeks led to an edited or withdrawn post.');
    expect(root.textContent).toContain('Nudges counted: 7.');
    expect(root.textContent).toContain('20–50%');
    expect(root.textContent).toContain('Kept for 12 months, then deleted.');
    expect(root.textContent).toContain('It never keeps what you wrote.');
  });

  test('a bar per week, stacked by outcome, each segment as tall as its count', () => {
    const root = mount({ records: RECORDS, now: NOW });
    const svg = root.querySelector('svg.sg-h-chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('The same numbers are in the table');
    const bars = [...svg.querySelectorAll('g.sg-h-bar')];
    expect(bars).toHaveLength(12);
    const segments = (bar: Element) => [...bar.querySelectorAll('rect.sg-h-seg')].map((r) => [r.getAttribute('data-group'), Number(r.getAttribute('data-count'))]);
    expect(segments(bars[11]!)).toEqual([
      ['edited', 2],
      ['posted', 1],
      ['falseAlarm', 1],
    ]);
    expect(segments(bars[10]!)).toEqual([
      ['edited', 1],
      ['complaints', 2],
      ['posted', 1],
      ['falseAlarm', 1],
    ]);
    expect(bars.slice(0, 10).every((b) => b.querySelectorAll('rect').length === 0)).toBe(true);

    // Axis 0..5 in steps of 2 would not reach 5: the ticks are 0, 2, 4, 6, 8.
    expect([...svg.querySelectorAll('text')].slice(0, 5).map(text)).toEqual(['0', '2', '4', '6', '8']);
    // One nudge is the same height everywhere; stacked segments touch.
    const rects = [...bars[10]!.querySelectorAll('rect')].map((r) => ({ y: Number(r.getAttribute('y')), h: Number(r.getAttribute('height')), n: Number(r.getAttribute('data-count')) }));
    const unit = rects[0]!.h / rects[0]!.n;
    for (const r of rects) expect(r.h).toBeCloseTo(unit * r.n, 6);
    for (let i = 1; i < rects.length; i++) expect(rects[i]!.y + rects[i]!.h).toBeCloseTo(rects[i - 1]!.y, 6);
    // Each segment is filled with its outcome's pattern, which the key uses too.
    const fills = [...bars[10]!.querySelectorAll('rect')].map((r) => r.getAttribute('fill')!);
    for (const fill of fills) expect(svg.querySelector(`pattern#${/url\(#(.+)\)/.exec(fill)![1]}`)).not.toBeNull();
  });

  test('each bar tells its week and numbers on hover; dates are under every other bar, ending with this week', () => {
    const root = mount({ records: RECORDS, now: NOW });
    const bars = [...root.querySelectorAll('g.sg-h-bar')];
    expect(bars[11]!.querySelector('title')!.textContent).toBe('Week beginning 16 Nov 2026\nEdited: 2\nComplaints route: 0\nPosted anyway: 1\nNot about my school: 1');
    expect(bars.map((b) => text(b.querySelector('text')))).toEqual(['', '7 Sept', '', '21 Sept', '', '5 Oct', '', '19 Oct', '', '2 Nov', '', '16 Nov']);
  });

  test('the key names every outcome with the same pattern as the bars', () => {
    const root = mount({ records: RECORDS, now: NOW });
    const items = [...root.querySelectorAll('.sg-h-legend li')];
    expect(items.map(text)).toEqual(['Edited', 'Complaints route', 'Posted anyway', 'Not about my school']);
    const svgFills = [...root.querySelectorAll('g.sg-h-bar rect')].map((r) => r.getAttribute('fill'));
    for (const item of items) {
      const fill = item.querySelector('rect')!.getAttribute('fill');
      expect(fill).toMatch(/^url\(#.+-(edited|complaints|posted|falseAlarm)\)$/);
      expect(item.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
      expect(svgFills).toContain(fill);
    }
  });

  test('the table holds the same numbers, week by week, with totals', () => {
    const root = mount({ records: RECORDS, now: NOW });
    const details = root.querySelector('details')!;
    expect(text(details.querySelector('summary'))).toBe('Show the numbers as a table');
    const table = details.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Nudges per week, by what you chose');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Week beginning', 'Edited', 'Complaints route', 'Posted anyway', 'Not about my school', 'Total']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['31 Aug 2026', '0', '0', '0', '0', '0']);
    expect(rows[10]).toEqual(['9 Nov 2026', '1', '2', '1', '1', '5']);
    expect(rows[11]).toEqual(['16 Nov 2026', '2', '0', '1', '1', '4']);
    expect([...table.querySelectorAll('tfoot tr > *')].map(text)).toEqual(['All 12 weeks', '3', '2', '2', '2', '9']);
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(13);
  });

  test('nothing but false alarms: no figure, and a plain reason', () => {
    const root = mount({ records: [nudge(at(2026, 11, 17), 'false-alarm')], now: NOW });
    expect(text(root.querySelector('.sg-h-figure'))).toBe('Every nudge in the last 12 weeks was marked "This wasn\'t about my school", so there is no figure to show.');
    expect(root.textContent).not.toContain('20–50%');
    expect(root.querySelectorAll('g.sg-h-bar rect')).toHaveLength(1);
  });
});

describe('empty', () => {
  test('no history at all: one plain sentence, no chart, no table', () => {
    const root = mount({ records: [], now: NOW });
    expect(text(root.querySelector('.sg-h-empty'))).toBe('No nudges yet. When Schoolgate pauses a post, what you chose will show here.');
    expect(root.querySelector('svg')).toBeNull();
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toContain('Kept for 12 months, then deleted.');
  });

  test('only nudges older than 12 weeks', () => {
    const root = mount({ records: [nudge(at(2026, 5, 1), 'edit')], now: NOW });
    expect(text(root.querySelector('.sg-h-empty'))).toBe('No nudges in the last 12 weeks.');
    expect(root.querySelector('svg')).toBeNull();
  });
});

describe('siblings at different schools', () => {
  test('one school: no list to pick from', () => {
    expect(mount({ records: RECORDS, now: NOW, schools: [BROOK] }).querySelector('select')).toBeNull();
  });

  test("picking a school shows that school's nudges only; all schools again shows them all", () => {
    const root = mount({ records: RECORDS, now: NOW, schools: [BROOK, LOW_ASH] });
    const select = root.querySelector('select')!;
    expect(text(root.querySelector(`label[for="${select.id}"]`))).toBe('School');
    expect([...select.options].map((o) => o.textContent)).toEqual(['All schools', BROOK, LOW_ASH]);
    const totals = () => [...root.querySelectorAll('tfoot td')].map(text);

    act(() => {
      select.value = LOW_ASH;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Low Ash: 1 edited, 1 complaints, 1 posted, 1 false alarm → 2 of 3.
    expect(totals()).toEqual(['1', '1', '1', '1', '4']);
    expect(text(root.querySelector('.sg-h-figure'))).toBe('67% of nudges in the last 12 weeks led to an edited or withdrawn post.');

    act(() => {
      select.value = BROOK;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Brook Lane: 2 edited, the email, 1 posted, 1 false alarm → 3 of 4.
    expect(totals()).toEqual(['2', '1', '1', '1', '5']);
    expect(text(root.querySelector('.sg-h-figure'))).toBe('75% of nudges in the last 12 weeks led to an edited or withdrawn post.');

    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(totals()).toEqual(['3', '2', '2', '2', '9']);
  });
});

test.each([
  [0, [0, 1, 2, 3, 4]],
  [1, [0, 1, 2, 3, 4]],
  [4, [0, 1, 2, 3, 4]],
  [5, [0, 2, 4, 6, 8]],
  [13, [0, 4, 8, 12, 16]],
])('axis for a tallest bar of %i: %j', (max, ticks) => {
  expect(axisTicks(max)).toEqual(ticks);
});
