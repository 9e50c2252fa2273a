// The school config contract (../shared/config-format.md, version 1) as a zod schema.
// Structure and limits live here; the wording of problems lives in ./problems.ts.
// Objects are "loose": unknown fields are kept and ignored, so files written for a later 1.x
// extension still load.
import { z } from 'zod';
import { LIMITS, TOPICS } from './limits.ts';

/** Problem kinds raised by the custom checks, turned into sentences by ./problems.ts. */
export type CustomProblem =
  | { kind: 'url-not-url' }
  | { kind: 'url-scheme'; scheme: string }
  | { kind: 'url-credentials' }
  | { kind: 'email' }
  | { kind: 'email-mailto' }
  | { kind: 'date' }
  | { kind: 'format' }
  | { kind: 'complaints-route' };

function problem(ctx: z.RefinementCtx, params: CustomProblem, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: params.kind, params, ...(path ? { path } : {}) });
}

/** Parses a URL without relying on DOM types; URL is a global in browsers and Node alike. */
function tryUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

const text = (max: number = LIMITS.string) => z.string().trim().min(1).max(max);
const name = () => text(LIMITS.name);

const httpsUrl = (description: string) =>
  z
    .string()
    .trim()
    .max(LIMITS.string)
    .superRefine((value, ctx) => {
      const url = tryUrl(value);
      if (!url) return problem(ctx, { kind: 'url-not-url' });
      if (url.protocol !== 'https:') return problem(ctx, { kind: 'url-scheme', scheme: url.protocol });
      if (url.username || url.password) return problem(ctx, { kind: 'url-credentials' });
    })
    .meta({ description, format: 'uri', pattern: '^https://' });

// A calendar date (2024-07-17) or a full timestamp (2024-07-17T09:00:00Z).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = (description: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!isIsoDate(value)) problem(ctx, { kind: 'date' });
    })
    .meta({ description, examples: ['2026-09-01'] });

// Deliberately plain: one @, something either side, a dot in the domain, no spaces or brackets.
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.][^\s@<>()[\]",;:]*$/;

const email = z
  .string()
  .trim()
  .max(254)
  .superRefine((value, ctx) => {
    if (/^mailto:/i.test(value)) return problem(ctx, { kind: 'email-mailto' });
    if (!EMAIL.test(value)) problem(ctx, { kind: 'email' });
  })
  .meta({ description: 'An email address for complaints (without "mailto:").', format: 'email' });

const aliases = (description: string) => z.array(name()).max(LIMITS.aliases).meta({ description });

export const SchoolSchema = z
  .looseObject({
    name: name().meta({ description: "The school's full name.", examples: ['Low Ash Primary School'] }),
    aliases: aliases(
      'Other names parents use: short names, initials, nicknames, hashtags without "#".',
    ).optional(),
    website: httpsUrl("The school's website (https).").optional(),
  })
  .meta({ description: 'A school: its name and the other names parents use for it.' });

export const StaffSchema = z
  .looseObject({
    id: name()
      .meta({ description: 'A stable id for this person. Default: a slug of the name ("joanne-harper").' })
      .optional(),
    name: name().meta({
      description: "The person's name as written on the school's website: first + last, or initial + last.",
      examples: ['Joanne Harper'],
    }),
    title: name()
      .meta({ description: 'How pupils and parents address them: Mr, Mrs, Miss, Ms, Mx, Dr, Rev, Sir ...' })
      .optional(),
    role: text()
      .meta({ description: 'Their job, shown in the interstitial and used to resolve role references.' })
      .optional(),
    aliases: aliases('Other ways parents refer to them ("Mrs H", "Jo Harper").').optional(),
  })
  .meta({ description: 'A member of staff parents might name.' });

export const ClauseSchema = z
  .looseObject({
    id: name().meta({ description: 'The clause number as in the document, e.g. "2.1" or "2.1a".' }),
    text: text().meta({ description: 'The clause, verbatim: it is quoted to parents.' }),
    topics: z
      .array(z.enum(TOPICS))
      .min(1)
      .max(TOPICS.length * 2)
      .meta({ description: 'What the clause is about; picks which clause to quote for a draft.' }),
  })
  .meta({ description: 'One clause of the code of conduct.' });

export const CodeSchema = z
  .looseObject({
    title: text().meta({
      description: 'The title of the code of conduct.',
      examples: ['Social Media Code of Conduct for Parents'],
    }),
    url: httpsUrl('Where the full code is published (https).').optional(),
    approved: isoDate('When the code was approved (ISO date).').optional(),
    clauses: z.array(ClauseSchema).min(1).max(LIMITS.clauses).meta({ description: 'The clauses, at least one.' }),
  })
  .meta({ description: 'The code of conduct the clauses come from.' });

export const ComplaintsSchema = z
  .looseObject({
    label: text(LIMITS.name).meta({ description: 'The link text. Default: "Complaints procedure".' }).optional(),
    url: httpsUrl('Where the one-click link goes (https).').optional(),
    email: email.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.url === undefined && value.email === undefined) problem(ctx, { kind: 'complaints-route' });
  })
  .meta({ description: 'Where a parent should take a complaint: a web page, an email address, or both.' });

export const SchoolConfigSchema = z
  .looseObject({
    format: z
      .string()
      .superRefine((value, ctx) => {
        if (!/^schoolgate\/1(?:\.\d+)?$/.test(value)) problem(ctx, { kind: 'format' });
      })
      .meta({ description: 'Exactly "schoolgate/1".', examples: ['schoolgate/1'] }),
    school: SchoolSchema,
    schools: z
      .array(SchoolSchema)
      .max(LIMITS.schools)
      .meta({
        description:
          'For a trust or association: further schools that share this code and complaints route. Parents pick which of them their children attend.',
      })
      .optional(),
    staff: z.array(StaffSchema).max(LIMITS.staff).meta({ description: 'Staff parents might name.' }).optional(),
    roles: z
      .array(name())
      .meta({ description: 'Role words that refer to staff ("head", "SENCo"). A default English list is used when absent.' })
      .optional(),
    code: CodeSchema,
    complaints: ComplaintsSchema,
    published: isoDate('The date of this file; a newer file replaces an older one.').optional(),
    source: httpsUrl('The https URL this file is published at; used to refresh it.').optional(),
  })
  .meta({
    title: 'Schoolgate school config',
    description:
      "A school's names, staff, the clauses of its social media code of conduct and its complaints route, for the Schoolgate browser extension.",
  });

export type SchoolConfigInput = z.input<typeof SchoolConfigSchema>;
type Parsed = z.output<typeof SchoolConfigSchema>;
export type School = z.output<typeof SchoolSchema>;
export type Clause = z.output<typeof ClauseSchema>;
export type Complaints = Parsed['complaints'] & { label: string };
export type StaffMember = z.output<typeof StaffSchema> & { id: string };

/**
 * A config after parsing and normalising: every staff member has an id, complaints a label.
 * (An intersection, not Omit: the loose objects' index signature would swallow an Omit.)
 */
export type SchoolConfig = Parsed & {
  staff: StaffMember[];
  complaints: Complaints;
};
