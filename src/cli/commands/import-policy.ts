// schoolgate import-policy: the text of a code of conduct (and a staff list) → a config on
// standard output, notes and problems on standard error. The same extraction as the builder page.
import { formatProblem, parseSchoolConfigValue } from '../../config/index.ts';
import { buildConfig, configJson, decodeText, extractPolicy, isoDay, parseStaff, suggestAliases, type PolicyNote, type StaffEntry } from '../../config/policy/index.ts';
import { t } from '../../ui/i18n.ts';
import type { Io } from '../io.ts';
import { UsageError } from '../io.ts';

export const IMPORT_POLICY_HELP = t('importPolicyHelp');

export interface ImportPolicyOptions {
  files: string[];
  name?: string;
  staff?: string;
  complaints?: string[];
  aliases?: string[];
  title?: string;
  codeUrl?: string;
  approved?: string;
  source?: string;
  published?: string;
  out?: string;
  /** For tests: the date "published" defaults to. */
  today?: Date;
}

/** Reads a file as text, or says in plain words why it cannot. */
async function readText(path: string, io: Io): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? t('importPolicyNoSuchFile') : code === 'EISDIR' ? t('importPolicyIsFolder') : String((error as Error).message ?? error);
    return { ok: false, message: t('importPolicyCannotRead', path, why) };
  }
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded;
  const key = decoded.kind === 'pdf' ? 'importPolicyPdf' : decoded.kind === 'word' ? 'importPolicyWord' : 'importPolicyBinary';
  return { ok: false, message: t(key, path) };
}

export function noteText(note: PolicyNote): string {
  switch (note.kind) {
    case 'list-only':
      return t(note.letter ? 'importPolicyListOnlyLetter' : 'importPolicyListOnly');
    case 'no-code':
      return t(note.letter ? 'importPolicyNoCodeLetter' : 'importPolicyNoCode', '');
    case 'too-many':
      return t('importPolicyTooMany', note.found);
    case 'too-long':
      return t('importPolicyTooLong', note.id, note.length.toLocaleString('en-GB'));
    case 'duplicate-id':
      return t('importPolicyDuplicate', note.id, note.renamed);
  }
}

export async function importPolicy(options: ImportPolicyOptions, io: Io): Promise<number> {
  if (options.files.length !== 1) throw new UsageError(t('importPolicyNeedsFile'));
  const name = options.name?.trim();
  if (!name) throw new UsageError(t('importPolicyNeedsName'));
  const [file] = options.files as [string];

  const read = await readText(file, io);
  if (!read.ok) {
    io.err(read.message);
    return 1;
  }
  const extraction = extractPolicy(read.text);
  if (extraction.kind === 'none') {
    const letter = extraction.notes.some((n) => n.kind === 'no-code' && n.letter);
    io.err(t(letter ? 'importPolicyNoCodeLetter' : 'importPolicyNoCode', file));
    return 1;
  }

  let failed = false;
  const title = options.title?.trim() || extraction.title;
  const first = extraction.clauses[0]!.id;
  const last = extraction.clauses[extraction.clauses.length - 1]!.id;
  io.err(title ? t('importPolicyFound', extraction.clauses.length, title, first, last) : t('importPolicyFoundUntitled', extraction.clauses.length, first, last));
  for (const note of extraction.notes) io.err(noteText(note));
  if (!title) {
    io.err(t('importPolicyNoTitle'));
    failed = true;
  }

  let staff: StaffEntry[] = [];
  if (options.staff) {
    const list = await readText(options.staff, io);
    if (!list.ok) {
      io.err(list.message);
      failed = true;
    } else {
      const parsed = parseStaff(list.text);
      staff = parsed.staff;
      io.err(t('importPolicyStaff', staff.length, options.staff));
      for (const skipped of parsed.skipped) {
        if (skipped.reason === 'no-name') io.err(t('importPolicyStaffSkipped', options.staff, skipped.line, skipped.text));
        else if (skipped.reason === 'too-long') io.err(t('importPolicyStaffTooLong', options.staff, skipped.line));
        else {
          io.err(t('importPolicyStaffTooMany', options.staff, skipped.line));
          break;
        }
      }
    }
  }

  // --complaints takes a web address or an email address, or both (given twice)
  const routes = (options.complaints ?? []).map((r) => r.trim()).filter(Boolean);
  const isEmail = (r: string) => /^mailto:/i.test(r) || (r.includes('@') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r));
  const email = routes.find(isEmail)?.replace(/^mailto:/i, '');
  const url = routes.find((r) => !isEmail(r));
  if (routes.length === 0) {
    io.err(t('importPolicyNoComplaints'));
    failed = true;
  }

  let aliases = options.aliases ?? [];
  if (aliases.length === 0) {
    aliases = suggestAliases(name);
    if (aliases.length) io.err(t('importPolicyAliases', aliases.join(', ')));
  }
  const schools = extraction.schools.filter((s) => s.toLowerCase() !== name.toLowerCase());
  if (schools.length) io.err(t('importPolicySchools', schools.length, schools.join(', ')));

  const config = buildConfig({
    school: { name, aliases },
    schools: schools.map((s) => ({ name: s, aliases: suggestAliases(s) })),
    staff,
    code: { title: title ?? '', url: options.codeUrl, approved: options.approved ?? extraction.approved, clauses: extraction.clauses },
    complaints: { url, email },
    published: options.published ?? isoDay(options.today ?? new Date()),
    source: options.source,
  });
  const result = parseSchoolConfigValue(config);
  if (!result.ok) {
    // the title and the route were explained above in plain words; the rest by their place in the file
    const explained = new Set([...(title ? [] : ['code.title']), ...(routes.length ? [] : ['complaints'])]);
    const rest = result.problems.filter((p) => !explained.has(p.path));
    if (rest.length) {
      io.err(t('importPolicyInvalid'));
      for (const problem of rest) io.err(`  ${formatProblem(problem)}`);
    }
    return 1;
  }
  if (failed) return 1;

  io.err(t('importPolicyTopics'));
  const json = configJson(config);
  if (options.out) {
    await io.writeFile(options.out, json);
    io.err(t('importPolicyWritten', options.out));
  } else io.out(json.trimEnd());
  return 0;
}
