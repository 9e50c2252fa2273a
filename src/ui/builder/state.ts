// What the builder page holds: the school's answers as they type them, and how they become a
// config (through the same buildConfig and parser as the command line). No DOM here.
import { DEFAULT_COMPLAINTS_LABEL, formatProblem, parseSchoolConfigValue, type Problem, type SchoolConfig, slugify, type Topic } from '../../config/index.ts';
import { checkConfigUrl, makeSchoolLink } from '../../config/link.ts';
import { buildConfig, extractPolicy, formatStaff, parseStaff, suggestAliases, type PolicyExtraction, type PolicyNote, type StaffParse } from '../../config/policy/index.ts';

export interface ClauseRow {
  /** A key for the list, stable while ids are edited. */
  key: number;
  id: string;
  text: string;
  topics: Topic[];
}

export interface BuilderState {
  codeText: string;
  /** The last extraction's notes, once the school has asked for the clauses. */
  extraction: { kind: PolicyExtraction['kind']; notes: PolicyNote[]; schools: string[]; count: number } | null;
  title: string;
  clauses: ClauseRow[];
  schoolName: string;
  /** Comma-separated, as typed. */
  aliases: string;
  website: string;
  /** One school a line. */
  schools: string;
  staffText: string;
  complaintsUrl: string;
  complaintsEmail: string;
  complaintsLabel: string;
  codeUrl: string;
  approved: string;
  source: string;
  published: string;
  /** Who signs the letter to parents ("Mrs Joanne Harper, Headteacher"). */
  signedBy: string;
  /**
   * What an opened config had that these fields do not show ("roles", staff ids, a school's
   * website, fields of a later version): written back unchanged.
   */
  kept: Kept | null;
}

export interface Kept {
  top: Record<string, unknown>;
  /** By lower-case name. */
  staffIds: Record<string, string>;
  /** By lower-case name: a trust school's fields other than its name and aliases. */
  schools: Record<string, Record<string, unknown>>;
  /** Lower-case names of the trust's schools that had no aliases: none are suggested for them. */
  bare?: string[];
}

/** The fields the builder edits; everything else in an opened config is kept as it was. */
const MANAGED = new Set(['format', 'school', 'schools', 'staff', 'code', 'complaints', 'published', 'source']);

export function emptyState(today: string): BuilderState {
  return {
    codeText: '',
    extraction: null,
    title: '',
    clauses: [],
    schoolName: '',
    aliases: '',
    website: '',
    schools: '',
    staffText: '',
    complaintsUrl: '',
    complaintsEmail: '',
    complaintsLabel: '',
    codeUrl: '',
    approved: '',
    source: '',
    published: today,
    signedBy: '',
    kept: null,
  };
}

let nextKey = 1;
export const newKey = (): number => nextKey++;

/** Reads the pasted code: clauses replace the old ones; title, date and name fill only empty fields. */
export function applyExtraction(state: BuilderState): BuilderState {
  const found = extractPolicy(state.codeText);
  return {
    ...state,
    extraction: { kind: found.kind, notes: found.notes, schools: found.schools, count: found.clauses.length },
    clauses: found.clauses.map((c) => ({ key: newKey(), id: c.id, text: c.text, topics: c.topics })),
    title: state.title || found.title || '',
    approved: state.approved || found.approved || '',
    schoolName: state.schoolName || found.name || '',
  };
}

export const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

export const aliasList = (state: BuilderState): string[] => splitList(state.aliases, /[,\n]/);

/**
 * A trust's schools, one a line: "Wade Deacon High School (Wade Deacon, WDHS)" gives its own
 * aliases; a bare name gets the short name and initials parents use, as on the command line.
 */
export function schoolsOf(state: BuilderState): { name: string; aliases: string[] }[] {
  return splitList(state.schools, /\n/).map((line) => {
    const bracket = /^(.+?)\s*\(([^()]*)\)$/.exec(line);
    if (bracket) return { name: bracket[1]!.trim(), aliases: splitList(bracket[2]!, /,/) };
    return { name: line, aliases: suggestAliases(line) };
  });
}

export function staffOf(state: BuilderState): StaffParse {
  return parseStaff(state.staffText);
}

/** The config object the school would download, whether or not it is valid yet. */
export function configOf(state: BuilderState, staff: StaffParse = staffOf(state)): Record<string, unknown> {
  const config = buildConfig({
    school: { name: state.schoolName, aliases: aliasList(state), website: state.website },
    schools: schoolsOf(state),
    staff: staff.staff,
    code: { title: state.title, url: state.codeUrl, approved: state.approved, clauses: state.clauses },
    complaints: { url: state.complaintsUrl, email: state.complaintsEmail, label: state.complaintsLabel },
    published: state.published,
    source: state.source,
  });
  const kept = state.kept;
  if (!kept) return config;
  const out: Record<string, unknown> = { ...config, ...kept.top };
  if (Array.isArray(config.staff)) {
    out.staff = (config.staff as { name: string }[]).map((s) => {
      const id = kept.staffIds[s.name.toLowerCase()];
      return id ? { id, ...s } : s;
    });
  }
  if (Array.isArray(config.schools)) {
    out.schools = (config.schools as { name: string; aliases?: string[] }[]).map((s) => {
      const key = s.name.toLowerCase();
      const bare = kept.bare?.includes(key) && s.aliases?.join() === suggestAliases(s.name).join();
      const school = { ...s, ...kept.schools[key] };
      if (bare) delete school.aliases;
      return school;
    });
  }
  return out;
}

export type Checked = { config: Record<string, unknown> } & ({ ok: true; parsed: SchoolConfig } | { ok: false; problems: Problem[] });

export function check(state: BuilderState, staff?: StaffParse): Checked {
  const config = configOf(state, staff);
  const result = parseSchoolConfigValue(config);
  return result.ok ? { config, ok: true, parsed: result.config } : { config, ok: false, problems: result.problems };
}

/** The element id of the field a problem's path points at, for a link from the problem to it. */
export function fieldFor(path: string): string | undefined {
  const clause = /^code\.clauses\[(\d+)\](?:\.(id|text|topics))?/.exec(path);
  if (clause) return `clause-${clause[1]}-${clause[2] ?? 'text'}`;
  if (/^code\.clauses/.test(path)) return 'code-text';
  if (/^staff/.test(path)) return 'staff';
  if (/^schools/.test(path)) return 'schools';
  const fields: Record<string, string> = {
    'school.name': 'school-name',
    'school.aliases': 'school-aliases',
    'school.website': 'school-website',
    'code.title': 'code-title',
    'code.url': 'code-url',
    'code.approved': 'code-approved',
    complaints: 'complaints-url',
    'complaints.url': 'complaints-url',
    'complaints.email': 'complaints-email',
    'complaints.label': 'complaints-label',
    published: 'published',
    source: 'source',
  };
  for (const [prefix, id] of Object.entries(fields)) if (path === prefix || path.startsWith(`${prefix}[`)) return id;
  return undefined;
}

export const problemLine = formatProblem;

/** The school's link, when the config's own address is a usable https URL. */
export function linkOf(state: BuilderState): string | null {
  const source = state.source.trim();
  if (!source || !checkConfigUrl(source).ok) return null;
  return makeSchoolLink(source);
}

/** "Mrs Joanne Harper, Headteacher": the head signs the letter unless the school says otherwise. */
export function defaultSignature(staff: StaffParse): string {
  const head = staff.staff.find((s) => /\bhead\s*teacher|\bheadteacher\b|\bhead\b|\bprincipal\b/i.test(s.role ?? '') && !/\bdeputy|assistant|vice\b/i.test(s.role ?? ''));
  if (!head) return '';
  return [[head.title, head.name].filter(Boolean).join(' '), head.role].filter(Boolean).join(', ');
}

/** A file name for the download: "low-ash-primary-school-schoolgate.json". */
export function fileName(state: BuilderState): string {
  const slug = state.schoolName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug ? `${slug}-` : ''}schoolgate.json`;
}

/** A config made before (or by hand) back into the builder's fields, to change and publish again. */
export function stateFromConfig(config: SchoolConfig, today: string): BuilderState {
  return {
    ...emptyState(today),
    title: config.code.title,
    clauses: config.code.clauses.map((c) => ({ key: newKey(), id: c.id, text: c.text, topics: [...c.topics] })),
    schoolName: config.school.name,
    aliases: (config.school.aliases ?? []).join(', '),
    website: config.school.website ?? '',
    schools: (config.schools ?? []).map((s) => (s.aliases?.length ? `${s.name} (${s.aliases.join(', ')})` : s.name)).join('\n'),
    staffText: formatStaff(config.staff),
    complaintsUrl: config.complaints.url ?? '',
    complaintsEmail: config.complaints.email ?? '',
    complaintsLabel: config.complaints.label === DEFAULT_COMPLAINTS_LABEL ? '' : config.complaints.label,
    codeUrl: config.code.url ?? '',
    approved: config.code.approved?.slice(0, 10) ?? '',
    source: config.source ?? '',
    // a changed config needs a later date for parents' copies to update
    published: today,
    kept: {
      top: Object.fromEntries(Object.entries(config).filter(([key]) => !MANAGED.has(key))),
      // only ids the school chose: the ones made from the name would be made again
      staffIds: Object.fromEntries(config.staff.filter((s) => s.id && s.id !== slugify(s.name)).map((s) => [s.name.toLowerCase(), s.id as string])),
      schools: Object.fromEntries(
        (config.schools ?? []).map((s) => [s.name.toLowerCase(), Object.fromEntries(Object.entries(s).filter(([key]) => key !== 'name' && key !== 'aliases'))]),
      ),
      bare: (config.schools ?? []).filter((s) => !s.aliases?.length).map((s) => s.name.toLowerCase()),
    },
  };
}

/** Saved state from an earlier visit, or null when there is none or it is not ours. */
export function restoreState(saved: unknown, today: string): BuilderState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const base = emptyState(today);
  const s = saved as Partial<Record<keyof BuilderState, unknown>>;
  const out: BuilderState = { ...base };
  for (const key of Object.keys(base) as (keyof BuilderState)[]) {
    const value = s[key];
    if (typeof base[key] === 'string' && typeof value === 'string') (out as unknown as Record<string, unknown>)[key] = value;
  }
  const kept = s.kept as Kept | null | undefined;
  if (kept && typeof kept === 'object' && typeof kept.top === 'object' && typeof kept.staffIds === 'object' && typeof kept.schools === 'object') {
    out.kept = { top: kept.top ?? {}, staffIds: kept.staffIds ?? {}, schools: kept.schools ?? {}, bare: Array.isArray(kept.bare) ? kept.bare.filter((b) => typeof b === 'string') : [] };
  }
  if (Array.isArray(s.clauses)) {
    out.clauses = s.clauses
      .filter((c): c is ClauseRow => typeof c === 'object' && c !== null && typeof (c as ClauseRow).id === 'string' && typeof (c as ClauseRow).text === 'string' && Array.isArray((c as ClauseRow).topics))
      .map((c) => ({ key: newKey(), id: c.id, text: c.text, topics: [...c.topics] }));
  }
  return out;
}
