// Clause extraction on the five seed documents (issue 6's bar), on codes in other layouts, and on
// input that is not a code at all.
import { describe, expect, test } from 'vitest';
import { parseSchoolConfigValue, TOPICS } from '../../../src/config/index.ts';
import { extractPolicy } from '../../../src/config/policy/index.ts';
import { PRESETS, type PresetId } from '../../../src/config/presets/index.ts';
import { evaluatePolicies } from '../../../src/dev/policy-eval.ts';
import { fixture } from '../config/helpers.ts';

const scores = evaluatePolicies();
const seeds = scores.filter((s) => s.set === 'seeds');

/** "2.1a" → "2.1", "3.b" → "3": the numbered clause or heading a bullet belongs to. */
const barId = (id: string) => id.replace(/\.?[a-z]$/, '');
const unique = (list: string[]) => [...new Set(list)];

/** The document's words in order without layout (as the presets test reads them). */
const words = (text: string) =>
  text
    .replace(/[\uF0B7\u2022]/g, ' ')
    .replace(/\*+([^*]+?)\*+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(seeds.map((s) => [s.file, s] as const))('seed %s', (file, s) => {
  test('finds the clauses numbered as in the document (the bar of issue 6)', () => {
    expect(s.extraction.kind).toBe(s.expected.kind);
    expect(s.extraction.clauses.map((c) => c.id)).toEqual(s.expected.clauses.map(([id]) => id));
    if (s.expected.bar?.length) expect(unique(s.extraction.clauses.map((c) => barId(c.id)))).toEqual(s.expected.bar);
  });

  test('quotes each clause word for word, line breaks repaired', () => {
    const seed = words(fixture(`seeds/${file}`));
    for (const clause of s.extraction.clauses) {
      expect(clause.text).not.toMatch(/\n|\s{2}|\uF0B7|\*\*/);
      // a bullet under a lead-in is "lead-in: bullet"; both halves are in the document
      for (const part of clause.text.split(/(?<=:) (?=[A-Z])/)) expect(seed).toContain(words(part));
    }
  });

  test('finds the title, date and names the document gives', () => {
    if (s.expected.title) expect(s.extraction.title).toBe(s.expected.title);
    if (s.expected.approved) expect(s.extraction.approved).toBe(s.expected.approved);
    if (s.expected.name) expect(s.extraction.name).toBe(s.expected.name);
    expect(s.extraction.schools).toHaveLength(s.expected.schools ?? 0);
  });
});

describe('the seeds against the hand-made presets', () => {
  test.each(seeds.filter((s) => (s.expected as { preset?: string }).preset).map((s) => [(s.expected as { preset?: PresetId }).preset!, s] as const))(
    '%s: same ids, same text',
    (preset, s) => {
      const parsed = parseSchoolConfigValue(PRESETS[preset]);
      if (!parsed.ok) throw new Error('preset invalid');
      expect(s.extraction.clauses.map(({ id, text }) => ({ id, text }))).toEqual(parsed.config.code.clauses.map(({ id, text }) => ({ id, text })));
    },
  );

  test('the letters appended to codes are not clauses (Halton primary, Low Ash)', () => {
    for (const s of seeds.filter((x) => /^00[02]/.test(x.file))) {
      expect(s.extraction.clauses.some((c) => /Dear|Yours sincerely|Kind regards|legal options/.test(c.text))).toBe(false);
    }
  });

  test('the Halton secondary letter alone yields its four bullet points, and says it is a letter', () => {
    const letter = seeds.find((s) => s.file.startsWith('003'))!.extraction;
    expect(letter.kind).toBe('list');
    expect(letter.notes).toContainEqual({ kind: 'list-only', letter: true });
    expect(letter.clauses.map((c) => c.text.replace(/^.*avoid: /, ''))).toEqual([
      'Sending abusive messages to parents or teachers',
      'Sending abusive messages about parents and teachers',
      "Posting defamatory 'statuses' about other parents, pupils, teachers or the school/college",
      "Using social media to complain or post any grievances about the school's values and methods",
    ]);
  });

  test('a trust lists its schools; the list matches the Halton secondary preset', () => {
    const secondary = seeds.find((s) => s.file.startsWith('001'))!.extraction;
    const preset = parseSchoolConfigValue(PRESETS['halton-secondary']);
    if (!preset.ok) throw new Error('preset invalid');
    expect(secondary.schools).toEqual(preset.config.schools?.map((s) => s.name));
  });
});

describe.each(scores.filter((s) => s.set !== 'seeds').map((s) => [`${s.set}/${s.file}`, s] as const))('own code %s', (_name, s) => {
  test('ids, kind, title and quoted text as expected', () => {
    expect(s.extraction.kind).toBe(s.expected.kind);
    expect(s.extraction.clauses.map((c) => c.id)).toEqual(s.expected.clauses.map(([id]) => id));
    if (s.expected.title) expect(s.extraction.title).toBe(s.expected.title);
    if (s.expected.approved) expect(s.extraction.approved).toBe(s.expected.approved);
    if (s.expected.name) expect(s.extraction.name).toBe(s.expected.name);
    for (const [id, text] of Object.entries(s.expected.texts ?? {})) expect(s.extraction.clauses.find((c) => c.id === id)?.text).toBe(text);
  });
});

describe('layouts, one at a time', () => {
  const ids = (text: string) => extractPolicy(text).clauses.map((c) => c.id);
  const texts = (text: string) => extractPolicy(text).clauses.map((c) => c.text);

  test.each([
    ['numbered headings, dotted clauses', '1. Scope\n1.1 One.\n1.2 Two.\n2. Conduct\n2.1 Three.', ['1.1', '1.2', '2.1']],
    ['"Section 1" headings', 'Section 1: Scope\n1.1 One.\nSection 2 – Conduct\n2.1 Two.', ['1.1', '2.1']],
    ['roman headings, lettered bullets', 'I. SCOPE\nThis applies to all.\nII. CONDUCT\nParents must not:\na) post abuse;\nb) complain online.', ['I.a', 'II.a', 'II.b']],
    ['bullets under a dotted clause', '2. Conduct\n2.1 Parents must not:\n• post abuse\n• complain online\n2.2 Thanks.', ['2.1a', '2.1b', '2.2']],
    ['bullets under a heading', '3. Messaging\n- Be kind in chats.\n- Do not post rumours.', ['3.a', '3.b']],
    ['single numbers restarting under headings', '1. Posts\n1) Be kind.\n2) Be fair.\n2. Chats\n1) Be brief.', ['1.1', '1.2', '2.1']],
    ['single numbers running through', 'Posts\n1. Be kind to all.\n2. Be fair to all.\nChats\n3. Be brief in chats.', ['1', '2', '3']],
    ['a number alone on its line', '4.\nConduct online\n4.1\nParents must be kind online.', ['4.1']],
    ['bullets alone (a letter)', 'Dear Parents,\nPlease avoid:\n• abuse\n• rumours\nYours sincerely,', ['1', '2']],
    ['"1.0" headings', '1.0 Introduction\n1.1 One.\n2.0 Expectations\n2.1 Two.\n2.2 Three.', ['1.1', '2.1', '2.2']],
    ['Word\'s "o" second-level bullets', '5. Chats\n5.1 Group chats:\no Keep them kind.\no Keep them short.', ['5.1a', '5.1b']],
  ])('%s', (_what, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('a PDF copy: wrapped lines joined, a split word mended, e-safety kept', () => {
    expect(texts('1. Conduct\n1.1 Parents should not make false alle-\ngations about staff, or post about e-\nsafety lessons.')).toEqual([
      'Parents should not make false allegations about staff, or post about e-safety lessons.',
    ]);
  });

  test('a PDF copied double-spaced, broken across a page, with a running footer and page numbers', () => {
    const page = (n: number) => `\n\nOakfield Primary – Code of Conduct\n\nPage ${n} of 3\n\n`;
    const text = `1. Conduct\n\n1.1 Parents must not post\n\nabusive comments${page(1)}about staff.\n\n1.2 Parents must not post\n\nanonymously.${page(2)}2. Review\n\n2.1 We review this code each year.${page(3)}`;
    expect(extractPolicy(text).clauses.map((c) => [c.id, c.text])).toEqual([
      ['1.1', 'Parents must not post abusive comments about staff.'],
      ['1.2', 'Parents must not post anonymously.'],
      ['2.1', 'We review this code each year.'],
    ]);
  });

  test('the prose after a numbered list in a letter is not part of its last item', () => {
    const text = 'Dear Parents,\n\nPlease follow these rules:\n\n1. Please be kind online.\n2. Please do not post under a false name.\n\nIf posts continue, we will ask for them to be removed.\n\nYours faithfully,';
    expect(texts(text)).toEqual(['Please be kind online.', 'Please do not post under a false name.']);
  });

  test('a contents page is not the code', () => {
    const text = 'Contents\n1. Scope 2\n2. Conduct 2\n3. Review 3\n\n1. Scope\n1.1 This code applies to parents.\n2. Conduct\n2.1 Be kind.\n3. Review\n3.1 We review it yearly.';
    expect(ids(text)).toEqual(['1.1', '2.1', '3.1']);
  });

  test('a letter before the code does not hide it', () => {
    const text = 'Dear Parents,\nPlease note:\n• the code below\nYours sincerely,\nMrs Patel\n\n1. Conduct\n1.1 Be kind online.\n1.2 Do not post abuse.\n2. Review\n2.1 Yearly.';
    expect(ids(text)).toEqual(['1.1', '1.2', '2.1']);
  });

  test('a prose letter has no code, and says so', () => {
    const result = extractPolicy('Dear Parents,\n\nWe have a new code of conduct. Please read it on our website.\n\nKind regards,\nThe Office');
    expect(result.kind).toBe('none');
    expect(result.clauses).toEqual([]);
    expect(result.notes).toEqual([{ kind: 'no-code', letter: true }]);
  });

  test('duplicate numbers in a document get ids of their own', () => {
    const result = extractPolicy('1. Conduct\n1.1 One thing.\n1.1 Another thing.');
    expect(result.clauses.map((c) => c.id)).toEqual(['1.1', '1.1 (2)']);
    expect(result.notes).toContainEqual({ kind: 'duplicate-id', id: '1.1', renamed: '1.1 (2)' });
  });

  test('at most 200 clauses, with a note of how many there were', () => {
    const text = Array.from({ length: 250 }, (_, i) => `${Math.floor(i / 50) + 1}.${(i % 50) + 1} Clause number ${i}.`).join('\n');
    const result = extractPolicy(text);
    expect(result.clauses).toHaveLength(200);
    expect(result.notes).toContainEqual({ kind: 'too-many', found: 250 });
  });
});

describe('odd input never throws', () => {
  // a small deterministic generator, so a failure can be replayed
  function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (s * 1664525 + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }
  const PIECES = ['1.', '2.1', '- ', '• ', '\uF0B7', 'a) ', '(ii) ', 'Section 3', 'IV. ', '\n', '\n\n', '\t', ' ', ':', 'Dear Parents', 'Yours sincerely', 'Contents', 'Page 2 of 9', '**', '*', '[x](https://a.b)', 'defamatory', 'WhatsApp', 'such as', 'the', '\u00A0', '\u200B', 'é', '😀', '\r\n', 'o ', '12', '-\n'];
  const seedText = [0, 1, 2, 3, 4].map((i) => fixture(`seeds/${['000_50299d408bdf1cfc', '001_fe0829aa5663fd13', '002_e47b2679d26d7f27', '003_43146e1bbfd0eb4c', '004_7f16de156a41da59'][i]}.txt`));

  function check(input: unknown): void {
    const result = extractPolicy(input);
    const idsSeen = new Set<string>();
    for (const clause of result.clauses) {
      expect(clause.id.trim()).not.toBe('');
      expect(idsSeen.has(clause.id.toLowerCase())).toBe(false);
      idsSeen.add(clause.id.toLowerCase());
      expect(clause.topics.length).toBeGreaterThan(0);
      for (const topic of clause.topics) expect(TOPICS).toContain(topic);
    }
    expect(result.clauses.length).toBeLessThanOrEqual(200);
  }

  test('not text at all', () => {
    for (const input of [undefined, null, 42, {}, [], '', ' ', '\n\n\n', '\uFEFF']) check(input);
  });

  test('random pieces of layout', () => {
    const next = random(6);
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(next() * 60);
      check(Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
    }
  });

  test('seed documents cut, shuffled and spliced', () => {
    const next = random(60);
    for (let n = 0; n < 60; n++) {
      const lines = seedText[n % 5]!.split('\n');
      const cut = lines.filter(() => next() > 0.3);
      for (let i = cut.length - 1; i > 0 && next() > 0.5; i--) {
        const j = Math.floor(next() * (i + 1));
        [cut[i], cut[j]] = [cut[j]!, cut[i]!];
      }
      check(cut.join(next() > 0.5 ? '\n' : '\r\n'));
    }
  });

  test('large and pathological input stays fast', () => {
    const cases = ['such as '.repeat(50_000), 'word-\n'.repeat(50_000), '- a\n'.repeat(50_000), seedText.join('\n').repeat(10), '['.repeat(50_000) + '](' + 'a'.repeat(50_000)];
    for (const text of cases) {
      const started = performance.now();
      check(text);
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });
});
