// The pure part of the interstitial: spans → nested highlights, the excerpt of a long draft, and
// the mailto: link.
import { describe, expect, test } from 'vitest';
import { type Excerpt, highlight, MAX_SHOWN, mailtoHref, type Span } from '../../../src/ui/interstitial/highlight.ts';

const at = (draft: string, text: string, from = 0): Span => {
  const start = draft.indexOf(text, from);
  if (start < 0) throw new Error(`${text} not in draft`);
  return { start, end: start + text.length };
};

/** Every highlight as [kind(s), text]: concern blocks and the names inside them. */
function marks(draft: string, excerpts: Excerpt[]): [string, string][] {
  const out: [string, string][] = [];
  for (const e of excerpts)
    for (const b of e.blocks) {
      if (b.concerns) out.push([b.concerns.join('+'), draft.slice(b.start, b.end)]);
      for (const p of b.pieces) if (p.names) out.push([`name:${p.names.join('+')}`, draft.slice(p.start, p.end)]);
    }
  return out;
}

/** Concatenating every piece must give back exactly the shown part of the draft. */
function rebuilt(draft: string, e: Excerpt): string {
  return e.blocks.flatMap((b) => b.pieces.map((p) => draft.slice(p.start, p.end))).join('');
}

describe('highlight', () => {
  test('names and concerns land on exactly their substrings', () => {
    const draft = 'Mr Wood is an idiot and Brook Lane never listens.';
    const [excerpt, ...rest] = highlight(draft, {
      mentions: [
        { kind: 'staff', ...at(draft, 'Mr Wood') },
        { kind: 'school', ...at(draft, 'Brook Lane') },
      ],
      concerns: [
        { kind: 'abuse', ...at(draft, 'idiot') },
        { kind: 'complaint', ...at(draft, 'never listens') },
      ],
    });
    expect(rest).toEqual([]);
    expect(excerpt).toMatchObject({ start: 0, end: draft.length });
    expect(rebuilt(draft, excerpt!)).toBe(draft);
    expect(marks(draft, [excerpt!])).toEqual([
      ['name:staff', 'Mr Wood'],
      ['abuse', 'idiot'],
      ['name:school', 'Brook Lane'],
      ['complaint', 'never listens'],
    ]);
  });

  test('overlapping concerns merge into one highlight with every kind, in a fixed order', () => {
    const draft = 'Honestly they are useless, nobody answers emails.';
    const excerpts = highlight(draft, {
      mentions: [],
      concerns: [
        { kind: 'abuse', ...at(draft, 'useless, nobody') },
        { kind: 'complaint', ...at(draft, 'nobody answers') },
        { kind: 'defamation', ...at(draft, 'useless') }, // nested inside the first
      ],
    });
    expect(marks(draft, excerpts)).toEqual([['complaint+defamation+abuse', 'useless, nobody answers']]);
  });

  test('the same span reported for two kinds is one highlight', () => {
    const draft = 'Mrs Whitmore is a liar.';
    const liar = at(draft, 'liar');
    const excerpts = highlight(draft, {
      mentions: [],
      concerns: [
        { kind: 'defamation', ...liar },
        { kind: 'abuse', ...liar },
      ],
    });
    expect(marks(draft, excerpts)).toEqual([['defamation+abuse', 'liar']]);
  });

  test('adjacent spans stay separate and butt up exactly', () => {
    const draft = 'a disgrace!!pathetic';
    const excerpts = highlight(draft, {
      mentions: [],
      concerns: [
        { kind: 'complaint', ...at(draft, 'disgrace!!') },
        { kind: 'abuse', ...at(draft, 'pathetic') },
      ],
    });
    expect(marks(draft, excerpts)).toEqual([
      ['complaint', 'disgrace!!'],
      ['abuse', 'pathetic'],
    ]);
    expect(rebuilt(draft, excerpts[0]!)).toBe(draft);
  });

  test('a name inside a concern phrase is nested in it', () => {
    const draft = "I'll be waiting for Mr Wood at the gate.";
    const excerpts = highlight(draft, {
      mentions: [{ kind: 'staff', ...at(draft, 'Mr Wood') }],
      concerns: [{ kind: 'threat', ...at(draft, "I'll be waiting for Mr Wood at") }],
    });
    const block = excerpts[0]!.blocks.find((b) => b.concerns)!;
    expect(draft.slice(block.start, block.end)).toBe("I'll be waiting for Mr Wood at");
    expect(block.pieces.map((p) => [p.names?.join() ?? '', draft.slice(p.start, p.end)])).toEqual([
      ['', "I'll be waiting for "],
      ['staff', 'Mr Wood'],
      ['', ' at'],
    ]);
  });

  test('a name crossing the edge of a concern is split, not lost', () => {
    const draft = 'The head Mrs Whitmore lies.';
    const excerpts = highlight(draft, {
      mentions: [{ kind: 'staff', ...at(draft, 'Mrs Whitmore') }],
      concerns: [{ kind: 'defamation', ...at(draft, 'Whitmore lies') }],
    });
    const names = marks(draft, excerpts).filter(([k]) => k.startsWith('name'));
    expect(names.map(([, text]) => text).join('')).toBe('Mrs Whitmore');
    expect(rebuilt(draft, excerpts[0]!)).toBe(draft);
  });

  test('emoji (surrogate pairs) before a span do not shift it', () => {
    const draft = '😡😡 👩‍👧 Mrs Whitmore is a liar 🤥 and Brook Lane is a joke';
    const excerpts = highlight(draft, {
      mentions: [
        { kind: 'staff', ...at(draft, 'Mrs Whitmore') },
        { kind: 'school', ...at(draft, 'Brook Lane') },
      ],
      concerns: [
        { kind: 'defamation', ...at(draft, 'liar') },
        { kind: 'complaint', ...at(draft, 'is a joke') },
      ],
    });
    expect(marks(draft, excerpts)).toEqual([
      ['name:staff', 'Mrs Whitmore'],
      ['defamation', 'liar'],
      ['name:school', 'Brook Lane'],
      ['complaint', 'is a joke'],
    ]);
    expect(rebuilt(draft, excerpts[0]!)).toBe(draft);
  });

  test('spans outside the draft or empty are ignored, never thrown on', () => {
    const draft = 'Brook Lane';
    const excerpts = highlight(draft, {
      mentions: [
        { kind: 'school', start: 0, end: 10 },
        { kind: 'staff', start: 5, end: 5 },
      ],
      concerns: [{ kind: 'complaint', start: 8, end: 400 }],
    });
    expect(rebuilt(draft, excerpts[0]!)).toBe(draft);
    expect(marks(draft, excerpts)).toEqual([
      ['name:school', 'Brook La'],
      ['complaint', 'ne'],
      ['name:school', 'ne'],
    ]);
  });
});

describe('excerpt of a long draft', () => {
  const filler = (n: number, word = 'Lorem ipsum dolor sit amet') =>
    Array.from({ length: n }, (_, i) => `${word} number ${i}.`).join(' ');

  test(`a draft of ${MAX_SHOWN} characters or fewer is shown whole`, () => {
    const draft = 'x'.repeat(MAX_SHOWN);
    expect(highlight(draft, { mentions: [], concerns: [] }).map(({ start, end }) => [start, end])).toEqual([[0, MAX_SHOWN]]);
  });

  test('5,000 characters: the sentences holding the highlights, at most ~600 characters, highlights intact', () => {
    const middle = 'Mrs Whitmore is a liar and everyone knows it.';
    const later = 'Brook Lane is a joke.';
    let draft = `${filler(60)} ${middle} ${filler(40)} ${later} ${filler(60)}`;
    draft = draft.slice(0, 5000);
    expect(draft.length).toBe(5000);
    const mentions = [
      { kind: 'staff' as const, ...at(draft, 'Mrs Whitmore') },
      { kind: 'school' as const, ...at(draft, 'Brook Lane') },
    ];
    const concerns = [
      { kind: 'defamation' as const, ...at(draft, 'liar') },
      { kind: 'complaint' as const, ...at(draft, 'is a joke') },
    ];
    const excerpts = highlight(draft, { mentions, concerns });
    const shown = excerpts.reduce((n, e) => n + e.end - e.start, 0);
    expect(shown).toBeLessThanOrEqual(MAX_SHOWN);
    expect(excerpts.map((e) => draft.slice(e.start, e.end))).toEqual([middle, later]);
    expect(marks(draft, excerpts)).toEqual([
      ['name:staff', 'Mrs Whitmore'],
      ['defamation', 'liar'],
      ['name:school', 'Brook Lane'],
      ['complaint', 'is a joke'],
    ]);
  });

  test('one over-long sentence: a window around the highlight, cut at spaces, never through an emoji', () => {
    const words = Array.from({ length: 700 }, (_, i) => (i % 3 ? `w${i}` : '😀')).join(' ');
    const draft = `${words} Mr Wood is an idiot ${words}`;
    const name = at(draft, 'Mr Wood');
    const insult = at(draft, 'idiot');
    const excerpts = highlight(draft, {
      mentions: [{ kind: 'staff', ...name }],
      concerns: [{ kind: 'abuse', ...insult }],
    });
    expect(excerpts).toHaveLength(1);
    const [e] = excerpts;
    expect(e!.end - e!.start).toBeLessThanOrEqual(MAX_SHOWN);
    expect(e!.end - e!.start).toBeGreaterThan(MAX_SHOWN - 50);
    expect(e!.start).toBeLessThan(name.start);
    expect(e!.end).toBeGreaterThan(insult.end);
    // Cut at word edges: the characters just outside are spaces.
    expect(draft[e!.start - 1]).toBe(' ');
    expect(draft[e!.end]).toBe(' ');
    expect(marks(draft, excerpts)).toEqual([
      ['name:staff', 'Mr Wood'],
      ['abuse', 'idiot'],
    ]);
  });

  test('a window with no spaces to cut at still never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(800); // 1,600 UTF-16 units, no spaces
    const draft = `${emoji}Brook Lane is a disgrace${emoji}`;
    for (const shift of [0, 1, 2, 3]) {
      const padded = 'x'.repeat(shift) + draft;
      const span = at(padded, 'disgrace');
      const [e] = highlight(padded, { mentions: [], concerns: [{ kind: 'complaint', ...span }] });
      expect(/^[\uDC00-\uDFFF]/.test(padded.slice(e!.start))).toBe(false);
      expect(/[\uD800-\uDBFF]$/.test(padded.slice(0, e!.end))).toBe(false);
      expect(e!.start).toBeLessThanOrEqual(span.start);
      expect(e!.end).toBeGreaterThanOrEqual(span.end);
    }
  });

  test('line breaks count as sentence ends', () => {
    const draft = `${'Nice day at the fair\n'.repeat(40)}Mr Wood is useless\n${'Cake sale on Friday\n'.repeat(40)}`;
    const excerpts = highlight(draft, {
      mentions: [{ kind: 'staff', ...at(draft, 'Mr Wood') }],
      concerns: [{ kind: 'abuse', ...at(draft, 'useless') }],
    });
    expect(excerpts.map((e) => draft.slice(e.start, e.end))).toEqual(['Mr Wood is useless']);
  });
});

describe('mailtoHref', () => {
  const draft = 'Fees & trips: £40?\nReally 😡 — 100% too much\r\nSigned, a parent';

  test('the whole draft is the body, percent-encoded as UTF-8 with CRLF line breaks', () => {
    const href = mailtoHref('office@brooklane.example.sch.uk', 'A concern', draft);
    const [address, query] = href.slice('mailto:'.length).split('?') as [string, string];
    expect(address).toBe('office@brooklane.example.sch.uk');
    const params = Object.fromEntries(query.split('&').map((p) => p.split('=') as [string, string]));
    expect(Object.keys(params)).toEqual(['subject', 'body']);
    expect(params.subject).toBe('A%20concern');
    const body = params.body!;
    // Nothing that would end or corrupt the query is left raw.
    expect(body).not.toMatch(/[ &?#\n\r£+]/);
    expect(body).toContain('Fees%20%26%20trips%3A%20%C2%A340%3F%0D%0AReally%20%F0%9F%98%A1');
    expect(body).toContain('100%25');
    expect(decodeURIComponent(body)).toBe(draft.replace(/\r?\n/g, '\r\n'));
  });

  test('odd characters in the address are encoded, the @ is not', () => {
    expect(mailtoHref('a&b?c@x.example', 's', 'b')).toMatch(/^mailto:a%26b%3Fc@x\.example\?/);
  });
});
