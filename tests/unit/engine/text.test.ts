import { describe, expect, test } from 'vitest';
import { fold, toOriginal } from '../../../src/engine/fold.ts';
import { tokenize } from '../../../src/engine/tokens.ts';

const tokens = (text: string) => tokenize(fold(text)).tokens;
const norms = (text: string) => tokens(text).map((t) => t.norm);

describe('fold', () => {
  test.each([
    ['Siobhán Ní Bhriain', 'siobhan ni bhriain'],
    ['O’Neill’s', "o'neill's"],
    ['Har\u200Bper\u00AD', 'harper'],
    ['ＬＯＷ 𝐀𝐬𝐡', 'low ash'],
    ['Straße – Æsop', 'strasse - aesop'],
    ['line\r\nbreak\ttab', 'line\n\nbreak tab'],
    ['emoji 😡 stays', 'emoji 😡 stays'],
    ['Siobha\u0301n', 'siobhan'],
  ])('%j → %j', (input, folded) => {
    expect(fold(input).text).toBe(folded);
  });

  test('every folded character maps back into the original text', () => {
    const original = 'Mrs Ní Bhriain\u200B’s class 😡 ＬＯＷ Straße';
    const f = fold(original);
    for (let i = 0; i < f.text.length; i++) {
      expect(f.start[i]).toBeLessThan(f.end[i]!);
      expect(f.end[i]).toBeLessThanOrEqual(original.length);
    }
    const at = f.text.indexOf('bhriain');
    const { start, end } = toOriginal(f, at, at + 'bhriain'.length);
    expect(original.slice(start, end)).toBe('Bhriain');
  });
});

describe('tokenize', () => {
  test('possessives, contractions and hashtags', () => {
    const t = tokens("Harper's rules, #LowAshPrimary and @lowash, parents' evening");
    expect(t.map((x) => x.norm)).toEqual(['harper', 'rules', 'lowashprimary', 'and', 'lowash', 'parents', 'evening']);
    expect(t[0]!.possessive).toBe(true);
    expect(t[2]!.hashtag).toBe(true);
    expect(t[4]!.handle).toBe(true);
    expect(t[5]!.possessive).toBe(true);
  });

  test('leetspeak readings, masks and letter-by-letter spellings', () => {
    const [w00d, masked, spelled] = tokens('W00d H*rper H-a-r-p-e-r');
    expect(w00d!.leet).toEqual(['wood']);
    expect(masked!.masked).toBe(true);
    expect(masked!.norm).toBe('h*rper');
    expect(spelled!.norm).toBe('harper');
    expect(spelled!.spelled).toBe(true);
    expect(tokens('sh#t')[0]!.norm).toBe('sh*t');
    expect(tokens('Year 6, 2pm, 1st')[1]!.leet).toBeUndefined();
  });

  test('capitals as typed, shouting, and sentence starts', () => {
    const t = tokens('Ask Mrs Harper. SHE KNOWS');
    expect(t.map((x) => x.capital)).toEqual([true, true, true, true, true]);
    expect(t[0]!.initial).toBe(true);
    expect(t[3]!.initial).toBe(true);
    expect(t[3]!.upper).toBe(true);
  });

  test('sentences: full stops, question marks, line breaks and emoji, but not "Mrs." or a title before a line break', () => {
    const t = tokens('Mrs. Harper said no! Why? Gutted 😭 Best head\nMrs\nHarper again');
    expect(t.map((x) => `${x.norm}:${x.sentence}`)).toEqual([
      'mrs:0', 'harper:0', 'said:0', 'no:0', 'why:1', 'gutted:2', 'best:3', 'head:3', 'mrs:4', 'harper:4', 'again:4',
    ]);
  });

  test('marks the tone of punctuation and emoji', () => {
    const { marks } = tokenize(fold('Seriously?! 🙄 "quoted"'));
    expect(marks.map((m) => m.kind)).toEqual(['question', 'emoji', 'quote', 'quote']);
  });

  test('ordinary words are left alone', () => {
    expect(norms('the wood behind the hall')).toEqual(['the', 'wood', 'behind', 'the', 'hall']);
  });
});
