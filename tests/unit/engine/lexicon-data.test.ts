import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { VADER_LEXICON_TSV } from '../../../src/engine/data/vader-lexicon.ts';

// The vendored VADER lexicon must be exactly the package's, word for word and value for value.
test('src/engine/data/vader-lexicon.ts matches vader-sentiment/vader_lexicon.txt', () => {
  const require = createRequire(import.meta.url);
  const path = require.resolve('vader-sentiment/vader_lexicon.txt');
  const expected = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((parts) => parts.length >= 2)
    .map(([word, value]) => `${word}\t${value}`)
    .join('\n');
  expect(VADER_LEXICON_TSV).toBe(expected);
  expect(VADER_LEXICON_TSV.split('\n').length).toBeGreaterThan(7000);
});
