import { describe, expect, test } from 'vitest';
import { createDetector } from '../../../src/engine/index.ts';
import { loadConfig } from './helpers.ts';

// Random drafts from awkward pieces: names, insults, emoji, right-to-left text, zero-width and
// combining characters, lone surrogates, long runs. check() must never throw (the detector is
// strict here, so any internal error would surface), and every offset must index the draft.
const PIECES = [
  'Mrs Harper', 'mrs h*rper', 'Mr O’Neill', 'Hollins Green', '#HollinsGreenPrimary', 'is a useless cow', 'never replied', '!!!', '??',
  '😡', '👏👏', '🙃', '👨‍👩‍👧', '🇬🇧', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200B', '\u200D', '\uFEFF', 'a\u0301\u0301\u0301', 'ﬁ',
  '\uD83D', '\uDE00', 'Ｌｏｗ', '𝐇𝐨𝐥𝐥𝐢𝐧𝐬', '\n', '\r\n', '\t', '  ', '. ', "'", '"', '*', '#', '@', '£340', 'Year 6', 'H-a-r-p-e-r', 'W00d',
  'ß', 'İ', 'ǅ', '\u0000', '\u00A0', '…', '‘quoted’', 'https://example.com/?q=1', '<script>alert(1)</script>',
];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomDraft(r: () => number, pieces: number): string {
  let out = '';
  for (let k = 0; k < pieces; k++) {
    out += r() < 0.8 ? PIECES[Math.floor(r() * PIECES.length)] : String.fromCodePoint(Math.floor(r() * 0x2ffff));
    if (r() < 0.5) out += ' ';
  }
  return out;
}

const detector = createDetector(loadConfig(), { strict: true });

function checkInvariants(text: string): void {
  const result = detector.check(text, { site: 'whatsapp' });
  for (const m of result.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const c of result.concerns) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThanOrEqual(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
  }
  expect(result.nudge).toBe(result.concerns.length > 0);
  if (!result.nudge) expect(result.clauses).toEqual([]);
}

describe('fuzz', () => {
  test('800 random drafts of mixed scripts and symbols', () => {
    const r = rng(20261121);
    for (let k = 0; k < 800; k++) checkInvariants(randomDraft(r, 1 + Math.floor(r() * 40)));
  });

  test('a 1 MB draft is capped and answered', () => {
    const r = rng(7);
    const big = randomDraft(r, 120_000).slice(0, 1_000_000);
    expect(big.length).toBeGreaterThan(500_000);
    const result = detector.check(big);
    expect(result.truncated).toBe(true);
    checkInvariants(big);
  });

  test('a cut in the middle of an emoji does not break offsets', () => {
    const text = `${'x'.repeat(19_999)}😡 Mrs Harper is a useless cow`;
    const result = createDetector(loadConfig(), { strict: true, maxLength: 20_000 }).check(text);
    expect(result.truncated).toBe(true);
    expect(result.mentions).toEqual([]);
  });

  test('pathological repetition stays linear enough to finish', () => {
    checkInvariants('a '.repeat(50_000));
    checkInvariants('Mrs Harper '.repeat(5_000));
    checkInvariants('*'.repeat(30_000));
    checkInvariants('H-a-r-p-e-r '.repeat(3_000));
  });
});
