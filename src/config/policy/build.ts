// The fields a school fills in (in the builder or on the command line) → a config object in the
// schoolgate/1 format. Empty fields are left out rather than written as "", so that the
// Foundation's parser reports what is missing ("complaints: has neither url nor email …") and
// nothing else. Validation itself is parseSchoolConfigValue's job.
import { FORMAT, type Topic } from '../limits.ts';

export interface DraftClause {
  id: string;
  text: string;
  topics: Topic[];
}

export interface DraftSchool {
  name: string;
  aliases?: string[];
}

export interface DraftStaff {
  name: string;
  title?: string;
  role?: string;
  aliases?: string[];
}

export interface ConfigDraft {
  school: DraftSchool & { website?: string };
  /** A trust's or association's other schools. */
  schools?: DraftSchool[];
  staff?: DraftStaff[];
  code: { title: string; url?: string; approved?: string; clauses: DraftClause[] };
  complaints: { url?: string; email?: string; label?: string };
  published?: string;
  source?: string;
}

const clean = (value: string | undefined): string | undefined => {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
};

/** Removes undefined fields and empty lists, so the JSON has only what the school gave. */
function compact<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as T;
}

const aliasList = (list: string[] | undefined) => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of list ?? []) {
    const v = clean(a)?.replace(/^#+/, '');
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
};

/** The config as an object, fields in the order of config-format.md. */
export function buildConfig(draft: ConfigDraft): Record<string, unknown> {
  const school = (s: DraftSchool & { website?: string }) =>
    compact({ name: clean(s.name) ?? '', aliases: aliasList(s.aliases), website: clean(s.website) });
  return compact({
    format: FORMAT,
    school: school(draft.school),
    schools: (draft.schools ?? []).filter((s) => clean(s.name)).map(school),
    staff: (draft.staff ?? [])
      .filter((s) => clean(s.name))
      .map((s) => compact({ name: clean(s.name), title: clean(s.title), role: clean(s.role), aliases: aliasList(s.aliases) })),
    code: compact({
      title: clean(draft.code.title) ?? '',
      url: clean(draft.code.url),
      approved: clean(draft.code.approved),
      // a clause keeps its line breaks out but its words exactly: it is quoted to parents
      clauses: draft.code.clauses.map((c) => ({ id: clean(c.id) ?? '', text: clean(c.text) ?? '', topics: [...c.topics] })),
    }),
    complaints: compact({ label: clean(draft.complaints.label), url: clean(draft.complaints.url), email: clean(draft.complaints.email) }),
    published: clean(draft.published),
    source: clean(draft.source),
  });
}

/** The file a school publishes: two-space JSON with a final newline. */
export function configJson(config: unknown): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Today as an ISO date, for "published". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
