// Finding the school and its staff in a draft: compiled once per config into indexes keyed by
// token, then matched against the draft's tokens with the context rules that tell the person from
// the word ("Mr Wood" but not "the wood"), the school from the road ("Low Ash" but not "Low Ash
// Road") and the teacher from the neighbour ("Mrs H" but not "Mrs H next door").
import type { School, SchoolConfig, StaffMember } from '../config/index.ts';
import { fold } from './fold.ts';
import { DeletionIndex, maskPattern } from './fuzzy.ts';
import {
  CHILD_WORDS,
  DEFAULT_ROLES,
  DEPUTY_ROLE,
  ELSEWHERE_CONTEXT,
  HEAD_ROLE,
  PLACE_WORDS,
  BUSINESS_WORDS,
  SCHOOL_COMPOUNDS,
  SCHOOL_CONTEXT,
  SCHOOL_KIND_WORDS,
  SCHOOL_NOUNS,
  SURNAME_PARTICLES,
  TITLES,
  type TitleGroup,
  titleCompatible,
} from './lexicon/school.ts';
import { type Token, tokenize } from './tokens.ts';
import { nameGender } from './nlp.ts';
import { isCommonWord, isVeryCommonWord } from './words.ts';

export type MentionKind = 'school' | 'staff' | 'implicit';

/** How a reference was recognised; decides how much context it needs. */
export type Form =
  | 'school-name' | 'school-alias' | 'school-core' | 'school-tag' | 'school-acronym'
  | 'full-name' | 'title-surname' | 'initial-surname' | 'title-first' | 'alias' | 'initial-alias' | 'single-alias'
  | 'surname' | 'first-name' | 'role' | 'implicit' | 'other-school';

export interface Candidate {
  kind: MentionKind | 'other-school';
  /** Staff id for staff; the school's name for schools. */
  id?: string;
  /** Token range [from, to). */
  from: number;
  to: number;
  form: Form;
  /** Found through a misspelling, mask or leetspeak. */
  disguised: boolean;
  /** For role and implicit references: the role ("head", "teacher") or "school". */
  role?: string;
}

interface StaffEntry {
  id: string;
  given: string[];
  surname: string[];
  title?: TitleGroup;
  role: string;
  surnameOrdinary: boolean;
  givenOrdinary: boolean;
}

interface SchoolForm {
  school: string;
  watched: boolean;
  tokens: string[];
  form: Form;
  /** Must be typed with capitals, or beside a school word, to count (e.g. "laps", "the bridge"). */
  strict: boolean;
  /** The form already ends with a word like "school" or "academy". */
  kindSuffix: boolean;
}

interface AliasForm {
  id: string;
  tokens: string[];
  form: 'alias' | 'initial-alias' | 'single-alias';
  ordinary: boolean;
}

export interface NameIndex {
  staff: StaffEntry[];
  staffById: Map<string, StaffEntry>;
  surnames: DeletionIndex<StaffEntry>;
  givenNames: Map<string, StaffEntry[]>;
  aliases: Map<string, AliasForm[]>;
  schoolForms: DeletionIndex<SchoolForm>;
  schoolTags: { tag: string; school: string; watched: boolean }[];
  roles: { tokens: string[]; phrase: string }[];
  watched: string[];
  /** Masked-token lookups: every name key by length. */
  keysByLength: Map<number, { key: string; kind: 'surname' | 'school' }[]>;
}

/** Splits a config name into folded word tokens, keeping word boundaries. */
function nameWords(name: string): string[][] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => tokenize(fold(word)).tokens.map((t) => t.norm + (t.possessive ? 's' : '')))
    .filter((w) => w.length > 0);
}

const flat = (words: string[][]) => words.flat();

function staffEntry(member: StaffMember): StaffEntry {
  const words = nameWords(member.name);
  let surnameWords = words.slice(-1);
  let givenWords = words.slice(0, -1);
  if (words.length >= 3 && words[words.length - 2]!.length === 1 && SURNAME_PARTICLES.has(words[words.length - 2]![0]!)) {
    surnameWords = words.slice(-2);
    givenWords = words.slice(0, -2);
  }
  const surname = flat(surnameWords);
  const given = flat(givenWords);
  const title = member.title ? TITLES[fold(member.title).text.replace(/[^a-z]/g, '')] : undefined;
  return {
    id: member.id,
    given,
    surname,
    title,
    role: fold(member.role ?? '').text,
    surnameOrdinary: surname.length === 1 && isCommonWord(surname[0]!),
    givenOrdinary: given.length === 1 && isCommonWord(given[0]!),
  };
}

/** The distinctive part of a school's name: "Low Ash Primary School" → ["low", "ash"]. */
function schoolCore(tokens: string[]): string[] {
  let core = [...tokens];
  if (core[0] === 'the') core = core.slice(1);
  while (core.length > 1 && SCHOOL_KIND_WORDS.has(core[core.length - 1]!)) core.pop();
  return core;
}

const STOPWORDS = new Set(['a', 'an', 'the', 'at', 'of', 'and', 'in', 'on', 'to', 'for', 'by', 'with', 'from', 'or', 'as', 'is', 'it', 'be']);

function schoolForms(school: School, watched: boolean): { forms: SchoolForm[]; tags: string[] } {
  const forms: SchoolForm[] = [];
  const tags = new Set<string>();
  const add = (tokens: string[], form: Form) => {
    if (!tokens.length) return;
    const allCommon = tokens.every((t) => isCommonWord(t) || STOPWORDS.has(t));
    const hasStop = tokens.some((t) => STOPWORDS.has(t));
    const kindSuffix = SCHOOL_KIND_WORDS.has(tokens[tokens.length - 1]!) && tokens.length > 1;
    // A one-word form that is an ordinary word, or a phrase with "at"/"the" in it, must look like a
    // name as typed; "low ash" or "wade deacon" in lower case is still the school.
    const strict = !kindSuffix && ((tokens.length === 1 && allCommon) || hasStop || (form === 'school-acronym' && isCommonWord(tokens[0]!)));
    forms.push({ school: school.name, watched, tokens, form, strict, kindSuffix });
    if (tokens.join('').length >= 4) tags.add(tokens.join(''));
  };
  const full = flat(nameWords(school.name));
  add(full, 'school-name');
  const core = schoolCore(full);
  if (core.join(' ') !== full.join(' ')) add(core, 'school-core');
  // "the Heath", "Heath School": the core with its kind word, as parents shorten it.
  const initials = full.filter((t) => !STOPWORDS.has(t)).map((t) => t[0]).join('');
  if (initials.length >= 3) add([initials], 'school-acronym');
  for (const alias of school.aliases ?? []) {
    const tokens = flat(nameWords(alias));
    const isAcronym = /^[A-Z0-9]{2,6}$/.test(alias.trim());
    add(tokens, isAcronym ? 'school-acronym' : tokens.length === 1 && !alias.includes(' ') && alias === alias.toLowerCase() ? 'school-tag' : 'school-alias');
  }
  for (const base of [core, full]) {
    const joined = base.join('');
    for (const suffix of ['', 'school', 'primary', 'high', 'academy', 'college', 'pta', 'parents', 'families', 'family']) tags.add(joined + suffix);
  }
  return { forms, tags: [...tags].filter((t) => t.length >= 5) };
}

export function compileNames(config: SchoolConfig, picked?: string[]): NameIndex {
  const all = [config.school, ...(config.schools ?? [])];
  const pickedKeys = new Set((picked?.length ? picked : [config.school.name]).map((n) => fold(n).text.trim()));
  const isPicked = (s: School) =>
    pickedKeys.has(fold(s.name).text.trim()) || (s.aliases ?? []).some((a) => pickedKeys.has(fold(a).text.trim()));
  const watchedSchools = all.filter(isPicked);
  const staff = config.staff.map(staffEntry);
  const index: NameIndex = {
    staff,
    staffById: new Map(staff.map((s) => [s.id, s])),
    surnames: new DeletionIndex(),
    givenNames: new Map(),
    aliases: new Map(),
    schoolForms: new DeletionIndex(),
    schoolTags: [],
    roles: [],
    watched: (watchedSchools.length ? watchedSchools : [config.school]).map((s) => s.name),
    keysByLength: new Map(),
  };
  const byLength = (key: string, kind: 'surname' | 'school') => {
    const list = index.keysByLength.get(key.length) ?? [];
    list.push({ key, kind });
    index.keysByLength.set(key.length, list);
  };
  for (const entry of staff) {
    const key = entry.surname.join('');
    if (key) {
      index.surnames.add(key, entry);
      byLength(key, 'surname');
      if (entry.surname.length > 1) index.surnames.add(entry.surname[0]!, entry); // "ni" of "ni bhriain": checked in order
    }
    for (const g of entry.given) {
      const list = index.givenNames.get(g) ?? [];
      list.push(entry);
      index.givenNames.set(g, list);
    }
  }
  for (const member of config.staff) {
    for (const alias of member.aliases ?? []) {
      const tokens = flat(nameWords(alias));
      if (!tokens.length) continue;
      const form: AliasForm['form'] =
        tokens.length === 2 && TITLES[tokens[0]!] && tokens[1]!.length === 1 ? 'initial-alias' : tokens.length === 1 ? 'single-alias' : 'alias';
      const list = index.aliases.get(tokens[0]!) ?? [];
      list.push({ id: member.id, tokens, form, ordinary: tokens.length === 1 && isCommonWord(tokens[0]!) });
      index.aliases.set(tokens[0]!, list);
    }
  }
  for (const school of all) {
    const watched = watchedSchools.includes(school) || (!watchedSchools.length && school === config.school);
    const { forms, tags } = schoolForms(school, watched);
    for (const f of forms) {
      index.schoolForms.add(f.tokens[0]!, f);
      if (f.tokens.length === 1) byLength(f.tokens[0]!, 'school');
    }
    for (const tag of tags) index.schoolTags.push({ tag, school: school.name, watched });
  }
  // The school's own role words, plus the ones every parent uses whatever the school lists.
  const roleWords = new Set([...(config.roles ?? DEFAULT_ROLES), ...CORE_ROLES]);
  for (const phrase of roleWords) {
    const tokens = flat(nameWords(phrase));
    if (tokens.length) index.roles.push({ tokens, phrase: tokens.join(' ') });
  }
  index.roles.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface TokenView {
  tokens: Token[];
  text: string;
}

/** The lookup forms of a token: as typed, its leetspeak readings, without a plural/possessive s. */
function readings(t: Token): string[] {
  const out = [t.norm];
  if (t.leet) out.push(...t.leet);
  // "St Aidan's" is stored as "aidans": a possessive in the draft may be part of the name.
  if (t.possessive) out.push(`${t.norm}s`);
  return out;
}

const adjacent = (view: TokenView, a: Token, b: Token) => /^\s*$/.test(view.text.slice(a.end, b.start));

function matchSurnameAt(index: NameIndex, view: TokenView, i: number, allowFuzzy: boolean): { entry: StaffEntry; to: number; disguised: boolean }[] {
  const t = view.tokens[i];
  if (!t) return [];
  const out: { entry: StaffEntry; to: number; disguised: boolean }[] = [];
  const seen = new Set<string>();
  const push = (entry: StaffEntry, to: number, disguised: boolean) => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    out.push({ entry, to, disguised });
  };
  const tryKey = (key: string, disguised: boolean) => {
    for (const entry of index.surnames.get(key) ?? []) {
      if (entry.surname.length === 1 || entry.surname.join('') === key) push(entry, i + 1, disguised);
      else {
        // a multi-word surname ("ni bhriain"): the following tokens must carry on the name
        const rest = entry.surname.slice(1);
        const ok = rest.every((part, k) => view.tokens[i + 1 + k]?.norm === part);
        if (ok) push(entry, i + 1 + rest.length, disguised);
      }
    }
  };
  const forms = readings(t);
  forms.forEach((f, k) => tryKey(f, k > 0 || t.spelled));
  // "O Neill", "Har per": two tokens typed apart.
  const next = view.tokens[i + 1];
  if (next && adjacent(view, t, next) && !next.masked) {
    const joined = t.norm + next.norm;
    for (const entry of index.surnames.get(joined) ?? []) if (entry.surname.join('') === joined) push(entry, i + 2, entry.surname.length === 1);
  }
  // "Harpers new rules": a possessive without its apostrophe.
  if (!out.length && t.norm.length > 4 && t.norm.endsWith('s') && !isCommonWord(t.norm)) tryKey(t.norm.slice(0, -1), false);
  if (t.masked) {
    const pattern = maskPattern(t.norm);
    for (const { key, kind } of index.keysByLength.get(t.norm.length) ?? []) {
      if (kind === 'surname' && pattern.test(key)) for (const entry of index.surnames.get(key) ?? []) push(entry, i + 1, true);
    }
  }
  if (allowFuzzy && !out.length) {
    for (const f of forms) {
      if (f.length < 4 || isCommonWord(f) || !/^\p{L}+$/u.test(f)) continue;
      for (const { key, values } of index.surnames.near(f)) {
        if (key.length < 5) continue;
        for (const entry of values) if (entry.surname.join('') === key) push(entry, i + 1, true);
      }
    }
  }
  return out;
}

function schoolFormsAt(index: NameIndex, view: TokenView, i: number): { form: SchoolForm; to: number; disguised: boolean }[] {
  const t = view.tokens[i]!;
  const out: { form: SchoolForm; to: number; disguised: boolean }[] = [];
  const firsts: { f: SchoolForm; disguised: boolean }[] = [];
  for (const r of readings(t)) for (const f of index.schoolForms.get(r) ?? []) firsts.push({ f, disguised: r !== t.norm });
  if (t.masked) {
    // People don't count stars carefully: "G*****ll" for Greenhill. Loose for longer names.
    const visible = t.norm.replace(/\*/g, '').length;
    const loose = visible >= 2 && t.norm.length >= 6;
    const pattern = maskPattern(t.norm, loose);
    for (const len of loose ? [t.norm.length - 1, t.norm.length, t.norm.length + 1] : [t.norm.length])
      for (const { key, kind } of index.keysByLength.get(len) ?? [])
        if (kind === 'school' && pattern.test(key)) for (const f of index.schoolForms.get(key) ?? []) firsts.push({ f, disguised: true });
  }
  if (t.norm.length >= 4 && !isCommonWord(t.norm) && /^\p{L}+$/u.test(t.norm)) {
    for (const { values } of index.schoolForms.near(t.norm)) for (const f of values) if (f.tokens.join(' ').length >= 6) firsts.push({ f, disguised: true });
  }
  for (const { f, disguised } of firsts) {
    let ok = true;
    let fuzzyUsed = disguised;
    for (let k = 1; k < f.tokens.length; k++) {
      const tk = view.tokens[i + k];
      const want = f.tokens[k]!;
      if (!tk) {
        ok = false;
        break;
      }
      if (readings(tk).includes(want)) {
        if (tk.norm !== want) fuzzyUsed = true;
        continue;
      }
      // one misspelt word in a name of some length: "Low Ashe", "Wade Decon"
      const wholeLength = f.tokens.join(' ').length;
      if (!fuzzyUsed && wholeLength >= 6 && tk.norm.length >= 3 && !isCommonWord(tk.norm) && withinOne(tk.norm, want)) {
        fuzzyUsed = true;
        continue;
      }
      ok = false;
      break;
    }
    if (ok) out.push({ form: f, to: i + f.tokens.length, disguised: fuzzyUsed });
  }
  return out;
}

function withinOne(a: string, b: string): boolean {
  const idx = new DeletionIndex<true>();
  idx.add(b, true);
  return idx.near(a).length > 0 || a === b;
}

/** The reference is written as a name: capital letters, a hashtag or handle, or masked. */
function looksLikeName(tokens: Token[], from: number, to: number): boolean {
  const slice = tokens.slice(from, to);
  if (slice.some((t) => t.hashtag || t.handle)) return true;
  return slice.every((t) => t.capital || t.upper || t.masked || !!t.leet) && !(slice.length === 1 && slice[0]!.initial && !slice[0]!.upper);
}

export function findCandidates(index: NameIndex, tokens: Token[], text: string, implicit: boolean): Candidate[] {
  const view: TokenView = { tokens, text };
  const out: Candidate[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const title = TITLES[t.norm] ?? (t.leet ? TITLES[t.leet[0]!] : undefined);

    // --- school: hashtags and handles ("#LowAshPrimary", "@wadedeacon")
    if ((t.hashtag || t.handle || t.norm.length >= 7) && t.norm.length >= 5) {
      for (const tag of index.schoolTags) {
        const matches = t.norm === tag.tag || ((t.hashtag || t.handle) && t.norm.startsWith(tag.tag) && tag.tag.length >= 6);
        // "Oakfield Road" is a road, whichever way the name was found.
        const after = tokens[i + 1];
        const placeAfter = !t.hashtag && !t.handle && after !== undefined && (PLACE_WORDS.has(after.norm) || (after.capital && BUSINESS_WORDS.has(after.norm)));
        if (matches && !placeAfter) {
          out.push({ kind: tag.watched ? 'school' : 'other-school', id: tag.school, from: i, to: i + 1, form: 'school-tag', disguised: false });
          break;
        }
      }
    }

    // --- school: names, cores, aliases, acronyms
    for (const { form, to, disguised } of schoolFormsAt(index, view, i)) {
      const next = tokens[to];
      const prev = tokens[i - 1];
      const besideKind = (next && SCHOOL_NOUNS.has(next.norm)) || form.kindSuffix;
      if (form.strict && !besideKind && !looksLikeName(tokens, i, to)) continue;
      if (form.form === 'school-acronym' && !t.upper && !t.hashtag && !t.handle && isCommonWord(form.tokens[0]!)) continue;
      // "Low Ash Road", "down Wade Deacon Lane": a place named after the same thing.
      if (!form.kindSuffix && next && PLACE_WORDS.has(next.norm) && !(next.norm === 'high')) continue;
      if (prev && prev.norm === 'st' && form.tokens[0] !== 'st') continue; // "St Heath" is another place
      // "Castleview Motors", "Oakfield Dental": a business named after the same place.
      if (form.tokens.length === 1 && !form.kindSuffix && next && next.capital && !next.upper && !next.initial && !SCHOOL_NOUNS.has(next.norm) && !SCHOOL_CONTEXT.has(next.norm) && next.sentence === t.sentence && (BUSINESS_WORDS.has(next.norm) || !isVeryCommonWord(next.norm)))
        continue;
      if (!form.kindSuffix && next && next.capital && BUSINESS_WORDS.has(next.norm) && next.sentence === t.sentence) continue; // "Hollins Green Motors"
      out.push({ kind: form.watched ? 'school' : 'other-school', id: form.school, from: i, to, form: form.form, disguised });
    }

    // --- staff: title + surname / title + given name / title + initial alias
    if (title && i + 1 < n) {
      for (const { entry, to, disguised } of matchSurnameAt(index, view, i + 1, true)) {
        if (titleCompatible(title, entry.title)) out.push({ kind: 'staff', id: entry.id, from: i, to, form: 'title-surname', disguised });
      }
      const next = tokens[i + 1]!;
      // Title + particle + initial: "Mr ap D" for Mr ap Dafydd.
      const initialAfter = tokens[i + 2];
      if (SURNAME_PARTICLES.has(next.norm) && initialAfter && initialAfter.norm.length === 1) {
        for (const entry of index.staff) {
          if (entry.surname.length === 2 && entry.surname[0] === next.norm && entry.surname[1]![0] === initialAfter.norm && titleCompatible(title, entry.title))
            out.push({ kind: 'staff', id: entry.id, from: i, to: i + 3, form: 'initial-alias', disguised: false });
        }
      }
      // Title + given name + surname: "Mrs Joanne Harper".
      for (const entry of index.givenNames.get(next.norm) ?? []) {
        const sur = matchSurnameAt(index, view, i + 1 + entry.given.length, true).find((m) => m.entry === entry);
        if (sur) out.push({ kind: 'staff', id: entry.id, from: i, to: sur.to, form: 'full-name', disguised: sur.disguised });
        else if (!entry.givenOrdinary && titleCompatible(title, entry.title) && next.capital)
          out.push({ kind: 'staff', id: entry.id, from: i, to: i + 2, form: 'title-first', disguised: false });
      }
    }

    // --- staff: given name + surname ("Joanne Harper"), initial + surname ("J Harper")
    const givenHits = index.givenNames.get(t.norm);
    if (givenHits && !title) {
      for (const entry of givenHits) {
        const sur = matchSurnameAt(index, view, i + entry.given.length, true).find((m) => m.entry === entry);
        if (sur && entry.given.every((g, k) => tokens[i + k]?.norm === g))
          out.push({ kind: 'staff', id: entry.id, from: i, to: sur.to, form: 'full-name', disguised: sur.disguised });
      }
    }
    if (t.norm.length === 1 && /\p{L}/u.test(t.norm) && !title && i + 1 < n) {
      for (const { entry, to, disguised } of matchSurnameAt(index, view, i + 1, false)) {
        if (entry.given[0]?.[0] === t.norm && (t.capital || tokens[i + 1]!.capital))
          out.push({ kind: 'staff', id: entry.id, from: i, to, form: 'initial-surname', disguised });
      }
    }

    // --- staff: configured aliases ("Mrs H", "Coach Dan", "Foxy")
    for (const alias of index.aliases.get(t.norm) ?? []) {
      if (!alias.tokens.every((a, k) => tokens[i + k]?.norm === a)) continue;
      const to = i + alias.tokens.length;
      if (alias.form === 'single-alias') {
        // An alias that is an ordinary word ("Foxy") counts as a name only when typed as one and
        // not part of a longer name ("Foxy Loxy").
        const next = tokens[to];
        if (alias.ordinary && !(t.capital || t.upper)) continue;
        if (next && next.capital && !next.initial && next.sentence === t.sentence && !TITLES[next.norm] && !next.upper) continue;
      }
      out.push({ kind: 'staff', id: alias.id, from: i, to, form: alias.form, disguised: false });
    }

    // --- staff: a surname on its own ("Harper has to go", "Adebayo needs to go")
    const prevTitle = i > 0 && TITLES[tokens[i - 1]!.norm];
    if (!prevTitle) {
      const longName = t.capital && t.norm.length >= 7 && !isCommonWord(t.norm);
      for (const { entry, to, disguised } of matchSurnameAt(index, view, i, longName)) {
        // "Sharp by name, sharp by nature": the ordinary word used as the person's name.
        const byName = tokens[to]?.norm === 'by' && tokens[to + 1]?.norm === 'name';
        if (byName && t.capital) {
          out.push({ kind: 'staff', id: entry.id, from: i, to, form: 'title-surname', disguised: false });
          continue;
        }
        // An ordinary-word surname in a list with other staff: "Dr O, Mrs B and Hunt".
        if (entry.surnameOrdinary && t.capital && listedWithStaff(out, tokens, i)) {
          out.push({ kind: 'staff', id: entry.id, from: i, to, form: 'surname', disguised: false });
          continue;
        }
        if ((disguised && !longName) || entry.surnameOrdinary) continue;
        // preceded by a different given name: someone else with the same surname ("Lucy Harper")
        const prev = tokens[i - 1];
        const otherFirstName = prev !== undefined && prev.capital && prev.sentence === t.sentence && index.givenNames.get(prev.norm) === undefined && ((!prev.initial && !isVeryCommonWord(prev.norm)) || nameGender(prev.norm) !== undefined);
        if (otherFirstName) continue; // "Richard Nixon", "Lucy Harper": someone else
        if (prev && /^(our|my)$/.test(prev.norm)) continue; // "Our Lewis is off sick": a child
        // a surname that is also a first name ("Lewis", "Francis") needs the draft to be about school
        if (nameGender(t.norm) !== undefined && !tokens.some((x) => SCHOOL_CONTEXT.has(x.norm) && x.norm !== t.norm)) continue;
        if (entry.given.length && tokens[i - entry.given.length]?.norm === entry.given[0]) continue; // the full name is matched above
        if (tokens[i - 1]?.norm.length === 1) continue; // initial + surname, matched above
        out.push({ kind: 'staff', id: entry.id, from: i, to, form: 'surname', disguised: false });
      }
    }

    // --- roles tied to a school or a child, and other references in a parent's voice
    roleOrImplicitAt(index, view, i, implicit, out);
  }
  return out;
}

/** "Dr O, Mrs B and Hunt": a word right after a list of staff, joined by "and" or a comma. */
function listedWithStaff(found: Candidate[], tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^(and|&)$/.test(prev.norm)) return false;
  return found.some((c) => c.kind === 'staff' && c.to >= i - 2 && c.to <= i - 1);
}

const CORE_ROLES = ['head', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'deputy head', 'senco', 'sendco', 'teacher', 'form tutor', 'head of year', 'ta', 'teaching assistant', 'class teacher'];

const DETERMINERS = new Set(['the', 'our', 'their', 'this', 'that', 'your', 'ur', 'its']);
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your', 'ur']);

function roleOrImplicitAt(index: NameIndex, view: TokenView, i: number, implicit: boolean, out: Candidate[]): void {
  const tokens = view.tokens;
  const t = tokens[i]!;
  // Match the longest role phrase starting here.
  const found = index.roles.find((r) => r.tokens.every((w, k) => tokens[i + k]?.norm === w));
  // "head of year 9": the year's number is part of the role.
  const role = found && found.tokens[found.tokens.length - 1] === 'year' && /^\d{1,2}$/.test(tokens[i + found.tokens.length]?.norm ?? '')
    ? { tokens: [...found.tokens, tokens[i + found.tokens.length]!.norm], phrase: `${found.phrase} ${tokens[i + found.tokens.length]!.norm}` }
    : found;
  if (role) {
    // "Kingsway High's head": another school's staff, not ours.
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const j = i - back;
      if (schoolFormsAt(index, view, j).some((m) => !m.form.watched && m.to === i)) return;
      const w = tokens[j]!;
      if (SCHOOL_NOUNS.has(w.norm) && w.capital && w.possessive && j > 0 && tokens[j - 1]!.capital && !isCommonWord(tokens[j - 1]!.norm) && j + 1 === i) return;
    }
    const to = i + role.tokens.length;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[to];
    const isHeadAlone = role.phrase === 'head';
    // "head of the residents' association" is not the school's head; "head of Wade Deacon" is.
    if (isHeadAlone && next?.norm === 'of') {
      const j = tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1;
      const obj = tokens[j];
      const schoolObject = obj !== undefined && schoolFormsAt(index, view, j).some((m) => m.form.watched);
      if (!schoolObject && (!obj || !/^(year|yr|department|dept|pe|english|maths|math|science|history|geography|music|art|drama|computing|languages|mfl|re|sixth|ks\d|key|lower|upper|school|sen|send|inclusion|pastoral)$/.test(obj.norm)))
        return pushImplicitOnly(view, i, implicit, out);
    }
    // "head" as a body part ("banged her head", "needs their head looking at") is not the head:
    // it needs a determiner before it, possibly past an adjective or two ("a really caring head").
    const determinerBefore = (() => {
      for (let k = 1; k <= 3 && i - k >= 0; k++) {
        const w = tokens[i - k]!;
        if (w.sentence !== t.sentence) return false;
        if (/^(the|our|new|this|that|their)$/.test(w.norm) || w.possessive) return true;
        if (/^(a|an)$/.test(w.norm)) return isHeadAlone || HEAD_ROLE.test(role.phrase); // "a tutor" is anyone's
        if (PERSONAL_POSSESSIVES.has(w.norm) || /^(to|of|in|on|at|for|with|from|his|her|my|your|and|or|but)$/.test(w.norm)) return false;
      }
      return false;
    })();
    const ownerPossessive = prev && PERSONAL_POSSESSIVES.has(prev.norm);
    if (isHeadAlone && !determinerBefore && !schoolAnchor(index, view, i, to)) return pushImplicitOnly(view, i, implicit, out);
    if (role.phrase === 'deputy' && next && !/^(head|headteacher|principal)$/.test(next.norm) && !(prev?.norm === 'the')) return pushImplicitOnly(view, i, implicit, out);
    if (role.phrase === 'ta' && !t.upper) return pushImplicitOnly(view, i, implicit, out);
    const anchoredToChild = (prev && (PERSONAL_POSSESSIVES.has(prev.norm) || (prev.possessive && CHILD_WORDS.has(prev.norm)))) || (prev2 && prev2.norm === 'my' && prev?.possessive);
    const anchoredToSchool = schoolAnchor(index, view, i, to);
    if (!anchoredToChild && !anchoredToSchool && !determinerBefore && !(prev && (DETERMINERS.has(prev.norm) || prev.norm === 'a'))) return pushImplicitOnly(view, i, implicit, out);
    if (ownerPossessive && isHeadAlone) return pushImplicitOnly(view, i, implicit, out);
    out.push({ kind: 'implicit', from: anchoredToChild ? Math.max(0, i - (prev2?.norm === 'my' ? 2 : 1)) : i, to, form: 'role', disguised: false, role: role.phrase });
    return;
  }
  pushImplicitOnly(view, i, implicit, out);
}

/** "the head at Low Ash", "Low Ash's SENCo", "the head of Wade Deacon", "Wade Deacon head". */
function schoolAnchor(index: NameIndex, view: TokenView, from: number, to: number): boolean {
  const tokens = view.tokens;
  const after = tokens[to];
  if (after && /^(at|of|from|in)$/.test(after.norm) && tokens[to + 1]) {
    const j = tokens[to + 1]!.norm === 'the' ? to + 2 : to + 1;
    if (schoolFormsAt(index, view, j).some((m) => m.form.watched)) return true;
  }
  for (let back = 1; back <= 4 && from - back >= 0; back++) {
    const j = from - back;
    if (schoolFormsAt(index, view, j).some((m) => m.form.watched && m.to === from)) return true;
  }
  return false;
}

/** What a school or teacher does, said of one with no article ("school said", "Teacher keep"). */
const BARE_SUBJECT_VERBS =
  /^(is|has|have|was|are|were|needs|should|keeps|keep|just|never|still|wont|won|cant|can|did|does|do|didnt|doesnt|said|says|say|told|tells|tell|gave|gives|give|rang|rings|ring|called|calls|phoned|phones|sent|sends|emailed|emails|texted|texts|put|puts|made|makes|make|want|wants|wanted|refused|refuses|decided|decides|reckon|reckons|reckoned|think|thinks|thought|expect|expects|expected|let|lets|sent|took|takes|take|kept|charged|charges|asked|asks|ask|wont|would|will|could|are|knew|know|knows|only|literally|actually|really|apparently|clearly|obviously)$/;

/** References in a parent's voice: "my son's school", "his teacher", "our school", "sir". */
function pushImplicitOnly(view: TokenView, i: number, implicit: boolean, out: Candidate[]): void {
  if (!implicit) return;
  const tokens = view.tokens;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  const next = tokens[i + 1];
  // "thanks for the heads up school 🙃": the school, addressed.
  if (t.norm === 'school' && !t.initial && prev && !DETERMINERS.has(prev.norm) && !PERSONAL_POSSESSIVES.has(prev.norm) && !prev.possessive && (!next || next.sentence !== t.sentence) && /^(up|thanks|cheers|again|done|guys|lol)$/.test(prev.norm)) {
    out.push({ kind: 'implicit', from: i, to: i + 1, form: 'implicit', disguised: false, role: 'school' });
    return;
  }
  const isSchoolNoun = SCHOOL_NOUNS.has(t.norm) && !(next && SCHOOL_COMPOUNDS.has(next.norm) && next.sentence === t.sentence);
  const isTeacher = /^(teacher|teachers|staff|tutor|headteacher|headmaster|headmistress|senco|sendco)$/.test(t.norm);
  if (isSchoolNoun || isTeacher) {
    if (t.norm === 'high' && next?.norm !== 'school') return;
    if (t.norm === 'college' && !prev) return;
    const childOwner = prev && prev.possessive && CHILD_WORDS.has(prev.norm);
    const childOwnerNoApostrophe = prev && /^(sons|daughters|kids|childs|childrens|boys|girls|lads)$/.test(prev.norm) && prev2 && /^(my|our|me)$/.test(prev2.norm);
    const personal = prev && PERSONAL_POSSESSIVES.has(prev.norm);
    const demonstrative = prev && /^(the|that|this|our|a|these|those|which)$/.test(prev.norm);
    const certain = prev && prev.norm === 'certain' && prev2 && prev2.norm === 'a';
    // "School told me he needs to be more resilient", "same here ^ school gave ours a detention",
    // "Teacher keep my son inside": school or teacher with no article, doing something, is the
    // child's own.
    const clauseStart = !prev || prev.sentence !== t.sentence || /^(and|but|so|then|because|cos|coz|when|now|apparently|honestly|today|yesterday|ok|lol|ours|here|too|again|why|how|what|where|if|whether)$/.test(prev.norm);
    const bareVerb = next !== undefined && next.sentence === t.sentence && !SCHOOL_COMPOUNDS.has(next.norm) && (t.possessive || BARE_SUBJECT_VERBS.test(next.norm));
    const bareSubject = (t.norm === 'school' || (t.norm === 'teacher' && t.initial && t.capital)) && bareVerb && (clauseStart || (t.initial && t.capital));
    if (childOwner || childOwnerNoApostrophe || personal || certain || bareSubject) {
      const from = bareSubject ? i : childOwner || childOwnerNoApostrophe ? i - (prev2 && /^(my|our|me|his|her|their)$/.test(prev2.norm) ? 2 : 1) : i - 1;
      out.push({ kind: 'implicit', from, to: i + 1, form: 'implicit', disguised: false, role: isSchoolNoun ? 'school' : t.norm });
    } else if (demonstrative && (isSchoolNoun || /^(teacher|teachers|staff)$/.test(t.norm))) {
      // "the school", "that school", "these teachers": weak, but a parent's usual way of saying it
      if (prev!.norm === 'a' && !certain) return;
      out.push({ kind: 'implicit', from: i - 1, to: i + 1, form: 'implicit', disguised: false, role: isSchoolNoun ? 'school' : t.norm });
    }
    return;
  }
  // "in our class", "the mums in our year": the child's class or year group.
  if ((t.norm === 'class' || t.norm === 'year') && prev && /^(our|my)$/.test(prev.norm) && !(next && /^\d/.test(next.norm))) {
    out.push({ kind: 'implicit', from: i - 1, to: i + 1, form: 'implicit', disguised: false, role: 'school' });
    return;
  }
  // "rang the office", "the school office".
  if (t.norm === 'office' && prev && (prev.norm === 'the' || prev.norm === 'school') && tokens.some((x) => SCHOOL_CONTEXT.has(x.norm) && x.norm !== 'office')) {
    out.push({ kind: 'implicit', from: i - 1, to: i + 1, form: 'implicit', disguised: false, role: 'office' });
    return;
  }
  // "sir gave him a detention", "poor sir": a teacher, as children call them.
  if (t.norm === 'sir' && !(next && next.capital && !next.initial) && !(next && TITLES[next.norm] === undefined && next.norm.length === 1)) {
    const addressing = prev === undefined && next && /^(i|you|please|thank|thanks)$/.test(next.norm);
    if (!addressing) out.push({ kind: 'implicit', from: i, to: i + 1, form: 'implicit', disguised: false, role: 'teacher' });
    return;
  }
  // "that place" once the draft is about school.
  if (t.norm === 'place' && prev && /^(that|this)$/.test(prev.norm) && tokens.some((x) => SCHOOL_CONTEXT.has(x.norm))) {
    out.push({ kind: 'implicit', from: i - 1, to: i + 1, form: 'implicit', disguised: false, role: 'school' });
  }
}

/** The role a staff member's job title answers to. */
export function staffForRole(index: NameIndex, phrase: string): StaffEntry[] {
  if (HEAD_ROLE.test(phrase)) return index.staff.filter((s) => HEAD_ROLE.test(s.role.trim()));
  if (DEPUTY_ROLE.test(phrase)) return index.staff.filter((s) => DEPUTY_ROLE.test(s.role.trim()));
  const words = phrase.split(' ');
  return index.staff.filter((s) => {
    const roleWords = s.role.split(/[^a-z0-9]+/).filter(Boolean);
    return words.every((w) => roleWords.includes(w));
  });
}

export { SCHOOL_CONTEXT, ELSEWHERE_CONTEXT };
