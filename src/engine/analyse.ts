// Judging what a draft does, and to whom. Cues (phrases, judgements, insults, valence) are found
// over the whole draft, then kept only where they are about the school or its people: a clause or
// sentence that names them, or carries on from one that did, and not one about the council, the
// weather, another school, one's own child or oneself.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { type Folded, toOriginal } from './fold.ts';
import { maskPattern } from './fuzzy.ts';
import {
  CLASSES,
  type CueKind,
  EMOJI_VALENCE,
  INSULT_ADJECTIVES,
  INSULT_EMOJI,
  INSULT_NOUNS,
  JUDGEMENTS,
  MASKABLE,
  OTHER_TARGETS,
  PRAISE,
  SARCASM_EMOJI,
} from './lexicon/concerns.ts';
import {
  ALLEGATION_PHRASES,
  COMPLAINT_PHRASES,
  EXCULPATION_PHRASES,
  PRAISE_PHRASES,
  RALLY_PHRASES,
  REQUEST_PHRASES,
  SARCASM_PHRASES,
  THREAT_PHRASES,
} from './lexicon/phrases.ts';
import { CHILD_WORDS, SCHOOL_NOUNS } from './lexicon/school.ts';
import type { FoundMention, OtherSchool } from './mentions.ts';
import { PatternSet, type Word } from './patterns.ts';
import { normalise, valences } from './sentiment.ts';
import type { Mark, Token } from './tokens.ts';
import { wordsOf } from './words-view.ts';

export type ConcernKind = 'complaint' | 'defamation' | 'abuse' | 'threat';

export interface Concern {
  kind: ConcernKind;
  /** Offsets of the evidence in the original draft. */
  start: number;
  end: number;
}

export interface Cue {
  kind: CueKind | 'insult' | 'judgement' | 'profanity' | 'valence';
  weight: number;
  /** Word range [from, to). */
  from: number;
  to: number;
  source: string;
}

export interface Analysis {
  concerns: Concern[];
  scores: Record<ConcernKind | 'praise' | 'valence', number>;
  /** Every cue aimed at the school, for explanations and debugging. */
  cues: Cue[];
  aboutSchool: boolean;
}

let patterns:
  | {
      complaint: PatternSet<{ kind: CueKind; weight: number }>;
      rest: PatternSet<{ kind: CueKind; weight: number }>;
    }
  | undefined;

function compiled() {
  patterns ??= {
    complaint: new PatternSet(COMPLAINT_PHRASES, CLASSES),
    rest: new PatternSet(
      [...RALLY_PHRASES, ...ALLEGATION_PHRASES, ...THREAT_PHRASES, ...SARCASM_PHRASES, ...EXCULPATION_PHRASES, ...REQUEST_PHRASES, ...PRAISE_PHRASES],
      CLASSES,
    ),
  };
  return patterns;
}

let profanity: RegExpMatcher | undefined;
const profanityMatcher = () =>
  (profanity ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }));

const MASK_PATTERNS = new Map<string, RegExp>();
function maskedSwear(norm: string): boolean {
  if (!/\p{L}/u.test(norm) || !norm.includes('*')) return false;
  let re = MASK_PATTERNS.get(norm);
  if (!re) {
    re = maskPattern(norm, true);
    if (MASK_PATTERNS.size < 512) MASK_PATTERNS.set(norm, re);
  }
  return MASKABLE.some((w) => re!.test(w));
}

type Topic = 'ours' | 'other' | 'none';

const INSULT_LEADERS = new Set(
  'a an you u ur your absolute proper total complete utter such little old bloody fucking effing stupid fat thick useless silly right massive big lazy miserable jumped nasty spoilt spoiled gobby nosy nosey ugly feral pathetic horrible vile evil smug snotty lying two-faced twofaced bent jumpedup stuckup sad lil dirty filthy vicious poisonous toxic miserable'.split(
    ' ',
  ),
);
const PERSON_NOUNS = new Set(
  'woman women man men cow bag git person people teacher teachers lot bunch parents kids kid children brats lady bloke guy girl boy head headteacher staff individual excuse creature human being specimen thing family mum mums dad dads lads'.split(
    ' ',
  ),
);
const SELF = new Set(['i', 'me', 'myself', 'im']);

export interface AnalyseInput {
  tokens: Token[];
  marks: Mark[];
  folded: Folded;
  mentions: FoundMention[];
  others: OtherSchool[];
  sentences: number;
}

export function analyse(input: AnalyseInput): Analysis {
  const { tokens, marks, folded, mentions, others } = input;
  const words = wordsOf(tokens);
  const nw = words.length;
  const cues: Cue[] = [];
  const push = (cue: Cue) => cues.push(cue);

  // ---- who each word is about -------------------------------------------------------------
  const entity: ('ours' | 'other' | 'child' | 'self' | undefined)[] = new Array(nw).fill(undefined);
  const tokenEntity = new Map<number, 'ours' | 'other'>();
  for (const m of mentions) for (let k = m.from; k < m.to; k++) tokenEntity.set(k, 'ours');
  for (const o of others) for (let k = o.from; k < o.to; k++) tokenEntity.set(k, 'other');
  // Another school by its own name: "Hollinbrook Academy", "Brackenmoor High".
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (SCHOOL_NOUNS.has(t.norm) && t.capital && prev.capital && !tokenEntity.has(k) && !tokenEntity.has(k - 1) && !prev.initial && prev.norm !== 'the') {
      tokenEntity.set(k, 'other');
      tokenEntity.set(k - 1, 'other');
    }
  }
  words.forEach((w, i) => {
    const e = tokenEntity.get(w.token);
    if (e) entity[i] = e;
    else if (OTHER_TARGETS.has(w.w)) entity[i] = 'other';
    else if (SELF.has(w.w)) entity[i] = 'self';
    else if (CHILD_WORDS.has(w.w) && i > 0 && /^(my|our|me)$/.test(words[i - 1]!.w)) entity[i] = 'child';
  });

  // ---- topics: per clause, then per sentence, then carried over -----------------------------
  const clauseTopic = new Map<number, Topic>();
  const sentenceTopic: Topic[] = new Array(input.sentences).fill('none');
  words.forEach((w, i) => {
    const e = entity[i];
    if (e === 'ours') {
      clauseTopic.set(w.clause, 'ours');
      sentenceTopic[w.sentence] = 'ours';
    } else if (e === 'other') {
      if (clauseTopic.get(w.clause) !== 'ours') clauseTopic.set(w.clause, 'other');
      if (sentenceTopic[w.sentence] !== 'ours') sentenceTopic[w.sentence] = 'other';
    }
  });
  // Sentences that name nobody carry the topic of the sentence before (or, at the start of a
  // draft, of the first sentence that names someone: "HORRIBLE! Do not take Dr X's class").
  const resolved = [...sentenceTopic];
  let last: Topic = 'none';
  for (let s = 0; s < resolved.length; s++) {
    if (resolved[s] !== 'none') last = resolved[s]!;
    else resolved[s] = last;
  }
  const firstNamed = sentenceTopic.find((t) => t !== 'none') ?? 'none';
  for (let s = 0; s < resolved.length && resolved[s] === 'none'; s++) resolved[s] = firstNamed;
  const aboutSchool = mentions.length > 0;
  const topicOfWord = (i: number): Topic => {
    const w = words[i]!;
    const ct = clauseTopic.get(w.clause);
    if (ct === 'other') return 'other';
    if (ct === 'ours') return 'ours';
    return resolved[w.sentence] ?? 'none';
  };

  // ---- phrase cues ----------------------------------------------------------------------------
  const { complaint, rest } = compiled();
  for (const m of [...complaint.scan(words), ...rest.scan(words)]) {
    if (m.data.weight <= 0) continue;
    push({ kind: m.data.kind, weight: m.data.weight, from: m.start, to: m.start + m.length, source: m.source });
  }

  const phraseCues = cues.length;
  // ---- word cues: judgements, praise, insults, swearing ------------------------------------
  const negatedAt = (i: number): boolean => {
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      const p = words[i - k]!;
      if (p.clause !== words[i]!.clause) break;
      if (CLASSES.NEG!.has(p.w) && !(p.w === 'no' && (words[i - k + 1]?.w === 'wonder' || words[i - k + 1]?.w === 'doubt'))) return true;
    }
    return false;
  };
  for (let i = 0; i < nw; i++) {
    const w = words[i]!.w;
    const judgement = JUDGEMENTS[w];
    if (judgement) {
      if (negatedAt(i)) push({ kind: 'praise', weight: 0.5, from: i, to: i + 1, source: `not ${w}` });
      else push({ kind: 'judgement', weight: judgement, from: i, to: i + 1, source: w });
    }
    const praise = PRAISE[w];
    if (praise) {
      if (negatedAt(i)) push({ kind: 'judgement', weight: Math.min(2, praise), from: i, to: i + 1, source: `not ${w}` });
      else push({ kind: 'praise', weight: praise, from: i, to: i + 1, source: w });
    }
    const insult = INSULT_NOUNS[w];
    if (insult !== undefined && insult > 0) {
      const prev = words[i - 1]?.w ?? '';
      const prev2 = words[i - 2]?.w ?? '';
      const framed =
        INSULT_LEADERS.has(prev) ||
        (INSULT_LEADERS.has(prev2) && words[i - 2]!.clause === words[i]!.clause) ||
        prev === 'of' ||
        prev === 'that' ||
        prev === 'these' ||
        prev === 'those' ||
        // a sentence that is the insult: "Pathetic man." "Thugs, the lot of them."
        (words[i + 1] === undefined || words[i + 1]!.sentence !== words[i]!.sentence) && (i === 0 || words[i - 1]!.sentence !== words[i]!.sentence || INSULT_ADJECTIVES[prev] !== undefined);
      if (framed && (insult >= 2 || INSULT_ADJECTIVES[prev] !== undefined || INSULT_ADJECTIVES[prev2] !== undefined))
        push({ kind: 'insult', weight: insult, from: i, to: i + 1, source: w });
    }
    const insultAdj = INSULT_ADJECTIVES[w];
    if (insultAdj) {
      const prev = words[i - 1]?.w ?? '';
      const next = words[i + 1]?.w ?? '';
      const predicate = CLASSES.BE!.has(prev) || CLASSES.INTENS!.has(prev) || prev === 'and' || prev === 'so';
      const modifiesPerson = PERSON_NOUNS.has(next) || INSULT_NOUNS[next] !== undefined;
      const standalone = (words[i + 1] === undefined || words[i + 1]!.sentence !== words[i]!.sentence) && (i === 0 || words[i - 1]!.sentence !== words[i]!.sentence);
      const thickAs = next === 'as' && words[i + 2] !== undefined;
      if ((predicate || modifiesPerson || standalone || thickAs) && !negatedAt(i)) push({ kind: 'insult', weight: insultAdj, from: i, to: i + 1, source: w });
    }
    if (INSULT_EMOJI.has(w)) push({ kind: 'insult', weight: 2, from: i, to: i + 1, source: w });
  }
  // Swearing, including the disguised kind: obscenity handles leetspeak and repeated letters;
  // stars ("w*nker", "s***") are matched against a list by shape.
  for (let i = 0; i < nw; i++) {
    const token = tokens[words[i]!.token]!;
    if (token.masked && maskedSwear(token.norm)) push({ kind: 'profanity', weight: 2, from: i, to: i + 1, source: token.norm });
  }
  const swearMatches = profanityMatcher().getAllMatches(folded.text);
  for (const match of swearMatches) {
    const wi = words.findIndex((w) => tokens[w.token]!.start <= match.startIndex && tokens[w.token]!.end > match.startIndex);
    if (wi >= 0 && !cues.some((c) => c.kind === 'profanity' && c.from === wi)) push({ kind: 'profanity', weight: 2, from: wi, to: wi + 1, source: 'swear' });
  }

  // A phrase settles the words inside it: "can't thank them enough" is praise, "thanks for
  // nothing" a complaint, whatever the single words say.
  for (let k = cues.length - 1; k >= phraseCues; k--) {
    const cue = cues[k]!;
    if (cue.kind !== 'judgement' && cue.kind !== 'praise') continue;
    const covered = cues.slice(0, phraseCues).some((ph) => ph.from <= cue.from && cue.to <= ph.to && (ph.kind === 'praise' || ph.kind === 'complaint' || ph.kind === 'sarcasm' || ph.kind === 'exculpate'));
    if (covered) cues.splice(k, 1);
  }

  // ---- valence over clauses about the school -----------------------------------------------
  const clauseBreaks = words.map((w, i) => i === 0 || words[i - 1]!.clause !== w.clause);
  const shoutingDraft = tokens.filter((t) => t.upper).length > tokens.length * 0.6;
  const vals = valences(
    words.map((w) => ({ w: w.w, shouted: !shoutingDraft && tokens[w.token]!.upper && w.w.length > 2 })),
    clauseBreaks,
  );
  // Emoji carry tone for their sentence.
  const emojiVals: { sentence: number; v: number; sarcastic: boolean }[] = marks
    .filter((m) => m.kind === 'emoji')
    .map((m) => ({ sentence: m.sentence, v: EMOJI_VALENCE[m.text] ?? 0, sarcastic: SARCASM_EMOJI.has(m.text) }));

  // ---- keep what is aimed at the school ---------------------------------------------------
  const exculpated = new Set<number>();
  for (const c of cues) if (c.kind === 'exculpate' && topicOfWord(c.from) !== 'other') exculpated.add(words[c.from]!.sentence);

  /** The nearest subject-like word before a cue in its clause: self, a child, or someone else. */
  const subjectOf = (i: number): 'self' | 'child' | 'ours' | 'other' | undefined => {
    const clause = words[i]!.clause;
    for (let k = i - 1; k >= 0 && words[k]!.clause === clause; k--) {
      const e = entity[k];
      if (e) return e;
      const w = words[k]!.w;
      if (w === 'he' || w === 'she' || w === 'they' || w === 'you') return undefined;
    }
    return undefined;
  };

  const aimed: Cue[] = [];
  const scores = { complaint: 0, defamation: 0, abuse: 0, threat: 0, praise: 0, valence: 0 };
  for (const c of cues) {
    const topic = topicOfWord(c.from);
    const sentence = words[c.from]!.sentence;
    if (topic === 'other') continue;
    if (topic === 'none' && !aboutSchool) continue;
    const subject = subjectOf(c.from);
    const aboutSelfOrChild = subject === 'self' || subject === 'child';
    switch (c.kind) {
      case 'insult':
      case 'profanity':
        if (aboutSelfOrChild) continue;
        break;
      case 'judgement':
      case 'complaint':
        if (aboutSelfOrChild && c.kind === 'judgement') continue;
        if (exculpated.has(sentence)) continue;
        break;
      default:
        break;
    }
    aimed.push(c);
  }

  // Valence: the sum over words of sentences about the school (not already counted as cues).
  const counted = new Set<number>();
  for (const c of aimed) for (let k = c.from; k < c.to; k++) counted.add(k);
  let negative = 0;
  let positive = 0;
  const strongestNegative: Cue[] = [];
  for (let i = 0; i < nw; i++) {
    const topic = topicOfWord(i);
    if (topic === 'other' || (topic === 'none' && !aboutSchool)) continue;
    if (exculpated.has(words[i]!.sentence)) continue;
    if (counted.has(i)) continue;
    const v = vals[i]!;
    if (v < 0) {
      const subject = subjectOf(i);
      if (subject === 'self' || subject === 'child') continue;
      negative += -v;
      if (v <= -1.2) strongestNegative.push({ kind: 'valence', weight: -v, from: i, to: i + 1, source: words[i]!.w });
    } else positive += v;
  }
  for (const e of emojiVals) {
    const topic = resolved[e.sentence] ?? 'none';
    if (topic === 'other' || (topic === 'none' && !aboutSchool)) continue;
    if (e.v < 0) negative += -e.v;
    else positive += e.v;
  }
  scores.valence = normalise(positive - negative);

  // ---- scores --------------------------------------------------------------------------------
  const sarcasticSentences = new Set(emojiVals.filter((e) => e.sarcastic).map((e) => e.sentence));
  for (const c of aimed) {
    const s = words[c.from]!.sentence;
    switch (c.kind) {
      case 'complaint':
      case 'judgement':
        scores.complaint += c.weight;
        break;
      case 'rally':
        scores.complaint += c.weight;
        break;
      case 'sarcasm':
        if (sarcasticSentences.has(s) || aimed.some((o) => (o.kind === 'complaint' || o.kind === 'judgement') && words[o.from]!.sentence === s)) scores.complaint += c.weight;
        break;
      case 'insult':
        scores.abuse += c.weight;
        break;
      case 'profanity':
        scores.abuse += 1;
        scores.complaint += 1;
        break;
      case 'defamation':
        if (!negatedAt(c.from)) scores.defamation += c.weight;
        break;
      case 'threat':
        scores.threat += c.weight;
        break;
      case 'praise':
        scores.praise += c.weight;
        break;
      case 'exculpate':
        scores.complaint -= c.weight;
        break;
      case 'request':
      case 'neutralise':
        scores.complaint -= c.weight * 0.5;
        break;
      default:
        break;
    }
  }
  // Praise with a slow clap or an eye roll is not praise.
  const sarcasticPraise = aimed.some((c) => c.kind === 'praise' && sarcasticSentences.has(words[c.from]!.sentence));
  if (sarcasticPraise && negative > 0) scores.complaint += 1.5;

  // Overall tone of the clauses about the school adds to, or takes from, the complaint.
  scores.complaint += Math.max(0, negative - positive * 0.6) * 0.6;
  scores.complaint -= Math.max(0, scores.praise - scores.complaint) * 0.3;

  // When the tone alone makes the complaint, its strongest words are the evidence.
  aimed.push(...strongestNegative);
  const concerns = toConcerns(aimed, scores, words, tokens, folded);
  return { concerns, scores, cues: aimed, aboutSchool };
}

const THRESHOLD: Record<ConcernKind, number> = { complaint: 2, defamation: 2, abuse: 2, threat: 2 };

function toConcerns(aimed: Cue[], scores: Analysis['scores'], words: Word[], tokens: Token[], folded: Folded): Concern[] {
  const out: Concern[] = [];
  const span = (c: Cue): { start: number; end: number } => {
    const a = tokens[words[c.from]!.token]!;
    const b = tokens[words[c.to - 1]!.token]!;
    return toOriginal(folded, a.start, b.end);
  };
  const evidence = (kinds: Cue['kind'][]) => aimed.filter((c) => kinds.includes(c.kind)).sort((a, b) => b.weight - a.weight);
  const add = (kind: ConcernKind, cueKinds: Cue['kind'][]) => {
    if (scores[kind] < THRESHOLD[kind]) return;
    const list = evidence(cueKinds);
    if (!list.length) return;
    const seen = new Set<string>();
    for (const c of list.slice(0, 4)) {
      const { start, end } = span(c);
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, start, end });
    }
  };
  add('threat', ['threat']);
  add('abuse', ['insult', 'profanity']);
  add('defamation', ['defamation']);
  add('complaint', ['complaint', 'judgement', 'rally', 'sarcasm', 'profanity']);
  if (scores.complaint >= THRESHOLD.complaint && !out.some((c) => c.kind === 'complaint')) add('complaint', ['valence']);
  return out.sort((a, b) => a.start - b.start);
}
