// Judging what a draft does, and to whom. Cues (phrases, judgements, insults, tone) are found over
// the whole draft, then kept only where they are about the school or its people: a clause or
// sentence that names them, or carries on from one that did — not one about the council, the
// weather, another school, one's own child or oneself.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { type Folded, toOriginal } from './fold.ts';
import { DeletionIndex, maskPattern } from './fuzzy.ts';
import { nameGender } from './nlp.ts';
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
import { baseValence, normalise, valences } from './sentiment.ts';
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
  notSelf?: boolean;
  verdict?: boolean;
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
type Entity = 'ours' | 'other' | 'child' | 'self' | 'person' | 'thing';

/** Things whose faults are not the school's conduct: "the material is boring", "a worthless textbook". */
const NEUTRAL_OBJECTS = new Set(
  'material materials subject topic topics textbook textbooks readings content weather traffic rain sets problem problems questions maths math physics chemistry biology thermo calculus algebra grammar language spanish french german latin history geography philosophy economics'.split(
    ' ',
  ),
);

/** Words that put an insult on someone: "a …", "you …", "is …", "bunch of …". */
const INSULT_FRAMES = new Set(
  'a an you u ur your is are was were of this that those these such absolute proper total complete utter right bunch load lot pack most poor'.split(' '),
);

let insultIndex: DeletionIndex<number> | undefined;

/** An insult, also misspelt ("losser", "Ashole") when the word is no ordinary English word. */
function insultNoun(w: string, capitalised = false): number | undefined {
  const exact = INSULT_NOUNS[w] ?? (w.endsWith('es') ? INSULT_NOUNS[w.slice(0, -2)] : undefined) ?? (w.endsWith('s') ? INSULT_NOUNS[w.slice(0, -1)] : undefined);
  if (exact !== undefined || capitalised || w.length < 6 || isCommonWord(w) || !/^[a-z]+$/.test(w)) return exact;
  if (!insultIndex) {
    insultIndex = new DeletionIndex<number>();
    for (const [k, v] of Object.entries(INSULT_NOUNS)) if (k.length >= 5 && v >= 3) insultIndex.add(k, v);
  }
  const near = insultIndex.near(w);
  return near.length ? Math.max(...near.flatMap((n) => n.values)) : undefined;
}

const PERSON_NOUNS = new Set(
  'woman women man men bag git person people teacher teachers lot bunch parents kids kid children lady bloke guy girl boy head headteacher staff individual excuse creature human being specimen family mum mums dad dads lads pupil pupils character soul dude fella fellow chap'.split(
    ' ',
  ),
);
const SELF = new Set(['i', 'me', 'myself']);
/** Words that can sit in a sentence of pure name-calling. */
const NAME_CALLING_GLUE = new Set('a an the and you u what such absolute total proper complete utter bloody fucking old little big right so really too'.split(' '));

/** Verbs that report what someone said. */
const SPEECH = new Set('told tells telling said says saying suggested suggests called calls asked replied answered wrote emailed texted messaged insisted claimed claims explained reckons informed'.split(' '));

function shoutingDraftWords(tokens: Token[]): boolean {
  const letters = tokens.filter((t) => /\p{L}/u.test(t.norm) && t.norm.length > 1);
  return letters.length >= 6 && letters.filter((t) => t.upper).length > letters.length * 0.7;
}

/** Words too common to count as an emphatic repeat ("would", "the"). */
const FUNCTION_WORDS = new Set(
  'a an the and or but if so to of in on at by for with from as is are was were be been being am do does did done have has had having will would shall should can could may might must not no yes it its this that these those there here i me my mine we us our you your he him his she her they them their what which who whom whose when where why how all any some each every more most other such only own same than too very just also then now up down out over again once about into through after before while because until hi hello thanks thank please ok okay yeah yes'.split(
    ' ',
  ),
);

/** How someone feels, not what they are: "he's terrified of the Year 9s". */
const EMOTIONS = new Set(
  'scared terrified worried upset sad nervous anxious frightened stressed tired exhausted gutted devastated heartbroken ill unwell poorly afraid confused lost lonely homesick bored miserable angry cross annoyed embarrassed ashamed shy'.split(' '),
);
/** Words a sarcastic closing verdict is made of, besides praise ("Great stuff.", "Ok.", "Tidy."). */
const CLOSER_WORDS = new Set('oh just well done how great what really very stuff ok okay tidy inspired classy genius nice lovely cheers love it times spirit community top work job brill priorities eh class'.split(' '));
const HEARTS = new Set(['❤', '❤️', '💙', '💜', '💚', '💛', '🧡', '💕', '💖', '🥰', '😍', '🤗']);
const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'you', 'u', 'they', 'who']);
const PREDICATE_SKIP = new Set(
  'a an the so such really very totally complete completely absolute absolutely just one utterly quite literally being too full of bit little proper right real such truly definitely clearly obviously always still such mentally morally seriously genuinely fucking bloody'.split(' '),
);
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
  const re = /(^|[\s([:,-])(['"\u201C\u2018])(?=\S)((?:[^'"\u201C\u201D\u2018\u2019\n]|(?<=\p{L})['\u2019](?=\p{L})){1,80}?)(['"\u201D\u2019])(?=$|[\s.,!?;:)\]-]|\p{Extended_Pictographic})/gu;
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

/** Weather is what a grievance is about even "in the rain": the school is not to blame for it. */
const WEATHER = new Set(['weather', 'rain', 'snow', 'ice', 'frost', 'storm', 'wind', 'heat', 'heatwave', 'fog', 'floods', 'flooding']);

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
  // "moved her from Brookside to Oakfield": Brookside is another school.
  for (let k = 0; k < tokens.length - 2; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (t.norm !== 'from' || !next.capital || tokenEntity.has(k + 1) || isCommonWord(next.norm)) continue;
    const toOurs = tokens.slice(k + 2, k + 6).some((x, j) => x.norm === 'to' && tokenEntity.get(k + 3 + j)?.entity === 'ours');
    const moved = tokens.slice(Math.max(0, k - 5), k).some((x) => /^(moved|move|moving|transferred|switched|took)$/.test(x.norm));
    if (toOurs || moved) {
      tokenEntity.set(k + 1, { entity: 'other', gender: 'n', plural: true });
      otherNames.add(next.norm);
    }
  }
  tokens.forEach((t, k) => {
    if (!tokenEntity.has(k) && t.capital && otherNames.has(t.norm)) tokenEntity.set(k, { entity: 'other', gender: 'n', plural: true });
  });

  // People named in the draft who are not staff (compromise): a child of the parent's ("my son
  // Jayden", "our Mason") or another child or parent, with the gender "he" and "she" need.
  if (mentions.length) {
    const mark = (covered: number[], gender: Gender) => {
      const first = covered[0]!;
      // "Mr Okafor Wonder how…": a name running on from a staff member's is not a new person.
      if (tokenEntity.get(first - 1)?.entity === 'ours') return;
      const before = tokens[first - 1];
      const before2 = tokens[first - 2];
      const ownChild =
        (before && before.norm === 'our' && tokens[first]!.capital) ||
        (before && CHILD_WORDS.has(before.norm) && before2 && /^(my|our)$/.test(before2.norm));
      for (const k of covered) tokenEntity.set(k, { entity: ownChild ? 'child' : 'person', gender });
    };
    // names compromise's lexicon knows, typed as names (or right after "my son")
    tokens.forEach((t, k) => {
      if (tokenEntity.has(k) || t.norm.length < 2) return;
      const afterChild = k >= 1 && CHILD_WORDS.has(tokens[k - 1]!.norm);
      const gender = nameGender(t.norm);
      // at the start of a sentence, only a name that is no ordinary word ("Jayden", not "Mark")
      const asName = (t.capital && !t.upper && (!t.initial || (gender !== undefined && gender !== 'n' && !isCommonWord(t.norm)))) || afterChild;
      if (asName && gender) mark([k], gender);
    });
  }

  const entity: (Entity | undefined)[] = new Array(nw).fill(undefined);
  const gender: (Gender | undefined)[] = new Array(nw).fill(undefined);
  const inMention: boolean[] = new Array(nw).fill(false);
  words.forEach((w, i) => {
    const e = tokenEntity.get(w.token);
    if (e) {
      entity[i] = e.entity;
      gender[i] = e.gender;
      inMention[i] = e.entity === 'ours' || e.entity === 'other';
      return;
    }
    // "the buses are never on time" is about the buses; "at the bus stop" is only where it happened
    const placeOnly = [words[i - 1]?.w, words[i - 1]?.w === 'the' ? words[i - 2]?.w : undefined].some((p) => p !== undefined && /^(at|in|on|by|near|outside|off)$/.test(p)) && !WEATHER.has(w.w);
    if (OTHER_TARGETS.has(w.w) && !placeOnly && !(w.w === 'system' && words[i - 1]?.w !== 'the')) entity[i] = 'other';
    else if (NEUTRAL_OBJECTS.has(w.w)) entity[i] = 'thing';
    else if (SELF.has(w.w)) entity[i] = 'self';
    else if ((w.w === 'mine' || w.w === 'ours') && (i === 0 || words[i - 1]!.sentence !== w.sentence || words[i - 1]!.clause !== w.clause)) {
      entity[i] = 'child'; // "Mine got 3 behaviour points": the parent's child
      gender[i] = 'n';
    } else if (CHILD_WORDS.has(w.w) && i > 0 && /^(my|our|me)$/.test(words[i - 1]!.w)) {
      entity[i] = 'child';
      gender[i] = MALE_CHILD.has(w.w) ? 'm' : FEMALE_CHILD.has(w.w) ? 'f' : 'n';
    }
  });

  const sentenceFirstWord = new Map<number, number>();
  words.forEach((w, i) => {
    if (!sentenceFirstWord.has(w.sentence)) sentenceFirstWord.set(w.sentence, i);
  });
  const wordAtTokenStart = new Map<number, number>();
  words.forEach((w, i) => {
    const start = tokens[w.token]!.start;
    if (!wordAtTokenStart.has(start)) wordAtTokenStart.set(start, i);
  });
  /** The word whose token covers folded offset `at`, or the first after it. */
  const wordAt = (at: number): number => {
    let lo = 0;
    let hi = nw - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[words[mid]!.last ?? words[mid]!.token]!.end > at) {
        found = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return found;
  };

  // ---- pronouns: he, she and they, by who was last talked about ----------------------------
  const resolvePronoun = (i: number): Entity | undefined => {
    const w = words[i]!.w;
    const sentence = words[i]!.sentence;
    const sentenceStart = i === 0 || words[i - 1]!.sentence !== sentence;
    const wanted: Gender | 'pl' | undefined =
      w === 'he' || w === 'him' || w === 'his' || w === 'himself' ? 'm' : w === 'she' || w === 'her' || w === 'herself' ? 'f' : w === 'they' || w === 'them' || w === 'their' ? 'pl' : undefined;
    if (!wanted) return undefined;
    // a clear "he" is a male name or son before a person of unknown gender (Mx, a school)
    let exactOnly = true;
    const fits = (k: number) => {
      const e = entity[k];
      if (!e || e === 'self' || e === 'thing') return false;
      if (wanted === 'pl') return e === 'ours' || e === 'other';
      return gender[k] === wanted || (!exactOnly && gender[k] === 'n');
    };
    const found = resolveWith(fits, i, sentence, sentenceStart);
    if (found || wanted === 'pl') return found;
    exactOnly = false;
    const near = resolveWith(fits, i, sentence, sentenceStart);
    if (near) return near;
    // "his" five sentences on from the only person named is still that person
    for (let k = i - 1; k >= 0; k--) if (fits(k) && entity[k] !== 'other') return entity[k];
    return undefined;
  };
  const resolveWith = (fits: (k: number) => boolean, i: number, sentence: number, sentenceStart: boolean): Entity | undefined => {
    // A pronoun that opens a sentence is usually the previous sentence's subject.
    if (sentenceStart) {
      // the subject of the last sentence that had one (a "Deserved." in between does not count)
      for (let back = 1; back <= 2; back++) {
        const firstIdx = sentenceFirstWord.get(sentence - back);
        if (firstIdx === undefined) continue;
        let found: Entity | undefined;
        let any = false;
        for (let k = firstIdx; k < i && words[k]!.sentence === sentence - back; k++) {
          if (entity[k] && entity[k] !== 'thing') any = true;
          if (!found && fits(k)) found = entity[k];
        }
        if (found) return found;
        if (any) break;
      }
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
  // A sentence that names no one but goes on about "he" or "she" is about whoever that is: "Was
  // on his phone during our presentation" after a sentence about other classes.
  words.forEach((w, i) => {
    if (sentenceTopic[w.sentence] !== 'none' || !/^(he|she|his|him|himself|herself)$/.test(w.w)) return;
    if (resolvePronoun(i) === 'ours') sentenceTopic[w.sentence] = 'ours';
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
  // Patterns see the school and its staff as one word, "@ours" ("not @ours's fault").
  const patternWords = words.map((w, i) => (inMention[i] && entity[i] === 'ours' ? { ...w, w: '@ours' } : w));
  const raw: Cue[] = [];
  for (const m of compiled().scan(patternWords)) {
    if (m.data.weight <= 0) continue;
    raw.push({ kind: m.data.kind, weight: m.data.weight, from: m.start, to: m.start + m.length, source: m.source, subject: m.data.subject, notSelf: m.data.notSelf, verdict: m.data.verdict });
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
  // A longer phrase of the opposite sense settles a shorter one inside it: "can't recommend this
  // professor enough" is praise, though "can't recommend" alone is not.
  const POLARITY: Partial<Record<string, number>> = { complaint: -1, rally: -1, sarcasm: -1, praise: 1, exculpate: 1, neutralise: 1 };
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    const pc = POLARITY[c.kind];
    if (!pc) continue;
    const beaten = cues.some((o) => o !== c && POLARITY[o.kind] === -pc && o.from <= c.from && c.to <= o.to && o.to - o.from > c.to - c.from);
    if (beaten) cues.splice(k, 1);
  }
  const phraseCount = cues.length;
  const insidePhrase = (i: number, kinds: CueKind[]) => cues.slice(0, phraseCount).some((p) => p.from <= i && i < p.to && kinds.includes(p.kind as CueKind));

  const negatedAt = (i: number): boolean => {
    for (let k = 1; k <= 3 && i - k >= 0; k++) {
      const p = words[i - k]!;
      if (p.clause !== words[i]!.clause) break;
      const after = words[i - k + 1]?.w;
      if (p.w === 'nothing' && after === 'but') continue; // "nothing but kind"
      if (after && /^(stop|stopped|stopping|quit)$/.test(after)) continue; // "haven't stopped smiling"
      // "we couldn't say a word without him being hostile": he was
      if (p.w === 'without' && words.slice(0, i - k).some((x) => x.sentence === words[i]!.sentence && CLASSES.NEG!.has(x.w))) return false;
      if (CLASSES.NEG!.has(p.w) && !(p.w === 'no' && (after === 'wonder' || after === 'doubt'))) return true;
    }
    // "I didn't think her class was very helpful": a negated thought reaches its clause.
    for (let k = 2; k <= 7 && i - k >= 0; k++) {
      const p = words[i - k]!;
      if (p.sentence !== words[i]!.sentence) break;
      if (/^(not|never)$/.test(p.w) && /^(think|thought|feel|felt|believe|call)$/.test(words[i - k + 1]!.w)) return true;
    }
    return false;
  };

  for (let i = 0; i < nw; i++) {
    if (inMention[i]) continue; // "Low" in "Low Ash" is a name, not a judgement
    const w = words[i]!.w;
    const judgement = JUDGEMENTS[w];
    // "poor sir", "poor thing", "poor Mrs Harper": sympathy, not a verdict.
    const sympathy = w === 'poor' && (inMention[i + 1] || /^(thing|things|love|lamb|kid|kids|sir|miss|man|woman|soul|child|children|boy|girl|lad|mite|sod|her|him|them|teacher|teachers|staff)$/.test(words[i + 1]?.w ?? ''));
    const ofThing = NEUTRAL_OBJECTS.has(words[i + 1]?.w ?? '') || NEUTRAL_OBJECTS.has(words[i + 2]?.w ?? '');
    if (judgement && !sympathy && !ofThing && !insidePhrase(i, ['praise', 'exculpate', 'complaint', 'sarcasm'])) {
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
    const token = tokens[words[i]!.token]!;
    const noun = insultNoun(w, token.capital && !token.initial);
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
      const alone = i === 0 || words[i - 1]!.sentence !== words[i]!.sentence || (inMention[i - 1] && frame < 0);
      // "look like an idiot", "feel like a failure": a comparison, not name-calling.
      const likened = frame >= 1 && /^(like|feel|felt|look|looked|seem|seemed)$/.test(words[frame - 1]!.w);
      const fond = i > 0 && (PRAISE[words[i - 1]!.w] ?? 0) > 0 && adjWeight === 0;
      if ((frame >= 0 || alone) && !likened && !fond && (noun >= 2 || adjWeight > 0)) {
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
      if ((predicate || modifiesPerson || standalone || thickAs) && !negatedAt(i))
        cues.push({ kind: 'insult', weight: modifiesPerson ? Math.max(2, adjective) : adjective, from: i, to: i + 1, source: w });
    }
  }
  // "She is a 🤡", "you are 💩": an emoji as the insult.
  for (const m of marks) {
    if (m.kind !== 'emoji' || !INSULT_EMOJI.has(m.text)) continue;
    const after = wordAt(m.start);
    const wi = after < 0 ? nw - 1 : after - 1;
    if (wi >= 0 && words[wi]!.sentence === m.sentence && /^(a|an|is|are|you|u|such|absolute|total|proper|like|complete|utter|right)$/.test(words[wi]!.w))
      cues.push({ kind: 'insult', weight: 2, from: wi, to: wi + 1, source: m.text });
  }
  // "He is a sloth", "She is mentally unstable", "You are irrelevant": a person, a copula, and a
  // predicate that insults or judges them harshly.
  for (let i = 1; i < nw; i++) {
    if (!COPULA.has(words[i]!.w)) continue;
    const subj = words[i - 1]!;
    if (subj.clause !== words[i]!.clause) continue;
    const isPerson =
      entity[i - 1] === 'ours' ||
      (PERSON_PRONOUNS.has(subj.w) && resolvePronoun(i - 1) !== 'child' && resolvePronoun(i - 1) !== 'other') ||
      PERSON_NOUNS.has(subj.w);
    if (!isPerson) continue;
    let j = i + 1;
    if (words[j] && /^(not|never)$/.test(words[j]!.w)) continue;
    while (j < nw && j <= i + 4 && words[j]!.clause === words[i]!.clause && PREDICATE_SKIP.has(words[j]!.w)) j++;
    let insult = 0;
    let nominal = false;
    let negativeSum = 0;
    let end = j;
    for (let k = j; k < nw && k <= j + 3 && words[k]!.clause === words[i]!.clause; k++) {
      const w = words[k]!.w;
      if (k > j && /^(about|at|with|for|to|in|on|from|by|into|over|after|before|during|than|like)$/.test(w)) break;
      const tk = tokens[words[k]!.token]!;
      const asNoun = insultNoun(w, tk.capital && !tk.initial);
      const n = asNoun ?? INSULT_ADJECTIVES[w] ?? 0;
      if (n > insult) insult = n;
      // "she is a dog", "a parasitic lump": a noun of insult after "a" calls the person one
      if (asNoun && asNoun > 0 && words.slice(i + 1, k).some((x) => x.w === 'a' || x.w === 'an')) nominal = true;
      const v = baseValence(w);
      if (v < 0) negativeSum += v;
      if (n > 0 || v < 0) end = k + 1;
      if (/^(and|but|because|when|who|that|which|to|for)$/.test(w) && k > j) break;
    }
    if (end <= j) continue;
    if (cues.some((c) => (c.kind === 'insult' || c.kind === 'abuse' || c.kind === 'judgement') && c.from < end && j < c.to)) continue;
    if (words.slice(j, end).some((w) => (PRAISE[w.w] ?? 0) > 0)) continue; // fond: "they were lovely losers"
    if (insult >= 2 || (insult >= 1 && nominal)) cues.push({ kind: 'insult', weight: Math.max(2, insult), from: j, to: end, source: 'predicate' });
    else if (negativeSum <= -1.5 && !/^(you|u)$/.test(subj.w) && !words.slice(j, end).some((w) => EMOTIONS.has(w.w)))
      cues.push({ kind: 'judgement', weight: 2, from: j, to: end, source: 'predicate' });
  }
  // Name-calling on its own: "Delusional idiot!", "Sleazy and greasy!!!", "Dweeb."
  const bySentence = new Map<number, { w: Word; i: number }[]>();
  words.forEach((w, i) => {
    if (inMention[i]) return;
    const list = bySentence.get(w.sentence);
    if (list) list.push({ w, i });
    else bySentence.set(w.sentence, [{ w, i }]);
  });
  for (const [, sentenceWords] of bySentence) {
    if (!sentenceWords.length || sentenceWords.length > 5) continue;
    // only name-calling: insults and the words that go with them, nothing else ("Dweeb.",
    // "Sleazy and greasy!!!"), not "This group was getting toxic".
    const others = sentenceWords.filter(({ w }) => (insultNoun(w.w) ?? INSULT_ADJECTIVES[w.w]) === undefined && !NAME_CALLING_GLUE.has(w.w));
    const strong = sentenceWords.some(({ w }) => (insultNoun(w.w) ?? 0) >= 3);
    if (others.length > (strong && sentenceWords.length <= 3 ? 1 : 0)) continue; // "meme jerk." but not "This group was getting toxic"
    const hits = sentenceWords.filter(({ w }) => {
      const tk = tokens[w.token]!;
      return (insultNoun(w.w, tk.capital && !tk.initial) ?? INSULT_ADJECTIVES[w.w] ?? 0) >= 2;
    });
    if (hits.length && !cues.some((c) => (c.kind === 'insult' || c.kind === 'abuse') && hits.some(({ i }) => c.from <= i && i < c.to)))
      cues.push({ kind: 'insult', weight: 2, from: sentenceWords[0]!.i, to: sentenceWords[sentenceWords.length - 1]!.i + 1, source: 'name-calling' });
  }

  // Swearing, the disguised kind too: obscenity reads leetspeak and stretched letters; stars
  // ("w*nker", "s***") are matched by shape against a list.
  const swearAt = new Set<number>();
  for (let i = 0; i < nw; i++) {
    const token = tokens[words[i]!.token]!;
    if (!inMention[i] && token.masked && maskedSwear(token.norm)) swearAt.add(i);
  }
  for (const match of profanityMatcher().getAllMatches(folded.text)) {
    const wi = wordAt(match.startIndex);
    if (wi >= 0 && tokens[words[wi]!.token]!.start <= match.startIndex && !inMention[wi]) swearAt.add(wi);
  }
  for (const i of swearAt) if (!(PRAISE[words[i]!.w] ?? 0)) cues.push({ kind: 'profanity', weight: 2, from: i, to: i + 1, source: words[i]!.w });

  // Quotes: reported speech does not insult or threaten in the parent's own voice; a short
  // phrase in scare quotes ("their 'open door policy'") is a sneer.
  const quotes = quotedWords(words, tokens, folded.text);
  const quoted = (i: number) => quotes.some((q) => q.from <= i && i < q.to);
  for (const q of quotes) {
    const titleCase = words.slice(q.from, q.to).filter((w) => tokens[w.token]!.capital).length >= Math.max(2, (q.to - q.from) * 0.6);
    if (q.to - q.from <= 4 && !titleCase && !words.slice(q.from, q.to).some((w, k) => inMention[q.from + k])) {
      const sneer = /^(apparently|supposedly|allegedly|my|lol|yeah)$/.test(words[q.to]?.w ?? '') || /^(so-called|socalled|their|its|his|her)$/.test(words[q.from - 1]?.w ?? '');
      cues.push({ kind: 'sarcasm', weight: sneer ? 2 : 1, from: q.from, to: q.to, source: 'scare quotes' });
    }
  }

  // The "Greenhill: 'we value every voice.' / Also Greenhill: scraps the school council" form:
  // the school quoted, then "Also" the school doing the opposite. Unmistakable sarcasm.
  for (let i = 1; i < nw; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    if (entity[i] !== 'ours' || !/^(also|meanwhile)$/.test(prev.w) || sentenceFirstWord.get(prev.sentence) !== i - 1) continue;
    const claimed = quotes.some((q) => q.from < i - 1 && entity[q.from - 1] === 'ours') || words.some((x, k) => k < i - 1 && entity[k] === 'ours' && x.sentence < w.sentence && quotes.some((q) => q.from > k && q.from <= k + 3));
    if (claimed) cues.push({ kind: 'sarcasm', weight: 3, from: i - 1, to: i + 1, source: `${prev.w} … (their own words against them)` });
  }

  // Praise under a slow clap or an eye roll ("Real leadership 👏👏", "thanks for the heads up
  // 🙃") is sarcasm; so is a one-word "Brilliant." after bad news.
  const emojiBySentence = new Map<number, string[]>();
  for (const m of marks) if (m.kind === 'emoji') emojiBySentence.set(m.sentence, [...(emojiBySentence.get(m.sentence) ?? []), m.text]);
  // Closing words that are not praise on their own ("Ok.", "Tidy.") become praise here, so that a
  // short closing verdict can be read as the sarcasm it is.
  for (const [s, list] of bySentence) {
    if (list.length > 3 || s === 0 || !list.every(({ w }) => CLOSER_WORDS.has(w.w) || PRAISE[w.w] !== undefined)) continue;
    if (!cues.some((c) => c.kind === 'praise' && words[c.from]!.sentence === s)) cues.push({ kind: 'praise', weight: 1, from: list[0]!.i, to: list[list.length - 1]!.i + 1, source: 'closer' });
  }
  for (const c of cues) {
    if (c.kind !== 'praise') continue;
    const s = words[c.from]!.sentence;
    const emoji = emojiBySentence.get(s) ?? [];
    const sentenceWords = words.filter((w) => w.sentence === s);
    const clap = emoji.filter((e) => e === '👏').length >= 2 || emoji.some((e) => SARCASM_EMOJI.has(e) && e !== '👏');
    // a short closing verdict after the story: "Inspired.", "Great stuff.", "Tidy.", "Priorities eh"
    const standalone = sentenceWords.length <= 3 && sentenceWords.every((w) => PRAISE[w.w] !== undefined || CLASSES.INTENS!.has(w.w) || CLOSER_WORDS.has(w.w)) && s > 0;
    if (clap) Object.assign(c, { kind: 'sarcasm', weight: 2, source: `${c.source} (sarcastic)` });
    else if (standalone) Object.assign(c, { kind: 'sarcasm', weight: 1.5, source: `${c.source} (sarcastic)` });
  }
  // An adjective inside an insult ("a useless cow") is part of the insult, not a separate verdict.
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    if (c.kind !== 'judgement') continue;
    const host = cues.find((o) => (o.kind === 'insult' || o.kind === 'abuse') && o.from <= c.from && c.to <= o.to);
    if (host) {
      host.weight = Math.max(host.weight, Math.min(3, c.weight));
      cues.splice(k, 1);
    }
  }
  // Insults under a heart are fond ("Mrs Rees has created a monster 😂❤️").
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k]!;
    if (c.kind !== 'insult' || c.weight > 2) continue;
    if ((emojiBySentence.get(words[c.from]!.sentence) ?? []).some((e) => HEARTS.has(e))) cues.splice(k, 1);
  }
  // A laugh softens a grumble ("you couldn't make it up 😂"), not an insult or a threat.
  for (const c of cues) {
    const laughing = (emojiBySentence.get(words[c.from]!.sentence) ?? []).some((e) => e === '😂' || e === '🤣' || e === '😆' || e === '😅');
    if ((c.kind === 'complaint' || c.kind === 'judgement') && c.weight <= 2 && laughing) c.weight *= 0.5;
  }
  // Indignation by repetition: "3 weeks. 3 weeks.", "Eleven. I timed it.", "SOCKS." — a short
  // sentence that repeats (or spells out) what the sentence before said.
  for (const [s, list] of bySentence) {
    if (list.length === 0 || list.length > 3 || s === 0) continue;
    const prevWords = new Set((bySentence.get(s - 1) ?? []).map(({ w }) => w.w));
    const repeats =
      list.some(({ w }) => prevWords.has(w.w) && !FUNCTION_WORDS.has(w.w)) ||
      list.some(({ w }) => /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|once|twice)$/.test(w.w) && list.length <= 2);
    const shouted = list.every(({ w }) => tokens[w.token]!.upper);
    if (repeats || shouted) cues.push({ kind: 'complaint', weight: 1, from: list[0]!.i, to: list[list.length - 1]!.i + 1, source: 'emphasis' });
  }

  // The parent quotes what a member of staff said: "Mrs Fisher told my son reception 'isn't a
  // creche'", "the head says it 'builds community'". Reported to others, that is a complaint.
  for (const q of quotes) {
    const s = words[q.from]!.sentence;
    let speaker = -1;
    for (let k = q.from - 1; k >= 0 && k >= q.from - 8 && words[k]!.sentence === s; k--) {
      if (SPEECH.has(words[k]!.w)) {
        speaker = k;
        break;
      }
    }
    if (speaker < 0) continue;
    const staffSpeaks = words.slice(Math.max(0, speaker - 6), speaker).some((w, k) => entity[Math.max(0, speaker - 6) + k] === 'ours' || ((w.w === 'she' || w.w === 'he' || w.w === 'they') && resolvePronoun(Math.max(0, speaker - 6) + k) === 'ours'));
    const quoteWords = words.slice(q.from, q.to);
    const fondQuote = quoteWords.some((w) => (PRAISE[w.w] ?? 0) > 0 || baseValence(w.w) >= 1.5);
    const explicitSpeaker = words.slice(Math.max(0, speaker - 6), speaker).some((_, k) => inMention[Math.max(0, speaker - 6) + k] && entity[Math.max(0, speaker - 6) + k] === 'ours' && !mentions.some((m) => m.kind === 'implicit' && m.from <= words[Math.max(0, speaker - 6) + k]!.token && words[Math.max(0, speaker - 6) + k]!.token < m.to && m.role && m.role !== 'head'));
    if (staffSpeaks && explicitSpeaker && !fondQuote) cues.push({ kind: 'complaint', weight: 1.5, from: speaker, to: q.to, source: 'quoting staff' });
  }
  // A draft shouted in capitals at the school.
  if (shoutingDraftWords(tokens) && mentions.some((m) => m.kind !== 'implicit')) cues.push({ kind: 'complaint', weight: 1.5, from: 0, to: Math.min(nw, 3), source: 'shouting' });

  // "£38 for a trip to a farm??": a price with indignation.
  const priceRe = /£\s?\d[\d,.]*/g;
  for (let m = priceRe.exec(folded.text); m; m = priceRe.exec(folded.text)) {
    const wi = wordAt(m.index);
    if (wi < 0) continue;
    const s = words[wi]!.sentence;
    const indignant = marks.some((mk) => mk.sentence === s && (mk.text.length >= 2 || mk.kind === 'question'));
    if (indignant) cues.push({ kind: 'complaint', weight: 1, from: wi, to: wi + 1, source: 'price' });
  }

  // ---- tone of the clauses about the school --------------------------------------------------
  const clauseBreaks = words.map((w, i) => i === 0 || words[i - 1]!.clause !== w.clause);
  const shoutingDraft = tokens.filter((t) => t.upper).length > tokens.length * 0.6;
  const vals = valences(
    // a two-letter piece of a hyphenated word ("kung-fu", "co-op") is not a word of its own
    words.map((w, i) => ({ w: inMention[i] || (w.w.length <= 2 && folded.text[tokens[w.token]!.start - 1] === '-') ? '' : w.w, shouted: !shoutingDraft && tokens[w.token]!.upper && w.w.length > 2 })),
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
      if (e === 'self' && words.slice(k + 1, i).some((w) => COGNITION.has(w.w) || /^(wrong|right)$/.test(w.w))) continue;
      if (e) return e;
      const p = resolvePronoun(k);
      if (p) return p;
      if (/^(he|she|they|you|it|we)$/.test(words[k]!.w)) return undefined;
    }
    return undefined;
  };

  // VADER's "but": what comes after it in a sentence outweighs what came before.
  const contrastAt = new Map<number, number>();
  words.forEach((w, i) => {
    if (/^(but|however|although|though|except|yet)$/.test(w.w) && !contrastAt.has(w.sentence)) contrastAt.set(w.sentence, i);
  });
  const DIMINISHERS = /^(little|bit|slightly|somewhat|kinda|sorta|abit|mildly|fairly|occasionally|sometimes|can|could)$/;
  /** The nearest subject within five words before a cue, if any. */
  const directSubjectOf = (i: number): Entity | undefined => {
    for (let k = i - 1; k >= 0 && k >= i - 5 && words[k]!.clause === words[i]!.clause; k--) {
      const e = entity[k] ?? resolvePronoun(k);
      if (e) return e;
    }
    return undefined;
  };
  const directSubject = (i: number): boolean => directSubjectOf(i) === 'child';
  const aimed: Cue[] = [];
  for (const original of cues) {
    const c = { ...original };
    if ((c.kind === 'complaint' || c.kind === 'judgement' || c.kind === 'rally') && c.source !== 'predicate' && !c.source.startsWith('not ')) {
      // "not a waste of time", "never boring": a complaint phrase under a negation is not one.
      const before = words[c.from - 1];
      const before2 = words[c.from - 2];
      const negated =
        (before && before.clause === words[c.from]!.clause && /^(not|never|no|hardly|nothing)$/.test(before.w)) ||
        (before2 && before2.clause === words[c.from]!.clause && /^(not|never)$/.test(before2.w) && /^(a|an|the|at|all|that|so|too|really|very)$/.test(before?.w ?? ''));
      const atAll = words[c.to]?.w === 'at' && words[c.to + 1]?.w === 'all' && words.slice(Math.max(0, c.from - 6), c.from).some((w) => CLASSES.NEG!.has(w.w));
      if (negated || atAll) continue;
      // "a little unfair", "can be a bit harsh": softened.
      const soft = words.slice(Math.max(0, c.from - 3), c.from).some((w) => DIMINISHERS.test(w.w)) && (c.kind === 'judgement' || c.kind === 'complaint');
      if (soft) c.weight *= 0.5;
    }
    const contrast = contrastAt.get(words[c.from]!.sentence);
    if (contrast !== undefined && !['threat', 'defamation', 'insult', 'abuse', 'profanity'].includes(c.kind)) c.weight *= c.from < contrast ? 0.5 : 1.25;
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
    if (c.kind === 'judgement' && quoted(c.from)) continue;
    if ((c.kind === 'insult' || c.kind === 'profanity' || c.kind === 'threat') && quoted(c.from)) {
      // reported speech: what someone else said, not the parent's own abuse
      aimed.push({ ...c, kind: 'complaint', weight: 1 });
      continue;
    }
    if ((c.kind === 'insult' || c.kind === 'profanity' || c.kind === 'judgement' || c.kind === 'defamation') && (aboutSelfOrChild || subject === 'thing')) continue;
    if ((c.kind === 'judgement' || c.kind === 'complaint' || c.kind === 'sarcasm' || c.kind === 'defamation') && exculpatedSentences.has(sentence)) continue;
    // "he's been doing nowt" about one's own son is not a complaint about the school; nor is
    // "I had no clue how to help" about oneself.
    if (c.kind === 'complaint' && aboutSelfOrChild && directSubject(c.from)) continue;
    if (c.verdict && aboutSelfOrChild) continue;
    // A complaint is about the school's conduct: when its subject is a named child or parent
    // ("Jayden … he has been doing nothing"), it is not one. Insults, threats and allegations
    // about them still count.
    if ((c.kind === 'complaint' || c.kind === 'judgement') && directSubjectOf(c.from) === 'person') continue;
    if (c.notSelf && (directSubjectOf(c.from) === 'self' || !words[c.from - 1] || words[c.from - 1]!.clause !== words[c.from]!.clause)) continue;
    aimed.push(c);
  }

  // Sentences laughing and praising at once: their strong words are in jest.
  const jokingSentences = new Set<number>();
  for (const [s, emoji] of emojiBySentence) {
    if (emoji.some((e) => e === '😂' || e === '🤣' || e === '😆') && aimed.some((c) => c.kind === 'praise' && words[c.from]!.sentence === s)) jokingSentences.add(s);
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
    if (words[i]!.w === 'poor' && (inMention[i + 1] || /^(thing|things|love|lamb|kid|kids|sir|miss|man|woman|soul|child|children|boy|girl|lad|mite|sod|her|him|them|teacher|teachers|staff)$/.test(words[i + 1]?.w ?? ''))) continue;
    let v = EMOTIONS.has(words[i]!.w) ? 0 : vals[i]!;
    if (v < 0 && jokingSentences.has(words[i]!.sentence)) v *= 0.3;
    if (v < 0) {
      const subject = subjectOf(i);
      if (subject === 'self' || subject === 'child' || subject === 'thing' || subject === 'person') continue;
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
  const hasNegativeIn = (s: number) =>
    aimed.some((o) => (o.kind === 'complaint' || o.kind === 'judgement' || o.kind === 'rally') && words[o.from]!.sentence === s) ||
    words.some((w, i) => w.sentence === s && vals[i]! <= -1 && !EMOTIONS.has(w.w) && !inMention[i]);
  let allegationAboutParent = false;
  let rally = 0;
  for (const c of aimed) {
    const s = words[c.from]!.sentence;
    switch (c.kind) {
      case 'complaint':
      case 'judgement':
        scores.complaint += c.weight;
        break;
      case 'rally':
        // "share this", "tag them", "RT" need a grievance behind them; "report her to Ofsted",
        // "flood her inbox", "keep your kids off" are one.
        if (/^\W*(please share|share|tag|rt|retweet|repost|spread|\(tag|\(rt|\(share)/.test(c.source)) rally += c.weight;
        else scores.complaint += c.weight;
        break;
      case 'sarcasm':
        // Sarcasm needs a sign: an eye roll or slow clap, a grievance beside it, or an
        // unambiguous form ("thanks for telling us two days before").
        if (sarcasticSentences.has(s) || hasNegativeIn(s) || c.weight >= 3) scores.complaint += c.weight;
        // a one-word "Brilliant." after a grievance in the draft
        else if (c.source.endsWith('(sarcastic)') && [...Array(s + 2).keys()].some((k) => k !== s && hasNegativeIn(k))) scores.complaint += c.weight;
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
  // Urging others on is piling on only with a grievance behind it ("please share" on a ticket
  // notice is not).
  if (rally > 0 && (scores.complaint > 0.5 || scores.defamation > 0 || scores.abuse > 0 || negative > 1.5)) scores.complaint += rally;
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
