// A staff list as a school office has it: pasted from the website ("Mrs Joanne Harper,
// Headteacher"), from a spreadsheet (tabs), or a CSV export with or without a header row
// ("Harper, Joanne, Mrs, Head"). Each line becomes { name, title, role }; a line that names
// nobody is reported with its number, never guessed at.
import { nameGender } from '../../engine/nlp.ts';
import { LIMITS } from '../limits.ts';

export interface StaffEntry {
  name: string;
  title?: string;
  role?: string;
  aliases?: string[];
}

export interface SkippedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  reason: 'no-name' | 'too-long' | 'too-many';
}

export interface StaffParse {
  staff: StaffEntry[];
  skipped: SkippedLine[];
  /** The first line was a header row (its columns were used). */
  header: boolean;
}

const TITLES: Record<string, string> = {
  mr: 'Mr', mrs: 'Mrs', miss: 'Miss', ms: 'Ms', mx: 'Mx', dr: 'Dr', rev: 'Rev', revd: 'Revd', reverend: 'Rev',
  sir: 'Sir', dame: 'Dame', prof: 'Prof', professor: 'Prof', fr: 'Fr', father: 'Fr', sister: 'Sister', lady: 'Lady', lord: 'Lord',
  madame: 'Madame', mme: 'Mme', monsieur: 'Monsieur', senor: 'Señor', señor: 'Señor', senora: 'Señora', señora: 'Señora', coach: 'Coach',
};

function titleOf(word: string): string | undefined {
  return TITLES[word.toLowerCase().replace(/\.$/, '')];
}

/** Words of a job in a school: any of them makes a field a role, not a name. */
const ROLE_WORDS =
  /\b(?:head|heads|headteacher|headmaster|headmistress|head\s+teacher|deputy|assistant|teacher|teaching|ta|hlta|senco|sendco|senco\/dsl|inco|office|admin|administrator|administration|manager|bursar|business|caretaker|site|governor|governors|chair|clerk|lead|leader|coordinator|co-ordinator|year|reception|nursery|eyfs|ks1|ks2|ks3|ks4|key\s+stage|pe|music|art|maths|english|science|cook|chef|kitchen|lunchtime|midday|supervisor|dsl|safeguarding|pastoral|mentor|principal|vice|executive|ceo|trustee|receptionist|librarian|technician|counsellor|nurse|class|form|tutor|support|learning|inclusion|attendance|family|welfare|officer|director|apprentice|volunteer|cover|supply|finance|hr|it|ict|computing|premises|cleaner|sports|coach|sixth|subject|department|faculty|teachers)\b/i;

const HEADER_WORDS: Record<string, keyof ColumnMap> = {
  name: 'name', 'full name': 'name', 'staff name': 'name', 'display name': 'name',
  first: 'first', 'first name': 'first', firstname: 'first', forename: 'first', forenames: 'first', 'given name': 'first', 'preferred name': 'first',
  last: 'last', 'last name': 'last', lastname: 'last', surname: 'last', 'family name': 'last',
  title: 'title', salutation: 'title', prefix: 'title',
  role: 'role', job: 'role', 'job title': 'role', position: 'role', post: 'role', 'role/responsibility': 'role', responsibility: 'role', department: 'role', class: 'role',
  alias: 'aliases', aliases: 'aliases', nickname: 'aliases', nicknames: 'aliases', 'known as': 'aliases', 'also known as': 'aliases',
};

interface ColumnMap {
  name?: number;
  first?: number;
  last?: number;
  title?: number;
  role?: number;
  aliases?: number;
}

/** One CSV line: fields split on the delimiter, "quoted, fields" kept whole, "" as a quote. */
export function splitFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && !field.trim()) {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

function headerMap(fields: string[]): ColumnMap | null {
  const map: ColumnMap = {};
  let known = 0;
  fields.forEach((f, i) => {
    const key = HEADER_WORDS[f.toLowerCase().replace(/[:*]/g, '').replace(/\s+/g, ' ').trim()];
    if (key && map[key] === undefined) {
      map[key] = i;
      known++;
    }
  });
  const hasName = map.name !== undefined || map.last !== undefined || map.first !== undefined;
  return known >= Math.max(1, Math.ceil(fields.filter(Boolean).length / 2)) && hasName ? map : null;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/^[-–—•*·,;:\s]+|[-–—,;:\s]+$/g, '').trim();

/** "Mrs Joanne Harper" → title and name; "Harper" alone is a surname. */
function splitTitle(text: string): { title?: string; name: string } {
  const words = tidy(text).split(' ');
  const title = words.length > 1 ? titleOf(words[0]!) : undefined;
  return title ? { title, name: words.slice(1).join(' ') } : { name: words.join(' ') };
}

const isNameWord = (w: string) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^[\p{Lu}]\.?$/u.test(w) || /^(?:de|van|von|der|la|le|da|di|du|del|bin|al|o['’])$/i.test(w);

/** A person's name: one to four capitalised words (initials allowed), no role words. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  if (!words.every(isNameWord)) return false;
  return !ROLE_WORDS.test(text) || words.some((w) => nameGender(w.toLowerCase()) !== undefined && words.length >= 2);
}

const isFirstName = (word: string) => nameGender(word.toLowerCase()) !== undefined;

function entry(name: string, title?: string, role?: string, aliases?: string[]): StaffEntry | null {
  const n = tidy(name);
  if (!/\p{L}/u.test(n) || n.length < 2) return null;
  const out: StaffEntry = { name: n };
  if (title) out.title = titleOf(title) ?? tidy(title);
  const r = role ? tidy(role) : '';
  if (r) out.role = r;
  const a = (aliases ?? []).map(tidy).filter(Boolean);
  if (a.length) out.aliases = a;
  return out;
}

/** A line with no column structure: "Mrs Joanne Harper - Headteacher", "Headteacher: Mrs J Harper". */
function parseFree(line: string): StaffEntry | null {
  const text = tidy(line);
  // "Mrs Joanne Harper (Headteacher)"
  const bracket = /^(.+?)\s*\(([^)]+)\)$/.exec(text);
  if (bracket) {
    const inside = bracket[2]!;
    const outside = splitTitle(bracket[1]!);
    if (looksLikeName(outside.name) || outside.title) return entry(outside.name, outside.title, inside);
  }
  // "Mrs Joanne Harper – Headteacher", "Headteacher: Mrs Joanne Harper"
  const parts = text.split(/\s+[-–—|]\s+|\s*:\s+/).map(tidy).filter(Boolean);
  if (parts.length >= 2) return fromFields(parts);
  // "Mrs Joanne Harper Headteacher": a title, capitalised name words, then the job
  const words = text.split(' ').map((w) => w.replace(/[,;]$/, ''));
  const title = titleOf(words[0] ?? '');
  const start = title ? 1 : 0;
  let end = start;
  while (end < words.length && isNameWord(words[end]!) && !(end > start && ROLE_WORDS.test(words[end]!) && !isFirstName(words[end]!))) end++;
  const name = words.slice(start, end).join(' ');
  if (!name || (!title && !looksLikeName(name))) return null;
  return entry(name, title, words.slice(end).join(' '));
}

/** "known as: Mrs H; Jo Harper" (or "aka …"): other ways parents refer to someone. */
const KNOWN_AS = /^(?:(?:also\s+)?known\s+as|aka|a\.k\.a\.)\s*:?\s*/i;

/** Fields without a header: which is the title, which the name (in either order) and which the job. */
function fromFields(fields: string[]): StaffEntry | null {
  const aliases = fields.filter((f) => KNOWN_AS.test(f.trim())).flatMap((f) => f.trim().replace(KNOWN_AS, '').split(/[;|]/));
  const cells = fields.filter((f) => !KNOWN_AS.test(f.trim())).map(tidy).filter(Boolean);
  if (cells.length === 0) return null;
  if (cells.length === 1) {
    const person = parseFree(cells[0]!);
    return person && aliases.length ? entry(person.name, person.title, person.role, aliases) : person;
  }
  let title: string | undefined;
  const nameParts: string[] = [];
  const roles: string[] = [];
  for (const cell of cells) {
    const t = titleOf(cell);
    if (t && !title) {
      title = t;
      continue;
    }
    const withTitle = splitTitle(cell);
    if (withTitle.title && looksLikeName(withTitle.name) && nameParts.length === 0) {
      title ??= withTitle.title;
      nameParts.push(withTitle.name);
      continue;
    }
    if (looksLikeName(cell) && roles.length === 0 && nameParts.join(' ').split(' ').length < 4) nameParts.push(cell);
    else roles.push(cell);
  }
  if (nameParts.length === 0) return null;
  let name: string;
  if (nameParts.length === 2 && !nameParts[0]!.includes(' ') && !nameParts[1]!.includes(' ')) {
    // "Harper, Joanne": the usual order of an export is surname first, unless the first is a
    // first name and the second is not ("Joanne, Harper")
    const [a, b] = nameParts as [string, string];
    name = isFirstName(a) && !isFirstName(b) ? `${a} ${b}` : `${b} ${a}`;
  } else name = nameParts.join(' ');
  return entry(name, title, roles.join(', '), aliases);
}

function fromColumns(fields: string[], map: ColumnMap): StaffEntry | null {
  const get = (k: keyof ColumnMap) => (map[k] === undefined ? '' : tidy(fields[map[k]!] ?? ''));
  let name = get('name');
  let title = get('title') || undefined;
  if (!name) name = [get('first'), get('last')].filter(Boolean).join(' ');
  else if (!title) {
    const split = splitTitle(name);
    title = split.title;
    name = split.name;
  }
  const aliases = get('aliases')
    .split(/[;|]/)
    .map(tidy)
    .filter(Boolean);
  return entry(name, title, get('role'), aliases);
}

function delimiterOf(lines: string[]): string | null {
  const count = (d: string) => lines.filter((l) => l.includes(d)).length;
  if (count('\t') >= lines.length / 2) return '\t';
  if (count(';') >= lines.length / 2 && count(',') < lines.length / 2) return ';';
  if (count(',') >= lines.length / 2) return ',';
  return null;
}

/** A pasted list mixes styles: each line is split on the list's delimiter, or on its own. */
function lineDelimiter(line: string, list: string | null): string | null {
  if (list && line.includes(list)) return list;
  return ['\t', ',', ';'].find((d) => line.includes(d)) ?? null;
}

export function parseStaff(input: unknown): StaffParse {
  const text = typeof input === 'string' ? input.slice(0, 2_000_000) : '';
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const numbered = lines.map((raw, i) => ({ raw, line: i + 1 })).filter((l) => l.raw.trim());
  const delimiter = delimiterOf(numbered.map((l) => l.raw));
  const staff: StaffEntry[] = [];
  const skipped: SkippedLine[] = [];
  const seen = new Set<string>();
  let map: ColumnMap | null = null;
  let header = false;

  numbered.forEach(({ raw, line }, index) => {
    const own = lineDelimiter(raw, delimiter);
    const fields = own ? splitFields(raw, own) : [raw];
    if (index === 0 && delimiter) {
      map = headerMap(fields);
      if (map) {
        header = true;
        return;
      }
    }
    if (index === 0 && !delimiter && headerMap([raw.trim()])) {
      header = true;
      return;
    }
    if (raw.length > 600) return void skipped.push({ line, text: raw.slice(0, 80), reason: 'too-long' });
    const person = map ? fromColumns(fields, map) : fromFields(fields);
    if (!person || person.name.length > LIMITS.name) return void skipped.push({ line, text: raw.trim().slice(0, 120), reason: person ? 'too-long' : 'no-name' });
    // the same person listed twice (with two jobs, or in two lists) is one entry
    const key = `${person.title ?? ''}\u0000${person.name}`.toLowerCase();
    if (seen.has(key)) return;
    if (staff.length >= LIMITS.staff) return void skipped.push({ line, text: raw.trim().slice(0, 120), reason: 'too-many' });
    seen.add(key);
    staff.push(person);
  });
  return { staff, skipped, header };
}

/** Staff back to lines the parser reads again ("Mrs Joanne Harper, Headteacher, known as: Mrs H; Jo"). */
export function formatStaff(staff: readonly StaffEntry[]): string {
  return staff
    .map((s) => {
      const known = s.aliases?.length ? `known as: ${s.aliases.join('; ')}` : undefined;
      // a role with a comma in it would split into two fields: quote it
      const role = s.role && /[,"]/.test(s.role) ? `"${s.role.replace(/"/g, '""')}"` : s.role;
      return [[s.title, s.name].filter(Boolean).join(' '), role, known].filter(Boolean).join(', ');
    })
    .join('\n');
}
