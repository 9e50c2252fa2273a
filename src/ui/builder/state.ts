// What the builder page holds: the school's answers as they type them, and how they become a
// config (through the same buildConfig and parser as the command line). No DOM here.
import { formatProblem, parseSchoolConfigValue, type Problem, type SchoolConfig, type Topic } from '../../config/index.ts';
import { checkConfigUrl, makeSchoolLink } from '../../config/link.ts';
import { buildConfig, extractPolicy, parseStaff, type PolicyExtraction, type PolicyNote, type StaffParse } from '../../config/policy/index.ts';

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
}

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

export function staffOf(state: BuilderState): StaffParse {
  return parseStaff(state.staffText);
}

/** The config object the school would download, whether or not it is valid yet. */
export function configOf(state: BuilderState, staff: StaffParse = staffOf(state)): Record<string, unknown> {
  return buildConfig({
    school: { name: state.schoolName, aliases: aliasList(state), website: state.website },
    schools: splitList(state.schools, /\n/).map((name) => ({ name })),
    staff: staff.staff,
    code: { title: state.title, url: state.codeUrl, approved: state.approved, clauses: state.clauses },
    complaints: { url: state.complaintsUrl, email: state.complaintsEmail, label: state.complaintsLabel },
    published: state.published,
    source: state.source,
  });
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
  if (Array.isArray(s.clauses)) {
    out.clauses = s.clauses
      .filter((c): c is ClauseRow => typeof c === 'object' && c !== null && typeof (c as ClauseRow).id === 'string' && typeof (c as ClauseRow).text === 'string' && Array.isArray((c as ClauseRow).topics))
      .map((c) => ({ key: newKey(), id: c.id, text: c.text, topics: [...c.topics] }));
  }
  return out;
}
