// From candidates to mentions: overlapping matches are settled, weak forms are kept only where
// the draft's context makes them the person or the school, roles tied to the school become the
// staff member who holds them, and every mention gets offsets into the draft as typed.
import { type Folded, toOriginal } from './fold.ts';
import { ELSEWHERE_CONTEXT, SCHOOL_CONTEXT, SCHOOL_ONLY_CONTEXT } from './lexicon/school.ts';
import { isCommonWord } from './words.ts';
import { type Candidate, type MentionKind, type NameIndex, staffForRole } from './names.ts';
import type { Token } from './tokens.ts';

export interface Mention {
  kind: MentionKind;
  /** Staff id for staff mentions. */
  id?: string;
  /** As typed in the draft. */
  text: string;
  /** Offsets into the original draft: text === draft.slice(start, end). */
  start: number;
  end: number;
}

/** A mention with what the analysis needs beyond the public shape. */
export interface FoundMention extends Mention {
  from: number;
  to: number;
  sentence: number;
  form: Candidate['form'];
  disguised: boolean;
  role?: string;
}

export interface OtherSchool {
  name: string;
  from: number;
  to: number;
  sentence: number;
}

const STRONG: Candidate['form'][] = ['full-name', 'title-surname', 'initial-surname', 'alias', 'school-name', 'school-alias', 'school-core', 'school-tag', 'school-acronym'];
const EVENT_AFTER_POSSESSIVE = /^(party|birthday|bday|mum|mam|mom|dad|house|nan|nana|gran|sister|brother|baby|christening|wedding|present|presents|sleepover|playdate|friend|friends|cousin|auntie|uncle)$/;

function hasSchoolContext(tokens: Token[], candidates: Candidate[]): boolean {
  if (candidates.some((c) => c.kind === 'school' || (c.kind === 'staff' && STRONG.includes(c.form)))) return true;
  return tokens.some((t) => SCHOOL_CONTEXT.has(t.norm) || /^y(ea)?r?\d{1,2}$/.test(t.norm));
}

/**
 * "Mr Wood next door", "Dr Patel at the surgery", "our neighbour Mrs King": words right by the
 * name that place the person outside school. (A full name is only doubted this close up.)
 */
function elsewhereNear(tokens: Token[], from: number, to: number, all: Candidate[] = []): boolean {
  const after = tokens.slice(to, to + 4).filter((t) => t.sentence === tokens[from]!.sentence);
  const before = tokens.slice(Math.max(0, from - 3), from).filter((t) => t.sentence === tokens[from]!.sentence);
  if (after[0]?.norm === 'next' && after[1]?.norm === 'door') return true;
  const placed = after.findIndex((t) => /^(at|from|in|on|down|up|of)$/.test(t.norm));
  if (placed >= 0 && placed <= 1) {
    const place = after.slice(placed + 1).find((t) => !/^(the|my|our|a|their|his|her|local)$/.test(t.norm));
    if (place && ELSEWHERE_CONTEXT.has(place.norm)) return true;
    // "Mr Green at Brookside": at another named place (the school itself is matched before this).
    const placeIndex = place ? tokens.indexOf(place) : -1;
    const ours = all.some((c) => (c.kind === 'school' || c.kind === 'staff') && c.from <= placeIndex && placeIndex < c.to);
    if (place && !ours && /^(at|from)$/.test(after[placed]!.norm) && place.capital && !place.initial && !isCommonWord(place.norm) && !SCHOOL_CONTEXT.has(place.norm))
      return true;
  }
  return before.some((t) => ELSEWHERE_CONTEXT.has(t.norm) && t.norm !== 'work');
}

/** "went as Mr T", "dressed up as Miss Honey": a costume or an impression, not the person. */
function impersonated(tokens: Token[], from: number): boolean {
  const a = tokens[from - 1]?.norm;
  const b = tokens[from - 2]?.norm;
  const c = tokens[from - 3]?.norm;
  if (a !== 'as' || b === undefined) return false;
  return /^(went|go|goes|going|dressed|came|come|coming|dress|impression|costume)$/.test(b) || (b === 'up' && /^(dressed|dress|dressing)$/.test(c ?? ''));
}

/** "next door", "at the chippy", "the plumber": the same sentence places the name elsewhere. */
function elsewhereInSentence(tokens: Token[], sentence: number): boolean {
  const words = tokens.filter((t) => t.sentence === sentence);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!.norm;
    if (ELSEWHERE_CONTEXT.has(w)) return true;
    if (w === 'next' && words[k + 1]?.norm === 'door') return true;
    if (w === 'name' && words[k + 1]?.norm === 'of') return true;
  }
  return false;
}

function schoolContextInSentence(tokens: Token[], sentence: number): boolean {
  return tokens.some((t) => t.sentence === sentence && (SCHOOL_ONLY_CONTEXT.has(t.norm) || /^y(ea)?r?\d{1,2}$/.test(t.norm)));
}

function keep(c: Candidate, tokens: Token[], all: Candidate[], schoolContext: boolean): boolean {
  const first = tokens[c.from]!;
  const elsewhere = () => elsewhereInSentence(tokens, first.sentence) && !schoolContextInSentence(tokens, first.sentence);
  switch (c.form) {
    case 'title-surname':
    case 'full-name':
    case 'initial-surname':
    case 'alias':
      return !elsewhereNear(tokens, c.from, c.to, all) && !impersonated(tokens, c.from);
    case 'initial-alias':
      // "Mrs H", "Dr A": the school's own shorthand, unless the sentence puts them elsewhere
      // ("Mrs H next door", "Mrs K at the chippy") or it is a costume ("went as Mr T").
      if (impersonated(tokens, c.from)) return false;
      return !elsewhereInSentence(tokens, first.sentence) || schoolContextInSentence(tokens, first.sentence);
    case 'title-first':
      return schoolContext && !elsewhereInSentence(tokens, first.sentence);
    case 'single-alias':
      return schoolContext && !elsewhere();
    case 'surname': {
      if (elsewhere()) return false;
      const next = tokens[c.to];
      if (tokens[c.to - 1]!.possessive && next && EVENT_AFTER_POSSESSIVE.test(next.norm)) return false;
      // Typed as a name, or the draft is plainly about school.
      return first.capital || first.upper || schoolContext || all.some((o) => o.kind === 'staff' && o.id === c.id && o !== c);
    }
    default:
      return true;
  }
}

export interface ResolvedMentions {
  mentions: FoundMention[];
  others: OtherSchool[];
}

export function resolveMentions(
  index: NameIndex,
  candidates: Candidate[],
  tokens: Token[],
  folded: Folded,
  options: { implicit: boolean },
): ResolvedMentions {
  const schoolContext = hasSchoolContext(tokens, candidates);
  const kept = candidates.filter((c) => c.kind === 'other-school' || keep(c, tokens, candidates, schoolContext));
  // Settle overlaps: longer, then stronger, then named before implicit.
  const rank = (c: Candidate) => (c.kind === 'implicit' ? 0 : c.kind === 'other-school' ? 1 : 2) * 100 + (STRONG.includes(c.form) ? 50 : 0);
  kept.sort((a, b) => b.to - b.from - (a.to - a.from) || rank(b) - rank(a) || a.from - b.from);
  const taken: Candidate[] = [];
  for (const c of kept) {
    const overlaps = taken.some((o) => c.from < o.to && o.from < c.to);
    if (!overlaps) taken.push(c);
  }
  taken.sort((a, b) => a.from - b.from);

  const schoolNamed = taken.some((c) => c.kind === 'school');
  const mentions: FoundMention[] = [];
  const others: OtherSchool[] = [];
  for (const c of taken) {
    const first = tokens[c.from]!;
    // "a fake 'Wade Deacon Parents' page": an impostor, not the school.
    const before = tokens.slice(Math.max(0, c.from - 2), c.from).map((t) => t.norm);
    const impostor = c.kind === 'school' && before.some((w) => /^(fake|scam|bogus|imposter|impostor|spoof|copycat|pretend|knockoff)$/.test(w));
    if (c.kind === 'other-school' || impostor) {
      others.push({ name: c.id ?? '', from: c.from, to: c.to, sentence: first.sentence });
      continue;
    }
    let kind: MentionKind = c.kind;
    let id = c.id;
    if (c.form === 'role' && c.role) {
      // A role in a draft that names the school is that school's staff member, if only one
      // person holds it; otherwise it stays an unnamed reference.
      const holders = schoolNamed ? staffForRole(index, c.role) : [];
      // "my son's head of year", "his teacher": the candidate starts before the role words.
      const anchoredToChild = c.to - c.from > c.role.split(' ').length;
      if (holders.length === 1 && !anchoredToChild) {
        kind = 'staff';
        id = holders[0]!.id;
      } else kind = 'implicit';
    }
    if (kind === 'implicit' && !options.implicit) continue;
    const last = tokens[c.to - 1]!;
    // A possessive's "'s" is not part of the name.
    const endFolded = last.possessive && /'s$|s'$/.test(last.raw) ? last.end - (last.raw.endsWith("'") ? 1 : 2) : last.end;
    const { start, end } = toOriginal(folded, first.start, endFolded);
    mentions.push({
      kind,
      ...(kind === 'staff' ? { id } : {}),
      text: folded.original.slice(start, end),
      start,
      end,
      from: c.from,
      to: c.to,
      sentence: first.sentence,
      form: c.form,
      disguised: c.disguised,
      role: c.role,
    });
  }
  return { mentions, others };
}
