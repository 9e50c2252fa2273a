import { describe, expect, test } from 'vitest';
import { CLASSES } from '../../../src/engine/lexicon/concerns.ts';
import * as phrases from '../../../src/engine/lexicon/phrases.ts';
import { expand, PatternSet, type Word } from '../../../src/engine/patterns.ts';

const words = (text: string): Word[] =>
  text.split(/\s*\.\s*/).flatMap((sentence, s) => sentence.split(/\s+/).filter(Boolean).map((w, k) => ({ w, token: k, sentence: s, clause: s })));

function matches(pattern: string, text: string): string[] {
  const set = new PatternSet<number>([[pattern, 1]], CLASSES);
  const ws = words(text);
  return set.scan(ws).map((m) => ws.slice(m.start, m.start + m.length).map((w) => w.w).join(' '));
}

describe('the pattern language', () => {
  test('alternatives, optional words and prefixes', () => {
    expect(matches('never ~even replied|answered', 'she never even replied')).toEqual(['never even replied']);
    expect(matches('never ~even replied|answered', 'she never answered')).toEqual(['never answered']);
    expect(matches('ignor*', 'they ignored us')).toEqual(['ignored']);
  });

  test('groups hold alternatives of several words', () => {
    expect(matches('(is not|isnt|never) ok', 'that is not ok')).toEqual(['is not ok']);
    expect(matches('(is not|isnt|never) ok', 'that isnt ok')).toEqual(['isnt ok']);
    // the scan reports every match, overlapping ones too: here from "an" and from "joke"
    expect(matches('~(a|an absolute) joke', 'what an absolute joke')).toEqual(['an absolute joke', 'joke']);
    expect(expand('(a|b c) d')).toEqual(['a d', 'b c d']);
  });

  test('wildcards and classes', () => {
    expect(matches('report ** to ofsted', 'report the head to ofsted')).toEqual(['report the head to ofsted']);
    expect(matches('watch {POSS} back', 'watch your back')).toEqual(['watch your back']);
  });

  test('a match never crosses a sentence', () => {
    expect(matches('not ok', 'it is not. ok then')).toEqual([]);
  });

  test('every phrase in the lexicon compiles', () => {
    for (const list of Object.values(phrases)) expect(() => new PatternSet(list as [string, unknown][], CLASSES)).not.toThrow();
  });
});
