// The numbers in the "Limits" section of ../shared/config-format.md, in one place, so the schema,
// the error messages and the tests all read the same values.
export const FORMAT = 'schoolgate/1';
export const FORMAT_MAJOR = 1;

export const LIMITS = {
  /** The whole file, in UTF-8 bytes (256 KiB). */
  fileBytes: 256 * 1024,
  staff: 2000,
  clauses: 200,
  schools: 50,
  /** Per list of aliases (a school's, a staff member's). */
  aliases: 50,
  /** Any string. */
  string: 2000,
  /** Names: school and staff names, aliases, titles, ids. */
  name: 120,
} as const;

export const TOPICS = [
  'defamation',
  'complaint',
  'abuse',
  'procedure',
  'sanctions',
  'staff-contact',
  'anonymity',
  'removal',
  'messaging',
  'general',
] as const;

export type Topic = (typeof TOPICS)[number];

export const DEFAULT_COMPLAINTS_LABEL = 'Complaints procedure';
