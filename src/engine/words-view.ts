// The draft as a list of words for phrase matching and scoring: contractions expanded
// ("didn't" → "did not", "he's" → "he is"), each word tied back to its token.
import { maskPattern } from './fuzzy.ts';
import { MASKABLE } from './lexicon/concerns.ts';
import type { Word } from './patterns.ts';
import type { Token } from './tokens.ts';

const CONTRACTIONS: Record<string, string[]> = {
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
  wasnt: ['was', 'not'], werent: ['were', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'], couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], wont: ['will', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  hadnt: ['had', 'not'], aint: ['is', 'not'], mustnt: ['must', 'not'], neednt: ['need', 'not'], im: ['i', 'am'], ive: ['i', 'have'],
  youre: ['you', 'are'], youve: ['you', 'have'], youll: ['you', 'will'], youd: ['you', 'would'],
  theyre: ['they', 'are'], theyve: ['they', 'have'], theyll: ['they', 'will'], theyd: ['they', 'would'], weve: ['we', 'have'], itll: ['it', 'will'], thatll: ['that', 'will'], whos: ['who', 'is'], whats: ['what', 'is'],
  lets: ['let', 'us'], gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], u: ['you'], ur: ['your'], r: ['are'],
  cos: ['because'], coz: ['because'], cuz: ['because'], tho: ['though'], thru: ['through'], pls: ['please'], plz: ['please'],
};
// "wont", "cant", "im", "lets" are words too: only expand them when typed with an apostrophe.
// ("he'll", "we're", "I'd" are handled by their suffix, so "hell", "were", "id" stay words.)
const NEEDS_APOSTROPHE = new Set(['wont', 'cant', 'im', 'lets']);

/** After a possessive-looking "'s", words that show it was "is"/"has": "he's been", "mum's no better". */
const AFTER_IS = new Set(
  'a an the no not been got gone going just so very really always never still now done too also absolutely such literally quite being definitely clearly probably only in on at off out up back over finally totally completely utterly proper properly bloody actually basically obviously apparently supposed meant allowed useless rubbish useless awful terrible brilliant amazing lovely great fab horrible disgusting'.split(' '),
);
const PRONOUN_IS = new Set('he she it that there who what where here everyone everybody nobody somebody someone this how why when'.split(' '));

/**
 * The draft's words. `isCompound` says whether two hyphenated parts form a known word
 * ("mean-spirited", "two-faced"), which is then one word.
 */
export function wordsOf(tokens: Token[], text?: string, isCompound?: (joined: string) => boolean): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (text && isCompound && next && text.slice(t.end, next.start) === '-' && isCompound(t.norm + next.norm)) {
      out.push({ w: t.norm + next.norm, token: i, last: i + 1, sentence: t.sentence, clause: t.clause });
      i++;
      continue;
    }
    const push = (w: string) => out.push({ w, token: i, sentence: t.sentence, clause: t.clause });
    const expansion = CONTRACTIONS[t.norm];
    if (expansion && (!NEEDS_APOSTROPHE.has(t.norm) || t.raw.includes("'"))) {
      expansion.forEach(push);
      continue;
    }
    if (t.norm.endsWith('nt') && t.raw.includes("n't")) {
      push(t.norm.slice(0, -2));
      push('not');
      continue;
    }
    if (t.possessive && t.raw.endsWith("'s")) {
      const next = tokens[i + 1];
      const isIs = PRONOUN_IS.has(t.norm) || (next && next.sentence === t.sentence && AFTER_IS.has(next.norm));
      push(t.norm);
      if (isIs) push('is');
      continue;
    }
    if (/'(ll|ve|d|re|m)$/.test(t.raw)) {
      const [, suffix] = /'(ll|ve|d|re|m)$/.exec(t.raw)!;
      push(t.norm.slice(0, -suffix!.length));
      push({ ll: 'will', ve: 'have', d: 'would', re: 'are', m: 'am' }[suffix as 'll']!);
      continue;
    }
    // "your a dog", "ur so thick": "you're" as people type it.
    if ((t.norm === 'your' || t.norm === 'ur') && next && next.sentence === t.sentence && /^(a|an|so|such|being|not|gonna|going|literally|actually|just|the|really|too|full|nothing|dead|an)$/.test(next.norm)) {
      push('you');
      push('are');
      continue;
    }
    push(t.masked ? unmask(t.norm) : t.leet ? t.leet[0]! : t.norm);
  }
  return out;
}

const unmasked = new Map<string, string>();

/** The word a masked token most likely hides: "w*nker" → "wanker", "s***" → "shit". */
export function unmask(norm: string): string {
  let word = unmasked.get(norm);
  if (word === undefined) {
    const pattern = maskPattern(norm, true);
    word = MASKABLE.find((w) => w.length === norm.length && pattern.test(w)) ?? MASKABLE.find((w) => pattern.test(w)) ?? norm;
    if (unmasked.size < 512) unmasked.set(norm, word);
  }
  return word;
}
