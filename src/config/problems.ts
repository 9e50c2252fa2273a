// Turns schema issues into plain-English problems a school office can act on:
// "staff[3].name: missing — every staff entry needs a name".
import type { z } from 'zod';
import { LIMITS, TOPICS } from './limits.ts';
import type { CustomProblem } from './schema.ts';

export interface Problem {
  /** JSON path of the value at fault, e.g. "staff[3].name"; "(file)" for the whole file. */
  path: string;
  /** What is wrong and how to fix it: "missing — every staff entry needs a name". */
  message: string;
}

export const FILE_PATH = '(file)';

export function formatProblem(p: Problem): string {
  return `${p.path}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || FILE_PATH;
}

/** "staff[3].name" → "staff[].name": the key for field-specific advice. */
function fieldKey(path: readonly PropertyKey[]): string {
  return formatPath(path.map((k) => (typeof k === 'number' ? -1 : k))).replace(/\[-1\]/g, '[]');
}

const NEEDS_SCHOOL_NAME = 'every school needs its full name, e.g. "Low Ash Primary School"';

/** What to do when a field is missing or empty. */
const WHEN_MISSING: Record<string, string> = {
  format: 'add "format": "schoolgate/1" at the top of the file',
  school: 'add "school": { "name": "…" } with your school\'s full name',
  'school.name': NEEDS_SCHOOL_NAME,
  'schools[].name': NEEDS_SCHOOL_NAME,
  'staff[].name': 'every staff entry needs a name',
  'staff[].id': 'leave "id" out to use one made from the name, or give a short id such as "j-harper"',
  code: 'add "code" with the title and clauses of your code of conduct',
  'code.title': 'give the title of your code of conduct, e.g. "Social Media Code of Conduct for Parents"',
  'code.clauses': 'list the clauses of your code of conduct (at least one)',
  'code.clauses[].id': 'every clause needs its number as in your document, e.g. "2.1"',
  'code.clauses[].text': 'every clause needs its text, copied word for word from your document',
  'code.clauses[].topics': `every clause needs at least one topic: ${TOPICS.join(', ')}`,
  complaints:
    'add "complaints" with the web address ("url") and/or email address ("email") of your complaints procedure',
};

/** What a list holds and what to do when it is too long. */
const LISTS: Record<string, { noun: string; advice: string }> = {
  staff: { noun: 'staff', advice: 'list the staff parents are likely to name (teachers, leaders, the office)' },
  'code.clauses': { noun: 'clauses', advice: 'keep the clauses of the code itself, not the letters or appendices' },
  schools: { noun: 'schools', advice: 'split the trust into more than one config' },
  'school.aliases': { noun: 'aliases', advice: 'keep the names parents really use' },
  'schools[].aliases': { noun: 'aliases', advice: 'keep the names parents really use' },
  'staff[].aliases': { noun: 'aliases', advice: 'keep the names parents really use' },
  'code.clauses[].topics': { noun: 'topics', advice: 'give each topic once' },
};

function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `"${short}"`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text (${quote(value, 30)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `true/false (${value})`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  array: 'a list in square brackets [ … ]',
  object: 'an object in braces { … }',
  number: 'a number',
  boolean: 'true or false',
};

const thousands = (n: number): string => n.toLocaleString('en-GB');

function closestTopic(word: string): string | undefined {
  const w = word.toLowerCase().replace(/[^a-z-]/g, '');
  return TOPICS.find((t) => w.startsWith(t) || t.startsWith(w) || w.replace(/s$/, '') === t);
}

function customMessage(params: CustomProblem, input: unknown): string {
  switch (params.kind) {
    case 'url-not-url':
      return `${quote(input)} is not a web address — give the full address, starting with https://`;
    case 'url-scheme':
      if (params.scheme === 'http:')
        return `${quote(input)} is not secure — only https:// addresses are allowed; use the https:// address of the same page`;
      if (params.scheme === 'mailto:')
        return `mailto: links are not allowed here — put the email address in complaints.email, without "mailto:"`;
      return `"${params.scheme}" links are not allowed — give an https:// web address`;
    case 'url-credentials':
      return 'contains a user name or password — give the plain https:// address';
    case 'email':
      return `${quote(input)} is not an email address — write it like office@school.sch.uk`;
    case 'email-mailto':
      return 'starts with "mailto:" — write the address alone, like office@school.sch.uk';
    case 'date':
      return `${quote(input)} is not a date — write it as YYYY-MM-DD, e.g. 2026-09-01`;
    case 'format':
      return `${quote(input)} is not a Schoolgate format — it should be "schoolgate/1" (is this a Schoolgate school config?)`;
    case 'complaints-route':
      return 'has neither "url" nor "email" — give the web address of your complaints procedure, an email address, or both';
  }
}

/** One schema issue → one problem, worded for the field it concerns. */
export function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const key = fieldKey(issue.path);
  const input = (issue as { input?: unknown }).input;
  const message = ((): string => {
    switch (issue.code) {
      case 'invalid_type':
        if (input === undefined) return `missing — ${WHEN_MISSING[key] ?? 'this field is required'}`;
        return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
      case 'too_small':
        if (issue.origin === 'string' || issue.origin === 'array')
          return `is empty — ${WHEN_MISSING[key] ?? 'give a value or leave the field out'}`;
        return issue.message;
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') {
          const length = typeof input === 'string' ? input.length : undefined;
          const what = max === LIMITS.name ? 'names and ids' : 'text';
          return `too long${length ? ` (${thousands(length)} characters)` : ''} — ${what} can be at most ${thousands(max)} characters`;
        }
        if (issue.origin === 'array') {
          const list = LISTS[key] ?? { noun: 'entries', advice: 'shorten the list' };
          const count = Array.isArray(input) ? `${thousands(input.length)} ${list.noun}` : 'too many';
          return `${count} — at most ${thousands(max)} ${list.noun} are allowed; ${list.advice}`;
        }
        return issue.message;
      }
      case 'invalid_value': {
        if (key === 'code.clauses[].topics[]') {
          const guess = typeof input === 'string' ? closestTopic(input) : undefined;
          return `${quote(input)} is not a topic — use one of: ${TOPICS.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}`;
        }
        return `${quote(input)} is not allowed here — use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      case 'custom':
        return customMessage(issue.params as CustomProblem, input);
      default:
        return issue.message;
    }
  })();
  return { path, message };
}

/**
 * Ids that must be unique (staff, clauses), checked on the raw value so that they are reported
 * alongside every other problem, not only once the rest of the file is valid.
 */
export function duplicateIdProblems(value: unknown): Problem[] {
  const lists: [PropertyKey[], string, unknown][] = [
    [['staff'], 'person', (value as { staff?: unknown }).staff],
    [['code', 'clauses'], 'clause', (value as { code?: { clauses?: unknown } }).code?.clauses],
  ];
  const problems: Problem[] = [];
  for (const [listPath, noun, list] of lists) {
    if (!Array.isArray(list)) continue;
    const seen = new Map<string, number>();
    list.forEach((entry: unknown, index) => {
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !id.trim()) return;
      const key = id.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) return void seen.set(key, index);
      problems.push({
        path: formatPath([...listPath, index, 'id']),
        message: `${quote(id)} is already used by ${formatPath([...listPath, first])} — give each ${noun} an id of its own`,
      });
    });
  }
  return problems;
}

export const MAX_PROBLEMS = 100;
