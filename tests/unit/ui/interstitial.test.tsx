// @vitest-environment happy-dom
// The interstitial component, rendered as the content script will render it: highlights, quoted
// clauses, the complaints routes, wording per channel, compact mode, callbacks and keyboard.
import { afterEach, describe, expect, test } from 'vitest';
import type { InterstitialProps } from '../../../src/ui/interstitial/Interstitial.tsx';
import { DRAFT, key, label, props, propsFor, show, shownDraft } from './helpers.tsx';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function mount(p: InterstitialProps) {
  const shown = show(p);
  cleanup = shown.unmount;
  return shown;
}

const buttons = (panel: HTMLElement) => [...panel.querySelectorAll('button, a.sg-button')].map(label);

describe('what it noticed', () => {
  test('the heading names the school; the summary lists each concern once, in plain words', () => {
    const p = propsFor();
    const { panel } = mount(p);
    expect(panel.querySelector('h2')!.textContent).toBe('Before you post about Brook Lane Primary School');
    const lines = [...panel.querySelectorAll('.sg-concerns li')].map((li) => li.textContent);
    // The detector found a complaint, a damaging claim and insults in DRAFT.
    expect(lines).toEqual([
      'It reads as a complaint about the school.',
      'It may state as fact something damaging about a person.',
      'It contains insults.',
    ]);
  });

  test('a threat gets its own line', () => {
    const draft = "Mr Wood is an idiot and I'll be waiting for him at the gate.";
    const { panel } = mount(propsFor(draft));
    const lines = [...panel.querySelectorAll('.sg-concerns li')].map((li) => li.textContent);
    expect(lines).toContain('It could read as a threat.');
  });

  test('a short draft is shown whole and unaltered, with every mention highlighted exactly', () => {
    const p = propsFor();
    const { panel } = mount(p);
    expect(shownDraft(panel)).toBe(DRAFT);
    expect(panel.querySelector('.sg-draft figcaption')!.textContent).toBe('Your draft');
    expect(panel.querySelector('.sg-note')).toBeNull();
    const names = [...panel.querySelectorAll('.sg-draft-text mark.sg-name')];
    expect(names.map((m) => m.textContent)).toEqual(p.mentions.map((m) => m.text));
    expect(names.map((m) => m.getAttribute('data-kind'))).toEqual(['staff', 'school']);
    expect(names.every((m) => m.getAttribute('data-label') === 'name')).toBe(true);
  });

  test('concern marks cover the detector offsets and carry a spoken label per kind', () => {
    const draft = 'Mr Wood is an idiot and Brook Lane never listens.';
    const span = (text: string) => ({ start: draft.indexOf(text), end: draft.indexOf(text) + text.length });
    const { panel } = mount(
      props({
        draft,
        mentions: [
          { kind: 'staff', text: 'Mr Wood', ...span('Mr Wood') },
          { kind: 'school', text: 'Brook Lane', ...span('Brook Lane') },
        ],
        concerns: [
          { kind: 'abuse', ...span('idiot') },
          { kind: 'defamation', ...span('idiot') },
          { kind: 'complaint', ...span('never listens') },
        ],
      }),
    );
    const concerns = [...panel.querySelectorAll('.sg-draft-text mark.sg-concern')];
    expect(concerns.map((m) => [m.textContent, m.className, m.getAttribute('data-label')])).toEqual([
      ['idiot', 'sg-concern sg-defamation sg-abuse', 'damaging claim, insult'],
      ['never listens', 'sg-concern sg-complaint', 'complaint'],
    ]);
    expect(shownDraft(panel)).toBe(draft);
  });

  test('overlapping and adjacent spans, and emoji before them, still land on the right characters', () => {
    const draft = '😡👩‍👧 Mrs Whitmore is useless,pathetic';
    const span = (text: string) => ({ start: draft.indexOf(text), end: draft.indexOf(text) + text.length });
    const { panel } = mount(
      props({
        draft,
        mentions: [{ kind: 'staff', text: 'Mrs Whitmore', ...span('Mrs Whitmore') }],
        concerns: [
          { kind: 'complaint', ...span('is useless') },
          { kind: 'abuse', ...span('useless,') }, // overlaps the complaint
          { kind: 'abuse', ...span('pathetic') }, // adjacent to it
        ],
      }),
    );
    const marks = [...panel.querySelectorAll('.sg-draft-text mark')].map((m) => m.textContent);
    expect(marks).toEqual(['Mrs Whitmore', 'is useless,', 'pathetic']);
    expect(shownDraft(panel)).toBe(draft);
  });

  test('a 5,000-character draft shows an excerpt around the highlights, with the highlights intact', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `We had a lovely week ${i}.`).join(' ');
    const draft = `${filler(100)} Mrs Whitmore is a liar. ${filler(200)}`.slice(0, 5000);
    const start = draft.indexOf('Mrs Whitmore');
    const liar = draft.indexOf('liar');
    const { panel } = mount(
      props({
        draft,
        mentions: [{ kind: 'staff', text: 'Mrs Whitmore', start, end: start + 12 }],
        concerns: [{ kind: 'defamation', start: liar, end: liar + 4 }],
      }),
    );
    const shown = shownDraft(panel);
    expect(shown.length).toBeLessThanOrEqual(600);
    expect(draft).toContain(shown);
    expect(shown).toBe('Mrs Whitmore is a liar.');
    expect([...panel.querySelectorAll('.sg-gap')].map((g) => g.textContent?.trim())).toEqual(['…', '…']);
    expect([...panel.querySelectorAll('.sg-draft-text mark')].map((m) => m.textContent)).toEqual(['Mrs Whitmore', 'liar']);
    expect(panel.querySelector('.sg-draft figcaption')!.textContent).toBe('Part of your draft');
    expect(panel.querySelector('.sg-note')!.textContent).toBe(
      'Only the relevant part is shown here. Your draft has not been changed.',
    );
  });
});

describe("the school's code", () => {
  test('clauses are quoted verbatim, most relevant first, with their ids, under the code title', () => {
    const p = propsFor();
    const { panel } = mount(p);
    const section = panel.querySelector('.sg-code')!;
    expect(section.querySelector('h3')!.textContent).toBe(
      "From the school's Social Media Code of Conduct for Parents/Carers",
    );
    const quotes = [...section.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual(p.clauses.map((c) => c.text));
    expect([...section.querySelectorAll('.sg-clause figcaption')].map((f) => f.textContent)).toEqual(
      p.clauses.map((c) => `Clause ${c.id}`),
    );
  });

  test('clause text with quotes, ampersands and line breaks is not altered', () => {
    const text = 'Parents & carers must not post “statuses” <b>about</b> staff.\nSee 2.2.';
    const { panel } = mount(props({ clauses: [{ id: '2.1a', text }] }));
    expect(panel.querySelector('blockquote')!.textContent).toBe(text);
    expect(panel.querySelector('blockquote b')).toBeNull();
  });

  test('the full code opens in a new tab when the config has its URL, and is absent otherwise', () => {
    const { panel } = mount(propsFor());
    const link = [...panel.querySelectorAll('.sg-code a')].find((a) => label(a) === 'Read the full code')!;
    expect(link.getAttribute('href')).toBe('https://brooklane.example.sch.uk/policies/social-media-code-of-conduct');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.querySelector('.sg-sr')!.textContent).toBe(' (opens in a new tab)');
    cleanup?.();
    const again = mount(propsFor(DRAFT, { code: { title: 'Code of Conduct' } }));
    expect(again.panel.querySelector('.sg-code a')).toBeNull();
  });

  test('the disclosure explains the reason, and that nothing left the device', () => {
    const { panel } = mount(propsFor());
    const why = panel.querySelector('details.sg-why')!;
    expect(why.hasAttribute('open')).toBe(false);
    expect(why.querySelector('summary')!.textContent).toBe('Why am I seeing this?');
    const text = why.textContent!;
    expect(text).toContain('Brook Lane Primary School has asked parents to raise concerns through its complaints procedure');
    expect(text).toContain('This check ran on this device. Nothing was sent anywhere');
  });
});

describe('routes to the school', () => {
  test('the complaints link goes to the config URL in a new tab, with the school label', () => {
    const { panel } = mount(propsFor());
    const link = panel.querySelector<HTMLAnchorElement>(`a.sg-button[href^="https:"]`)!;
    expect(link.getAttribute('href')).toBe('https://brooklane.example.sch.uk/policies/complaints');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(label(link)).toBe('Complaints procedure');
  });

  test('without a label the link says what it does', () => {
    const { panel } = mount(propsFor(DRAFT, { complaints: { url: 'https://example.org/complaints' } }));
    expect(buttons(panel)).toContain('Open the complaints procedure');
  });

  test('the email route is a mailto: link carrying the whole draft', () => {
    const draft = 'Mrs Whitmore is a liar & Brook Lane is a joke.\nTrips cost £40 😡';
    const p = propsFor(draft);
    const { panel } = mount(p);
    const link = panel.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(label(link)).toBe('Email the school instead');
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:office@brooklane.example.sch.uk?subject=')).toBe(true);
    const body = /[?&]body=([^&]*)/.exec(href)![1]!;
    expect(body).toContain('liar%20%26%20Brook');
    expect(body).toContain('%0D%0ATrips%20cost%20%C2%A340%20%F0%9F%98%A1');
    expect(decodeURIComponent(body)).toBe(draft.replace(/\n/g, '\r\n'));
    const subject = /[?&]subject=([^&]*)/.exec(href)![1]!;
    expect(decodeURIComponent(subject)).toBe('A concern I would like to raise');
    // Not in this tab: a webmail handler would otherwise navigate away from the unsent draft.
    expect(link.getAttribute('target')).toBe('_blank');
  });

  test('no complaints link without a URL, no email action without an email', () => {
    const onlyEmail = mount(propsFor(DRAFT, { complaints: { email: 'office@example.org' } }));
    expect(onlyEmail.panel.querySelector('a[href^="https:"].sg-button')).toBeNull();
    expect(buttons(onlyEmail.panel)).toEqual([
      'Edit my post',
      'Email the school instead',
      'Post anyway',
      "This wasn't about my school",
    ]);
    cleanup?.();
    const onlyUrl = mount(propsFor(DRAFT, { complaints: { url: 'https://example.org/c' } }));
    expect(onlyUrl.panel.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(buttons(onlyUrl.panel)).toEqual([
      'Edit my post',
      'Open the complaints procedure',
      'Post anyway',
      "This wasn't about my school",
    ]);
  });
});

describe('wording per channel', () => {
  test('messages are sent, not posted', () => {
    const { panel } = mount(propsFor(DRAFT, { channel: 'message' }));
    expect(panel.querySelector('h2')!.textContent).toBe('Before you send this message about Brook Lane Primary School');
    expect(buttons(panel)).toEqual([
      'Edit my message',
      'Complaints procedure',
      'Email the school instead',
      'Send anyway',
      "This wasn't about my school",
    ]);
  });

  test('comments are posted, and edited as comments', () => {
    const { panel } = mount(propsFor(DRAFT, { channel: 'comment' }));
    expect(panel.querySelector('h2')!.textContent).toBe('Before you post about Brook Lane Primary School');
    expect(buttons(panel)[0]).toBe('Edit my comment');
    expect(buttons(panel)).toContain('Post anyway');
  });
});

describe('compact mode', () => {
  test('one clause, the rest behind "Show all clauses"; no explanation to read again', () => {
    const p = propsFor(DRAFT, { compact: true });
    expect(p.clauses.length).toBeGreaterThan(1);
    const { panel } = mount(p);
    expect(panel.classList.contains('sg-compact')).toBe(true);
    const section = panel.querySelector('.sg-code')!;
    const outside = [...section.querySelectorAll('blockquote')].filter((q) => !q.closest('details'));
    expect(outside.map((q) => q.textContent)).toEqual([p.clauses[0]!.text]);
    const more = section.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent).toBe('Show all clauses');
    expect([...more.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual(p.clauses.slice(1).map((c) => c.text));
    expect(panel.querySelector('.sg-why')).toBeNull();
    expect(panel.querySelector('.sg-legend')).toBeNull();
    expect(shownDraft(panel)).toBe(DRAFT);
    expect(panel.querySelectorAll('.sg-draft-text mark.sg-name')).toHaveLength(2);
    expect(buttons(panel)).toEqual(buttons(mount(propsFor()).panel));
  });

  test('with a single clause there is nothing to disclose', () => {
    const { panel } = mount(props({ compact: true, clauses: [{ id: '2.2', text: 'Use the complaints procedure.' }] }));
    expect(panel.querySelector('.sg-code details')).toBeNull();
  });
});

describe('actions', () => {
  const cases: [string, keyof InterstitialProps][] = [
    ['Edit my post', 'onEdit'],
    ['Complaints procedure', 'onComplaints'],
    ['Email the school instead', 'onEmail'],
    ['Post anyway', 'onPostAnyway'],
    ["This wasn't about my school", 'onFalseAlarm'],
  ];
  const callbacks = ['onEdit', 'onComplaints', 'onEmail', 'onPostAnyway', 'onFalseAlarm'] as const;

  test.each(cases)('"%s" calls %s exactly once, and nothing else', (text, callback) => {
    const p = propsFor();
    const { panel } = mount(p);
    const target = [...panel.querySelectorAll<HTMLElement>('button, a.sg-button')].find((b) => label(b) === text)!;
    target.click();
    for (const name of callbacks) expect(p[name]).toHaveBeenCalledTimes(name === callback ? 1 : 0);
  });

  test('Escape calls onEdit once, from wherever focus is in the dialog', () => {
    const p = propsFor();
    const { panel } = mount(p);
    const event = key(panel.querySelector('summary')!, 'Escape');
    expect(p.onEdit).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(p.onPostAnyway).not.toHaveBeenCalled();
  });
});

describe('accessibility', () => {
  test('an alertdialog, modal, labelled by its heading and described by the summary', () => {
    const { panel } = mount(propsFor());
    expect(panel.getAttribute('aria-modal')).toBe('true');
    const heading = panel.querySelector(`#${panel.getAttribute('aria-labelledby')}`)!;
    expect(heading.tagName).toBe('H2');
    const summary = panel.querySelector(`#${panel.getAttribute('aria-describedby')}`)!;
    expect(summary.textContent).toContain('It reads as a complaint about the school.');
    expect(panel.querySelector('.sg-actions')!.getAttribute('aria-label')).toBe('What would you like to do?');
  });

  test('focus starts on "Edit my post", and Tab / Shift+Tab cycle inside the dialog', () => {
    const { panel } = mount(propsFor());
    const edit = panel.querySelector<HTMLElement>('.sg-primary')!;
    expect(document.activeElement).toBe(edit);
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      const event = key(document.activeElement!, 'Tab');
      expect(event.defaultPrevented).toBe(true);
      expect(panel.contains(document.activeElement)).toBe(true);
      order.push(label(document.activeElement!));
      if (document.activeElement === edit) break;
    }
    // Document order, wrapping round; the inside of the closed "Why" disclosure is skipped.
    expect(order).toEqual([
      'Complaints procedure',
      'Email the school instead',
      'Post anyway',
      "This wasn't about my school",
      'Read the full code',
      'Why am I seeing this?',
      'Edit my post',
    ]);
    key(edit, 'Tab', { shiftKey: true });
    expect(label(document.activeElement!)).toBe('Why am I seeing this?');
    // Shift+Tab on the first stop wraps round to the last.
    const first = panel.querySelector<HTMLElement>('.sg-code a')!;
    first.focus();
    key(first, 'Tab', { shiftKey: true });
    expect(label(document.activeElement!)).toBe("This wasn't about my school");
    key(document.activeElement!, 'Tab');
    expect(document.activeElement).toBe(first);
  });

  test('no text is a missing-string key', () => {
    for (const channel of ['post', 'comment', 'message'] as const)
      for (const compact of [false, true]) {
        const { panel, unmount } = show(propsFor(DRAFT, { channel, compact }));
        const attributes = [...panel.querySelectorAll('*')].flatMap((el) =>
          ['aria-label', 'data-label'].map((a) => el.getAttribute(a) ?? ''),
        );
        expect([panel.textContent, ...attributes].join(' ')).not.toMatch(/interstitial[A-Z]/);
        unmount();
      }
  });
});
