// Every string the interstitial shows comes from the en_GB catalogue: each key its source uses
// exists, each interstitial key is used, placeholders match, and the wording is British.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIR = 'src/ui/interstitial';
const catalogue = JSON.parse(readFileSync('public/_locales/en_GB/messages.json', 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

const sources = readdirSync(DIR)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => readFileSync(join(DIR, f), 'utf8'));

// t('key', …) calls, and keys kept in lookup tables (Record<…, MessageKey>) as string literals.
const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'|'(interstitial[A-Za-z0-9_]+)'/g)].map((m) => m[1] ?? m[2]!)));
const interstitialKeys = Object.keys(catalogue).filter((k) => k.startsWith('interstitial'));

describe('interstitial strings', () => {
  test('the scan finds the keys (guards the regex itself)', () => {
    expect(used.size).toBeGreaterThan(30);
    expect(used).toContain('interstitialHeading');
    expect(used).toContain('interstitialConcernThreat');
  });

  test('every key the source uses is in the catalogue', () => {
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
  });

  test('every interstitial key in the catalogue is used', () => {
    expect(interstitialKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  test.each(interstitialKeys)('%s has a description and matching placeholders', (k) => {
    const entry = catalogue[k]!;
    expect(entry.description?.length).toBeGreaterThan(10);
    const named = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
    expect(named).toEqual(Object.keys(entry.placeholders ?? {}).sort());
  });

  test('British English', () => {
    const text = interstitialKeys.map((k) => catalogue[k]!.message).join('\n');
    expect(text).not.toMatch(/\b(behavior|organiz|color|center|favorite|apologiz|recogniz|license\b|program\b)/i);
  });
});
