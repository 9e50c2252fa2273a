// Word valence in the manner of VADER (Hutto & Gilbert, 2014): its human-rated lexicon, with its
// rules for negation, boosters, capitals and "but", plus overrides for words whose everyday
// sentiment misleads in school talk ("hard", "joke"). Scores are per word so callers can add them
// up over whichever clauses are about the school.
import { VADER_LEXICON_TSV } from './data/vader-lexicon.ts';
import { EMOJI_VALENCE, VALENCE_OVERRIDES } from './lexicon/concerns.ts';

let lexicon: Map<string, number> | undefined;

function load(): Map<string, number> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const line of VADER_LEXICON_TSV.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lexicon.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  for (const [word, value] of Object.entries(VALENCE_OVERRIDES)) lexicon.set(word, value);
  return lexicon;
}

export function baseValence(word: string): number {
  return EMOJI_VALENCE[word] ?? load().get(word) ?? 0;
}

const B_INCR = 0.293;
const BOOSTERS_UP = new Set(
  'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping flippin frigging fricking fucking fully greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very proper properly bloody well truly seriously genuinely ridiculously insanely'.split(' '),
);
const BOOSTERS_DOWN = new Set('almost barely hardly kinda kindof less little marginally occasionally partly scarcely slightly somewhat sorta'.split(' '));
const NEGATORS = new Set(
  'not no never nobody nothing none neither nor without cannot cant dont doesnt didnt isnt arent wasnt werent wont wouldnt shouldnt couldnt havent hasnt hadnt aint nowhere rarely seldom despite nowt'.split(' '),
);
const N_SCALAR = -0.74;

export interface ScoredWord {
  w: string;
  /** Whether it was typed in capitals in a draft that is not all capitals. */
  shouted?: boolean;
}

/**
 * Valence of each word in context (same length as `words`). `clauseBreaks[i]` true where a new
 * clause starts at word i: negation and boosters do not reach across clauses.
 */
export function valences(words: ScoredWord[], clauseBreaks: boolean[]): number[] {
  const out = new Array<number>(words.length).fill(0);
  let butAt = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    if (w === 'but' || w === 'however' || w === 'although' || w === 'though' || w === 'except') butAt = i;
    let v = baseValence(w);
    if (v === 0) continue;
    if (words[i]!.shouted) v += v > 0 ? 0.733 : -0.733;
    // boosters and negation in the three words before, within the clause
    let negated = false;
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      if (clauseBreaks[i - k + 1]) break;
      const prev = words[i - k]!.w;
      const scale = k === 1 ? 1 : k === 2 ? 0.95 : 0.9;
      if (BOOSTERS_UP.has(prev)) v += (v > 0 ? B_INCR : -B_INCR) * scale;
      else if (BOOSTERS_DOWN.has(prev)) v -= (v > 0 ? B_INCR : -B_INCR) * scale;
      if (NEGATORS.has(prev)) {
        // "not only", "no doubt", "never been better" keep their sense
        const after = words[i - k + 1]?.w;
        if (!(prev === 'not' && after === 'only') && !(prev === 'no' && (after === 'doubt' || after === 'wonder'))) negated = !negated;
      }
    }
    if (negated) v *= N_SCALAR;
    out[i] = v;
  }
  // "but": what comes after it counts more than what came before (VADER).
  if (butAt >= 0) {
    for (let i = 0; i < out.length; i++) {
      if (i < butAt) out[i]! *= 0.5;
      else if (i > butAt) out[i]! *= 1.5;
    }
  }
  return out;
}

/** VADER's normalisation of a sum of valences to -1 … 1. */
export function normalise(sum: number, alpha = 15): number {
  return sum / Math.sqrt(sum * sum + alpha);
}
