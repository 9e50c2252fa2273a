// parseSchoolConfig: text (or bytes) in, a normalised config or a list of problems out.
// Pure: no fetching, no storage. Callers decide where the text comes from.
import { DEFAULT_COMPLAINTS_LABEL, FORMAT, FORMAT_MAJOR, LIMITS } from './limits.ts';
import { describeIssue, duplicateIdProblems, FILE_PATH, MAX_PROBLEMS, type Problem } from './problems.ts';
import { SchoolConfigSchema, type SchoolConfig, type StaffMember } from './schema.ts';

export type ParseResult = { ok: true; config: SchoolConfig } | { ok: false; problems: Problem[] };

const fail = (message: string, path = FILE_PATH): ParseResult => ({ ok: false, problems: [{ path, message }] });

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const tooLarge = (bytes: number): ParseResult =>
  fail(
    `too large (${formatBytes(bytes)}) — a config can be at most ${formatBytes(LIMITS.fileBytes)}; ` +
      'keep only the code’s clauses and the staff parents are likely to name',
  );

/** Bytes from a file or a download: size is checked before anything is decoded. */
export function parseSchoolConfigBytes(bytes: Uint8Array): ParseResult {
  if (bytes.byteLength > LIMITS.fileBytes) return tooLarge(bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not UTF-8 text — save the config as UTF-8 JSON (most editors call it "UTF-8")');
  }
  return parseSchoolConfig(text);
}

export function parseSchoolConfig(text: string): ParseResult {
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) return tooLarge(bytes);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('is empty — a config is a JSON object starting with {');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return fail(describeJsonError(body, error));
  }
  return parseSchoolConfigValue(value);
}

const CONFIG_KEYS = ['format', 'school', 'staff', 'code', 'complaints'];

/** An already-decoded JSON value, e.g. a config read back from storage. */
export function parseSchoolConfigValue(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a single ${typeof value}`;
    return fail(`is ${what} — a config is a JSON object starting with {`);
  }
  if (!CONFIG_KEYS.some((key) => key in value)) {
    return fail(
      `is not a Schoolgate school config — it has none of its fields (${CONFIG_KEYS.join(', ')}); check you have the right file`,
    );
  }
  const format = (value as { format?: unknown }).format;
  const major = typeof format === 'string' ? /^schoolgate\/(\d+)(?:\.\d+)*$/.exec(format.trim()) : null;
  if (major && Number(major[1]) > FORMAT_MAJOR) {
    return fail(
      `"${format as string}" — this file needs a newer version of the extension; update Schoolgate, ` +
        `or ask the school for a "${FORMAT}" file`,
      'format',
    );
  }
  const result = SchoolConfigSchema.safeParse(value, { reportInput: true });
  const problems = [...(result.success ? [] : result.error.issues.map(describeIssue)), ...duplicateIdProblems(value)];
  if (!result.success || problems.length) return { ok: false, problems: collectProblems(problems) };
  return { ok: true, config: normalise(result.data) };
}

function collectProblems(all: Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = all.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length <= MAX_PROBLEMS) return unique;
  const rest = unique.length - MAX_PROBLEMS;
  return [
    ...unique.slice(0, MAX_PROBLEMS),
    { path: FILE_PATH, message: `and ${rest} more problem${rest === 1 ? '' : 's'} — fix the ones above first` },
  ];
}

/** Where JSON.parse stopped, as line and column, with a hint for the usual slips. */
function describeJsonError(text: string, error: unknown): string {
  if (/^</.test(text.trimStart()))
    return 'is a web page (HTML), not a config — check you have the link or file of the .json config itself';
  const raw = error instanceof Error ? error.message : String(error);
  let offset: number | undefined;
  const pos = /position (\d+)/.exec(raw);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  const token = /Unexpected token '(.+?)'/u.exec(raw);
  if (pos) offset = Number(pos[1]);
  else if (lineCol) offset = offsetOf(text, Number(lineCol[1]), Number(lineCol[2]));
  else if (/end of (JSON|data)|Unterminated|unexpected end/i.test(raw)) offset = text.length;
  else if (token?.[1] && /^[“”‘’]$/u.test(token[1])) offset = text.indexOf(token[1]);

  if (offset === undefined) return 'is not valid JSON — check for a missing comma, quote or bracket';
  if (offset >= text.length) return 'is not valid JSON: it ends too early — a closing }, ] or quote is missing';
  const { line, column } = lineColumn(text, offset);
  const at = text[offset] ?? '';
  let hint = 'check for a missing comma, quote or bracket just before this point';
  if ((at === '}' || at === ']') && text.slice(0, offset).trimEnd().endsWith(',')) hint = `remove the comma before "${at}"`;
  else if (at === "'") hint = 'JSON needs double quotes (") around text and names, not single quotes';
  else if (/[“”‘’]/u.test(at)) hint = 'curly quotes (“ ”) are not JSON — use straight double quotes (")';
  else if (/after JSON/i.test(raw)) hint = 'there is something after the final } — remove it';
  else if (/property name/i.test(raw) && /[\p{L}_$]/u.test(at)) hint = 'field names need double quotes, like "school"';
  return `is not valid JSON at line ${line}, column ${column} — ${hint}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** A readable, stable id from a name: "Kieran O'Neill" → "kieran-oneill", "Siobhán" → "siobhan". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

type Parsed = Extract<ReturnType<typeof SchoolConfigSchema.safeParse>, { success: true }>['data'];

function cleanAliases(list: string[] | undefined): string[] | undefined {
  if (!list) return list;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const alias of list) {
    const clean = alias.replace(/^[#@]+/, '').trim();
    const key = clean.toLowerCase();
    if (clean && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out;
}

function normalise(parsed: Parsed): SchoolConfig {
  const taken = new Set((parsed.staff ?? []).flatMap((s) => (s.id ? [s.id.toLowerCase()] : [])));
  const staff: StaffMember[] = (parsed.staff ?? []).map((member, index) => {
    let id = member.id;
    if (!id) {
      const base = slugify(member.name) || `staff-${index + 1}`;
      id = base;
      for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
      taken.add(id.toLowerCase());
    }
    return { ...member, id, aliases: cleanAliases(member.aliases) };
  });
  return {
    ...parsed,
    school: { ...parsed.school, aliases: cleanAliases(parsed.school.aliases) },
    schools: parsed.schools?.map((s) => ({ ...s, aliases: cleanAliases(s.aliases) })),
    staff,
    code: {
      ...parsed.code,
      clauses: parsed.code.clauses.map((c) => ({ ...c, topics: [...new Set(c.topics)] })),
    },
    complaints: { ...parsed.complaints, label: parsed.complaints.label ?? DEFAULT_COMPLAINTS_LABEL },
  };
}
