// The other names parents use for a school, suggested from its full name: the short name
// ("Low Ash"), the name without "School" ("Low Ash Primary"), the initials ("LAPS") and a hashtag
// ("LowAshPrimary", stored without "#"). The school picks the ones it hears.
import { isCommonWord } from '../../engine/words.ts';
import { LIMITS } from '../limits.ts';

/** Words that say what kind of school it is, dropped for the short name. */
const KIND_WORDS = new Set([
  'school', 'schools', 'academy', 'college', 'primary', 'secondary', 'junior', 'juniors', 'infant', 'infants', 'nursery',
  'high', 'grammar', 'community', 'church', 'catholic', 'c', 'e', 'ce', 'rc', 'cofe', 'c.e.', 'r.c.', 'voluntary',
  'aided', 'controlled', 'foundation', 'free', 'studio', 'sixth', 'form', 'centre', 'federation', 'trust',
  'upper', 'middle', 'lower', 'first', 'prep', 'preparatory', 'independent', 'special', 'england', 'methodist', 'jewish',
  'muslim', 'islamic', 'sikh', 'hindu', 'multi', 'faith', 'church-of-england', 'academies', 'colleges',
]);
const BODIES = /^(?:association|trust|federation|partnership|diocese|alliance|collaborative|academies)$/i;
const LINKING = new Set(['of', 'and', '&', 'the', 'for', 'at', 'in', 'on', 'de', 'la', 'le']);

const words = (name: string) => name.replace(/[(),]/g, ' ').split(/\s+/).filter(Boolean);

/** "St Chad's Catholic and Church of England High School" → "St Chad's". */
export function shortName(name: string): string | undefined {
  const w = words(name);
  if (w.some((x) => BODIES.test(x))) return undefined; // "Halton Association of …": no short form
  // the distinctive part is the start, up to the first word that says what kind of school it is
  let end = 0;
  while (end < w.length && !KIND_WORDS.has(w[end]!.toLowerCase())) end++;
  // "St Chad's Catholic and Church of England": linking words before the kind go with it
  while (end > 0 && LINKING.has(w[end - 1]!.toLowerCase()) && w[end - 1]!.toLowerCase() !== 'the') end--;
  let short = w.slice(0, end);
  const hadThe = short[0]?.toLowerCase() === 'the';
  if (hadThe) short = short.slice(1);
  if (short.length === 0) return undefined;
  // "The Bridge School" → "The Bridge" (as parents say it); "Bridge" alone is an ordinary word
  if (short.length === 1 && hadThe) short = ['The', ...short];
  else if (short.length === 1 && isCommonWord(short[0]!.toLowerCase())) return undefined;
  const out = short.join(' ');
  return out === name.trim() ? undefined : out;
}

/** Capitals of the significant words: "Halton Association of Primary Headteachers" → "HAPH". */
export function initials(name: string): string | undefined {
  const w = words(name.replace(/-/g, ' ')).filter((x) => !LINKING.has(x.toLowerCase()));
  const letters = w.map((x) => (/^[A-Z]{2,4}$/.test(x) ? x : (x.match(/\p{L}/u)?.[0] ?? ''))).join('').toUpperCase();
  // two letters ("BS", "HS") are too often something else
  return letters.length >= 3 && letters.length <= 6 ? letters : undefined;
}

/** A hashtag without the "#": the words run together, each with a capital. */
export function hashtag(name: string): string | undefined {
  if (words(name).length > 4) return undefined; // nobody types #StMarysCofEPrimarySchool
  const tag = words(name.replace(/['’.]/g, '').replace(/-/g, ' '))
    .map((x) => x.charAt(0).toUpperCase() + x.slice(1))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return tag.length >= 3 && tag.length <= LIMITS.name ? tag : undefined;
}

/** Suggested aliases, most useful first, none equal to the name or to each other. */
export function suggestAliases(name: unknown): string[] {
  if (typeof name !== 'string') return [];
  const full = name.replace(/\s+/g, ' ').trim().slice(0, LIMITS.name);
  if (!full) return [];
  const w = words(full);
  const candidates: (string | undefined)[] = [];
  const short = shortName(full);
  candidates.push(short);
  // "Low Ash Primary School" → "Low Ash Primary"; "Wade Deacon High School" → "Wade Deacon High"
  if (/\bschool$/i.test(full) && w.length > 2 && w.length <= 5) candidates.push(w.slice(0, -1).join(' '));
  // "Learn-AT" → "Learn AT", "LearnAT"
  if (full.includes('-')) {
    candidates.push(full.replace(/-/g, ' '));
    candidates.push(full.replace(/-/g, ''));
  }
  candidates.push(initials(full));
  candidates.push(hashtag(short ?? full));
  if (short && w.length > 2 && w.length <= 5) candidates.push(hashtag(w.slice(0, -1).join(' ')));

  const seen = new Set([full.toLowerCase()]);
  const out: string[] = [];
  for (const c of candidates) {
    const alias = c?.trim();
    if (!alias || alias.length < 2 || alias.length > LIMITS.name) continue;
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}
