// Judging what a draft does, and to whom. Cues (phrases, judgements, insults, tone) are found over
// the whole draft, then kept only where they are about the school or its people: a clause or
// sentence that names them, or carries on from one that did — not one about the council, the
// weather, another school, one's own child or oneself.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { type Folded, toOriginal } from './fold.ts';
import { maskPattern } from './fuzzy.ts';
import {
  CLASSES,
  type CueData,
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
  ABUSE_PHRASES,
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
import { isCommonWord } from './words.ts';

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
  subject?: boolean;
}

export interface Analysis {
  concerns: Concern[];
  scores: Record<ConcernKind | 'praise' | 'valence', number>;
  /** The cues aimed at the school, for explanations and debugging. */
  cues: Cue[];
  words: Word[];
}

export type Gender = 'm' | 'f' | 'n';

let patterns: PatternSet<CueData> | undefined;
const compiled = () =>
  (patterns ??= new PatternSet<CueData>(
    [
      ...COMPLAINT_PHRASES,
      ...RALLY_PHRASES,
      ...ALLEGATION_PHRASES,
      ...THREAT_PHRASES,
      ...SARCASM_PHRASES,
      ...EXCULPATION_PHRASES,
      ...REQUEST_PHRASES,
      ...PRAISE_PHRASES,
      ...ABUSE_PHRASES,
    ],
    CLASSES,
  ));

let profanity: RegExpMatcher | undefined;
const profanityMatcher = () => (profanity ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers }));

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

/** Hyphenated words the lexicons know as one ("mean-spirited", "two-faced", "jumped-up"). */
function isCompound(joined: string): boolean {
  return joined in JUDGEMENTS || joined in INSULT_ADJECTIVES || joined in INSULT_NOUNS || joined in PRAISE;
}

type Topic = 'ours' | 'other' | 'none';
type Entity = 'ours' | 'other' | 'child' | 'self' | 'person';

/** Words that put an insult on someone: "a …", "you …", "is …", "bunch of …". */
const INSULT_FRAMES = new Set(
  'a an you u ur your is are was were of that those these such absolute proper total complete utter right bunch load lot pack most'.split(' '),
);

function insultNoun(w: string): number | undefined {
  return INSULT_NOUNS[w] ?? (w.endsWith('es') ? INSULT_NOUNS[w.slice(0, -2)] : undefined) ?? (w.endsWith('s') ? INSULT_NOUNS[w.slice(0, -1)] : undefined);
}

const INSULT_LEADERS = new Set(
  'a an you u ur your absolute proper total complete utter such little old bloody fucking effing right massive big sad lil dirty filthy that these those this'.split(' '),
);
const PERSON_NOUNS = new Set(
  'woman women man men bag git person people teacher teachers lot bunch parents kids kid children lady bloke guy girl boy head headteacher staff individual excuse creature human being specimen thing family mum mums dad dads lads pupil pupils'.split(
    ' ',
  ),
);
const SELF = new Set(['i', 'me', 'myself']);
const COGNITION = new Set('think thought feel felt find found reckon believe guess mean meant say said suppose imagine know knew wonder wondered expect hope'.split(' '));
const PARENT_WORDS = new Set('mum mums dad dads parent parents mam mother father treasurer pta chair carer carers nan grandparents'.split(' '));
const LOCATIVE = new Set('outside near opposite behind past by beside round around'.split(' '));
const MALE_CHILD = new Set('son sons boy boys lad lads stepson grandson nephew ds ds1 ds2'.split(' '));
const FEMALE_CHILD = new Set('daughter daughters girl girls lass stepdaughter granddaughter niece dd dd1 dd2'.split(' '));

export interface AnalyseInput {
  tokens: Token[];
  marks: Mark[];
  folded: Folded;
  mentions: FoundMention[];
  others: OtherSchool[];
  sentences: number;
  /** Grammatical gender of a staff member, from their title, for "he"/"she". */
  genderOf: (staffId: string) => Gender;
}

/** Word ranges inside quotation marks: reported speech or scare quotes. */
function quotedWords(words: Word[], tokens: Token[], text: string): { from: number; to: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /(^|[\s(\[:,-])(['"\u201C\u2018])(?=\S)([^'"\u201C\u201D\u2018\u2019\n]{1,80}?)(['"\u201D\u2019])(?=$|[\s.,!?;:)\]\-]|\p{Extended_Pictographic})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1]!.length;
    spans.push({ start, end: start + m[0].length - m[1]!.length });
  }
  return spans
    .map(({ start, end }) => {
      const inside = words.map((w, i) => ({ w, i })).filter(({ w }) => tokens[w.token]!.start >= start && tokens[w.token]!.end <= end);
      return inside.length ? { from: inside[0]!.i, to: inside[inside.length - 1]!.i + 1 } : undefined;
    })
    .filter((x): x is { from: number; to: number } => x !== undefined);
}

export function analyse(input: AnalyseInput): Analysis {
  const { tokens, marks, folded, mentions, others } = input;
  const words = wordsOf(tokens, folded.text, isCompound);
  const nw = words.length;

  // ---- who each word is about ---------------------------------------------------------------
  const tokenEntity = new Map<number, { entity: Entity; gender: Gender; plural?: boolean }>();
  const locative = new Set<number>();
  for (const m of mentions) {
    const prev = tokens[m.from - 1];
    const prev2 = tokens[m.from - 2];
    // "outside the Low Ash gates", "on the way to Wade Deacon": a place, not the subject.
    const isPlace =
      m.kind === 'school' &&
      ((prev && LOCATIVE.has(prev.norm)) || (prev2 && LOCATIVE.has(prev2.norm) && prev?.norm === 'the') || (prev?.norm === 'to' && prev2 && /^(get|getting|got|way|drive|driving|walk|walking)$/.test(prev2.norm)));
    const gender: Gender = m.kind === 'staff' && m.id ? input.genderOf(m.id) : 'n';
    for (let k = m.from; k < m.to; k++) {
      tokenEntity.set(k, { entity: 'ours', gender, plural: m.kind === 'school' });
      if (isPlace) locative.add(k);
    }
  }
  const otherNames = new Set<string>();
  for (const o of others) {
    for (let k = o.from; k < o.to; k++) tokenEntity.set(k, { entity: 'other', gender: 'n', plural: true });
    otherNames.add(tokens[o.from]!.norm);
  }
  // Another school by its own name ("Hollinbrook Academy", "Brackenmoor High"), and that name
  // again later on its own ("Hollinbrook never answered").
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (SCHOOL_NOUNS.has(t.norm) && t.capital && prev.capital && !tokenEntity.has(k) && !tokenEntity.has(k - 1) && prev.norm !== 'the' && !isCommonWord(prev.norm)) {
      tokenEntity.set(k, { entity: 'other', gender: 'n', plural: true });
      tokenEntity.set(k - 1, { entity: 'other', gender: 'n', plural: true });
      otherNames.add(prev.norm);
    }
  }
  tokens.forEach((t, k) => {
    if (!tokenEntity.has(k) && t.capital && otherNames.has(t.norm)) tokenEntity.set(k, { entity: 'other', gender: 'n', plural: true });
  });

  const entity: (Entity | undefined)[] = new Array(nw).fill(undefined);
  const gender: (Gender | undefined)[] = new Array(nw).fill(undefined);
  const inMention: boolean[] = new Array(nw).fill(false);
  words.forEach((w, i) => {
    const e = tokenEntity.get(w.token);
    if (e) {
      entity[i] = e.entity;
      gender[i] = e.gender;
      inMention[i] = true;
      return;
    }
    if (OTHER_TARGETS.has(w.w) && !(w.w === 'system' && words[i - 1]?.w !== 'the')) entity[i] = 'other';
    else if (SELF.has(w.w)) entity[i] = 'self';
    else if (CHILD_WORDS.has(w.w) && i > 0 && /^(my|our|me)$/.test(words[i - 1]!.w)) {
      entity[i] = 'child';
      gender[i] = MALE_CHILD.has(w.w) ? 'm' : FEMALE_CHILD.has(w.w) ? 'f' : 'n';
    }
  });

  // ---- pronouns: he, she and they, by who was last talked about ----------------------------
  const resolvePronoun = (i: number): Entity | undefined => {
    const w = words[i]!.w;
    const wanted: Gender | 'pl' | undefined =
      w === 'he' || w === 'him' || w === 'his' || w === 'himself' ? 'm' : w === 'she' || w === 'her' || w === 'herself' ? 'f' : w === 'they' || w === 'them' || w === 'their' ? 'pl' : undefined;
    if (!wanted) return undefined;
    const fits = (k: number) => {
      const e = entity[k];
      if (!e || e === 'self') return false;
      if (wanted === 'pl') return e === 'ours' || e === 'other';
      return gender[k] === wanted || gender[k] === 'n';
    };
    const sentence = words[i]!.sentence;
    const sentenceStart = i === 0 || words[i - 1]!.sentence !== sentence;
    // A pronoun that opens a sentence is usually the previous sentence's subject.
    if (sentenceStart) {
      const prevSentence = words.filter((x) => x.sentence === sentence - 1);
      const firstIdx = words.indexOf(prevSentence[0]!);
      for (let k = firstIdx; k >= 0 && k < i && words[k]!.sentence === sentence - 1; k++) if (fits(k)) return entity[k];
    }
    for (let k = i - 1; k >= 0 && words[k]!.sentence >= sentence - 2; k--) if (fits(k)) return entity[k];
    return undefined;
  };

  // ---- topics: per clause, then per sentence, then carried over -----------------------------
  const clauseTopic = new Map<number, Topic>();
  const sentenceTopic: Topic[] = new Array(input.sentences).fill('none');
  const explicitOurs = new Set<number>();
  // An unnamed reference ("that head", "the school") right after another school is named
  // belongs to that school.
  const weakOurs = new Set<number>();
  for (const m of mentions) {
    if (m.kind !== 'implicit') continue;
    const prevOther = words.some((w, k) => entity[k] === 'other' && tokenEntity.get(w.token)?.plural && w.sentence >= words.find((x) => x.token === m.from)!.sentence - 1 && w.token < m.from);
    if (prevOther) for (let k = m.from; k < m.to; k++) weakOurs.add(k);
  }
  words.forEach((w, i) => {
    const e = entity[i];
    if (e === 'ours' && weakOurs.has(w.token)) return;
    if (e === 'ours' && !locative.has(w.token)) {
      clauseTopic.set(w.clause, 'ours');
      sentenceTopic[w.sentence] = 'ours';
      explicitOurs.add(w.sentence);
    } else if (e === 'other') {
      if (clauseTopic.get(w.clause) !== 'ours') clauseTopic.set(w.clause, 'other');
      if (sentenceTopic[w.sentence] !== 'ours') sentenceTopic[w.sentence] = 'other';
    }
  });
  const resolved = [...sentenceTopic];
  let last: Topic = 'none';
  for (let s = 0; s < resolved.length; s++) {
    if (resolved[s] !== 'none') last = resolved[s]!;
    else resolved[s] = last;
  }
  const firstNamed = sentenceTopic.find((t) => t !== 'none') ?? 'none';
  for (let s = 0; s < resolved.length && resolved[s] === 'none' && sentenceTopic[s] === 'none'; s++) resolved[s] = firstNamed;
  const aboutSchool = mentions.length > 0;

  // ---- cues -----------------------------------------------------------------------------------
  const raw: Cue[] = [];
  for (const m of compiled().scan(words)) {
    if (m.data.weight <= 0) continue;
    raw.push({ kind: m.data.kind, weight: m.data.weight, from: m.start, to: m.start + m.length, source: m.source, subject: m.data.subject });
  }
  // Overlapping matches of one kind are one piece of evidence, at the strongest weight.
  raw.sort((a, b) => a.from - b.from || b.weight - a.weight);
  const cues: Cue[] = [];
  for (const c of raw) {
    const overlap = cues.find((o) => o.kind === c.kind && c.from < o.to && o.from < c.to);
    if (!overlap) cues.push({ ...c });
    else {
      overlap.weight = Math.max(overlap.weight, c.weight);
      overlap.from = Math.min(overlap.from, c.from);
      overlap.to = Math.max(overlap.to, c.to);
    }
  }
  const phraseCount = cues.length;
  const insidePhrase = (i: number, kinds: CueKind[]) => cues.slice(0, phraseCount).some((p) => p.from <= i && i < p.to && kinds.includes(p.kind as CueKind));

  const negatedAt = (i: number): boolean => {
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      const p = words[i - k]!;
      if (p.clause !== words[i]!.clause) break;
      if (CLASSES.NEG!.has(p.w) && !(p.w === 'no' && (words[i - k + 1]?.w === 'wonder' || words[i - k + 1]?.w === 'doubt'))) return true;
    }
    return false;
  };

  for (let i = 0; i < nw; i++) {
    if (inMention[i]) continue; // "Low" in "Low Ash" is a name, not a judgement
    const w = words[i]!.w;
    const judgement = JUDGEMENTS[w];
    if (judgement && !insidePhrase(i, ['praise', 'exculpate', 'complaint', 'sarcasm'])) {
      if (negatedAt(i)) cues.push({ kind: 'praise', weight: 0.5, from: i, to: i + 1, source: `not ${w}` });
      else cues.push({ kind: 'judgement', weight: judgement, from: i, to: i + 1, source: w });
    }
    const praise = PRAISE[w];
    if (praise && !insidePhrase(i, ['praise', 'complaint', 'sarcasm'])) {
      if (negatedAt(i)) cues.push({ kind: 'judgement', weight: Math.min(2, praise), from: i, to: i + 1, source: `not ${w}` });
      else cues.push({ kind: 'praise', weight: praise, from: i, to: i + 1, source: w });
    }
    // Insults: a noun that insults, said of someone ("a useless cow", "you absolute clown",
    // "a proper dopey mare", "a bunch of witches"), worse with insulting adjectives before it.
    const noun = insultNoun(w);
    if (noun !== undefined && noun > 0) {
      let frame = -1;
      let adjWeight = 0;
      for (let k = i - 1; k >= 0 && i - k <= 4 && words[k]!.sentence === words[i]!.sentence; k--) {
        const b = words[k]!.w;
        if (INSULT_ADJECTIVES[b] !== undefined) adjWeight = Math.max(adjWeight, INSULT_ADJECTIVES[b]!);
        if (INSULT_FRAMES.has(b)) {
          frame = k;
          break;
        }
        if (CLASSES.SUBJ!.has(b) || /^(and|but|or|because|when|if|who|which|the)$/.test(b)) break;
      }
      const alone = i === 0 || words[i - 1]!.sentence !== words[i]!.sentence;
      if ((frame >= 0 || alone) && (noun >= 2 || adjWeight > 0)) {
        const from = frame >= 0 ? frame + 1 : i;
        cues.push({ kind: 'insult', weight: Math.min(3, Math.max(noun, adjWeight) + (adjWeight ? 1 : 0)), from, to: i + 1, source: w });
      }
    }
    const adjective = INSULT_ADJECTIVES[w];
    if (adjective && !(words[i + 1] && INSULT_NOUNS[words[i + 1]!.w] !== undefined)) {
      const prev = words[i - 1]?.w ?? '';
      const next = words[i + 1]?.w ?? '';
      const predicate = CLASSES.BE!.has(prev) || CLASSES.INTENS!.has(prev) || prev === 'and' || prev === 'so';
      const modifiesPerson = PERSON_NOUNS.has(next) || (PERSON_NOUNS.has(words[i + 2]?.w ?? '') && INSULT_ADJECTIVES[next] !== undefined);
      const standalone = (words[i + 1] === undefined || words[i + 1]!.sentence !== words[i]!.sentence) && (i === 0 || words[i - 1]!.sentence !== words[i]!.sentence);
      const thickAs = next === 'as' && words[i + 2] !== undefined;
      if ((predicate || modifiesPerson || standalone || thickAs) && !negatedAt(i)) cues.push({ kind: 'insult', weight: adjective, from: i, to: i + 1, source: w });
    }
    if (INSULT_EMOJI.has(w)) cues.push({ kind: 'insult', weight: 2, from: i, to: i + 1, source: w });
  }
  // Swearing, the disguised kind too: obscenity reads leetspeak and stretched letters; stars
  // ("w*nker", "s***") are matched by shape against a list.
  const swearAt = new Set<number>();
  for (let i = 0; i < nw; i++) {
    const token = tokens[words[i]!.token]!;
    if (!inMention[i] && token.masked && maskedSwear(token.norm)) swearAt.add(i);
  }
  for (const match of profanityMatcher().getAllMatches(folded.text)) {
    const wi = words.findIndex((w) => tokens[w.token]!.start <= match.startIndex && tokens[w.last ?? w.token]!.end > match.startIndex);
    if (wi >= 0 && !inMention[wi]) swearAt.add(wi);
  }
  for (const i of swearAt) cues.push({ kind: 'profanity', weight: 2, from: i, to: i + 1, source: words[i]!.w });

  // Quotes: reported speech does not insult or threaten in the parent's own voice; a short
  // phrase in scare quotes ("their 'open door policy'") is a sneer.
  const quotes = quotedWords(words, tokens, folded.text);
  const quoted = (i: number) => quotes.some((q) => q.from <= i && i < q.to);
  for (const q of quotes) {
    if (q.to - q.from <= 4 && !words.slice(q.from, q.to).some((w, k) => inMention[q.from + k])) cues.push({ kind: 'sarcasm', weight: 1, from: q.from, to: q.to, source: 'scare quotes' });
  }

  // Praise under a slow clap or an eye roll ("Real leadership 👏👏", "thanks for the heads up
  // 🙃") is sarcasm; so is a one-word "Brilliant." after bad news.
  const emojiBySentence = new Map<number, string[]>();
  for (const m of marks) if (m.kind === 'emoji') emojiBySentence.set(m.sentence, [...(emojiBySentence.get(m.sentence) ?? []), m.text]);
  for (const c of cues) {
    if (c.kind !== 'praise') continue;
    const s = words[c.from]!.sentence;
    const emoji = emojiBySentence.get(s) ?? [];
    const sentenceWords = words.filter((w) => w.sentence === s);
    const clap = emoji.filter((e) => e === '👏').length >= 2 || emoji.some((e) => SARCASM_EMOJI.has(e) && e !== '👏');
    const standalone = sentenceWords.length <= 2 && sentenceWords.every((w) => PRAISE[w.w] !== undefined || CLASSES.INTENS!.has(w.w) || /^(oh|just|well|done|how|great|what|really|very)$/.test(w.w)) && s > 0;
    if (clap) Object.assign(c, { kind: 'sarcasm', weight: 2, source: `${c.source} (sarcastic)` });
    else if (standalone) Object.assign(c, { kind: 'sarcasm', weight: 1.5, source: `${c.source} (sarcastic)` });
  }
  // "£38 for a trip to a farm??": a price with indignation.
  const priceRe = /£\s?\d[\d,.]*/g;
  for (let m = priceRe.exec(folded.text); m; m = priceRe.exec(folded.text)) {
    const wi = words.findIndex((w) => tokens[w.token]!.start >= m!.index);
    if (wi < 0) continue;
    const s = words[wi]!.sentence;
    const indignant = marks.some((mk) => mk.sentence === s && (mk.text.length >= 2 || mk.kind === 'question'));
    if (indignant) cues.push({ kind: 'complaint', weight: 1, from: wi, to: wi + 1, source: 'price' });
  }

  // ---- tone of the clauses about the school --------------------------------------------------
  const clauseBreaks = words.map((w, i) => i === 0 || words[i - 1]!.clause !== w.clause);
  const shoutingDraft = tokens.filter((t) => t.upper).length > tokens.length * 0.6;
  const vals = valences(
    words.map((w, i) => ({ w: inMention[i] ? '' : w.w, shouted: !shoutingDraft && tokens[w.token]!.upper && w.w.length > 2 })),
    clauseBreaks,
  );
  const emojiMarks = marks.filter((m) => m.kind === 'emoji').map((m) => ({ sentence: m.sentence, v: EMOJI_VALENCE[m.text] ?? 0, sarcastic: SARCASM_EMOJI.has(m.text) }));

  // ---- keep what is aimed at the school -----------------------------------------------------
  // A strong "not their fault" takes the school out of the grievances the draft does not pin on it.
  const exculpatedSentences = new Set<number>();
  let exculpatedDraft = false;
  const topicOf = (i: number): Topic => {
    const w = words[i]!;
    const ct = clauseTopic.get(w.clause);
    if (ct) return ct;
    const t = resolved[w.sentence] ?? 'none';
    if (t === 'ours' && exculpatedDraft && !explicitOurs.has(w.sentence)) return 'none';
    return t;
  };
  for (const c of cues) {
    if (c.kind !== 'exculpate') continue;
    if (topicOf(c.from) === 'other') continue;
    exculpatedSentences.add(words[c.from]!.sentence);
    if (c.weight >= 3) exculpatedDraft = true;
  }

  /** Who a cue's clause is about: the nearest named or pronoun subject before it. */
  const subjectOf = (i: number): Entity | undefined => {
    const clause = words[i]!.clause;
    for (let k = i - 1; k >= 0 && words[k]!.clause === clause; k--) {
      const e = entity[k];
      // "I think that's a stupid decision": the one thinking is not the one judged.
      if (e === 'self' && COGNITION.has(words[k + 1]?.w ?? '')) continue;
      if (e === 'self' && /^(am|was)$/.test(words[k + 1]?.w ?? '') && /^(wrong|right|mad|crazy)$/.test(words[k + 2]?.w ?? '')) continue;
      if (e) return e;
      const p = resolvePronoun(k);
      if (p) return p;
      if (/^(he|she|they|you|it|we)$/.test(words[k]!.w)) return undefined;
    }
    return undefined;
  };

  const aimed: Cue[] = [];
  for (const c of cues) {
    const topic = topicOf(c.from);
    const sentence = words[c.from]!.sentence;
    if (topic === 'other') continue;
    if (topic === 'none' && (!aboutSchool || exculpatedDraft)) continue;
    const subject = subjectOf(c.from);
    const aboutSelfOrChild = subject === 'self' || subject === 'child';
    if (c.subject) {
      const before = words[c.from - 1];
      if (!before || before.clause !== words[c.from]!.clause || /^(please|shh|shhh|ssh|just|and|but|so)$/.test(before.w)) continue;
    }
    if ((c.kind === 'insult' || c.kind === 'profanity' || c.kind === 'threat') && quoted(c.from)) {
      // reported speech: what someone else said, not the parent's own abuse
      aimed.push({ ...c, kind: 'complaint', weight: 1 });
      continue;
    }
    if ((c.kind === 'insult' || c.kind === 'profanity' || c.kind === 'judgement' || c.kind === 'defamation') && aboutSelfOrChild) continue;
    if ((c.kind === 'judgement' || c.kind === 'complaint' || c.kind === 'sarcasm') && exculpatedSentences.has(sentence)) continue;
    aimed.push(c);
  }

  // Tone: the words of sentences about the school not already counted as cues.
  const counted = new Set<number>();
  for (const c of aimed) for (let k = c.from; k < c.to; k++) counted.add(k);
  let negative = 0;
  let positive = 0;
  const strongestNegative: Cue[] = [];
  for (let i = 0; i < nw; i++) {
    const topic = topicOf(i);
    if (topic === 'other' || (topic === 'none' && (!aboutSchool || exculpatedDraft))) continue;
    if (exculpatedSentences.has(words[i]!.sentence) || counted.has(i) || quoted(i)) continue;
    const v = vals[i]!;
    if (v < 0) {
      const subject = subjectOf(i);
      if (subject === 'self' || subject === 'child') continue;
      negative += -v;
      if (v <= -1.2) strongestNegative.push({ kind: 'valence', weight: -v, from: i, to: i + 1, source: words[i]!.w });
    } else positive += v;
  }
  for (const e of emojiMarks) {
    const topic = resolved[e.sentence] ?? 'none';
    if (topic === 'other' || (topic === 'none' && !aboutSchool)) continue;
    if (e.v < 0) negative += -e.v;
    else positive += e.v;
  }

  // ---- scores -------------------------------------------------------------------------------
  const scores = { complaint: 0, defamation: 0, abuse: 0, threat: 0, praise: 0, valence: normalise(positive - negative) };
  const sarcasticSentences = new Set(emojiMarks.filter((e) => e.sarcastic).map((e) => e.sentence));
  const hasNegativeIn = (s: number) => aimed.some((o) => (o.kind === 'complaint' || o.kind === 'judgement') && words[o.from]!.sentence === s);
  let allegationAboutParent = false;
  for (const c of aimed) {
    const s = words[c.from]!.sentence;
    switch (c.kind) {
      case 'complaint':
      case 'judgement':
      case 'rally':
        scores.complaint += c.weight;
        break;
      case 'sarcasm':
        if (sarcasticSentences.has(s) || hasNegativeIn(s) || c.weight >= 2 || (c.weight >= 1.5 && negative > 0)) scores.complaint += c.weight;
        break;
      case 'insult':
        scores.abuse += c.weight;
        break;
      case 'abuse':
        scores.abuse += c.weight;
        break;
      case 'profanity': {
        // Swearing at someone is abuse; swearing about a decision is a complaint with feeling.
        const clause = words[c.from]!.clause;
        const directed = words.some((w, k) => w.clause === clause && (entity[k] === 'ours' || /^(you|u|her|him|them|themselves|yourself|yourselves|she|he|they)$/.test(w.w)));
        scores.abuse += directed ? 2 : 1;
        scores.complaint += 1;
        break;
      }
      case 'defamation':
        if (negatedAt(c.from)) break;
        scores.defamation += c.weight;
        if (words.slice(Math.max(0, c.from - 6), c.from).some((w) => PARENT_WORDS.has(w.w))) allegationAboutParent = true;
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
  if (aimed.some((c) => c.kind === 'praise' && sarcasticSentences.has(words[c.from]!.sentence)) && negative > 0) scores.complaint += 1.5;
  // The tone of the clauses about the school adds to, or takes from, the complaint.
  scores.complaint += Math.max(0, negative - positive * 0.6) * 0.6;
  scores.complaint -= Math.max(0, scores.praise - Math.max(0, scores.complaint)) * 0.3;
  // An allegation against the school or its staff is also a complaint about their conduct.
  if (scores.defamation >= THRESHOLD.defamation && !allegationAboutParent) scores.complaint = Math.max(scores.complaint, THRESHOLD.complaint);

  aimed.push(...strongestNegative);
  const concerns = toConcerns(aimed, scores, words, tokens, folded);
  return { concerns, scores, cues: aimed, words };
}

export const THRESHOLD: Record<ConcernKind, number> = { complaint: 2, defamation: 2, abuse: 2, threat: 2 };

function toConcerns(aimed: Cue[], scores: Analysis['scores'], words: Word[], tokens: Token[], folded: Folded): Concern[] {
  const out: Concern[] = [];
  const span = (c: Cue): { start: number; end: number } => {
    const a = tokens[words[c.from]!.token]!;
    const lastWord = words[c.to - 1]!;
    const b = tokens[lastWord.last ?? lastWord.token]!;
    return toOriginal(folded, a.start, b.end);
  };
  const add = (kind: ConcernKind, cueKinds: Cue['kind'][]) => {
    if (scores[kind] < THRESHOLD[kind]) return false;
    const list = aimed.filter((c) => cueKinds.includes(c.kind)).sort((a, b) => b.weight - a.weight);
    const seen = new Set<string>();
    for (const c of list.slice(0, 4)) {
      const { start, end } = span(c);
      const key = `${start}:${end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ kind, start, end });
    }
    return list.length > 0;
  };
  add('threat', ['threat']);
  add('abuse', ['insult', 'profanity', 'abuse']);
  add('defamation', ['defamation']);
  if (!add('complaint', ['complaint', 'judgement', 'rally', 'sarcasm', 'profanity'])) {
    if (!add('complaint', ['valence']) && scores.complaint >= THRESHOLD.complaint) add('complaint', ['defamation']);
  }
  return out.sort((a, b) => a.start - b.start);
}
