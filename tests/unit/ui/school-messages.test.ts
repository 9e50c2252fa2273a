// Every string the school's side shows (the builder page, the letter to parents, the
// import-policy command) comes from the en_GB catalogue: each key the source uses exists, each
// key of theirs is used, placeholders match, and the wording is British.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const catalogue = JSON.parse(readFileSync('public/_locales/en_GB/messages.json', 'utf8')) as Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

const files = [
  ...readdirSync('src/ui/builder').map((f) => join('src/ui/builder', f)),
  'src/cli/commands/import-policy.ts',
  'entrypoints/builder/main.tsx',
].filter((f) => /\.tsx?$/.test(f));
const sources = files.map((f) => readFileSync(f, 'utf8'));
const PREFIX = /^(?:builder|letter|importPolicy)[A-Z]/;

// t('key', …) calls and keys kept in lookup tables as string literals
const used = new Set(sources.flatMap((s) => [...s.matchAll(/'((?:builder|letter|importPolicy)[A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
const ours = Object.keys(catalogue).filter((k) => PREFIX.test(k));

describe("the school's side: strings", () => {
  test('the scan finds the keys (guards the regex itself)', () => {
    expect(used.size).toBeGreaterThan(100);
    expect(used).toContain('builderTitle');
    expect(used).toContain('letterPrivacyDrafts');
    expect(used).toContain('importPolicyNoCode');
  });

  test('every key the source uses is in the catalogue', () => {
    expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
  });

  test('every builder, letter and import-policy key in the catalogue is used', () => {
    expect(ours.filter((k) => !used.has(k))).toEqual([]);
  });

  test.each(ours)('%s has a description and matching placeholders', (k) => {
    const entry = catalogue[k]!;
    expect(entry.description?.length).toBeGreaterThan(10);
    const named = [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
    expect(named).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    // a lone "$" is not allowed by the browser's i18n: every one is part of a placeholder
    expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, '')).not.toContain('$');
  });

  test('British English', () => {
    const text = ours.map((k) => catalogue[k]!.message).join('\n');
    expect(text).not.toMatch(/\b(behavior|organiz|color\b|center|favorite|apologiz|recogniz|license\b|program\b|catalog\b|analyz|customiz|utiliz|emphasiz|summariz|dialog\b|enroll\b|traveled)/i);
  });
});
