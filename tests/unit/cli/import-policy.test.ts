// schoolgate import-policy: config on standard output, notes and problems on standard error.
import { describe, expect, test } from 'vitest';
import { formatProblem, parseSchoolConfig, parseSchoolConfigValue } from '../../../src/config/index.ts';
import { PRESETS } from '../../../src/config/presets/index.ts';
import { runCli } from './run.ts';

const LOW_ASH = 'tests/fixtures/seeds/002_e47b2679d26d7f27.txt';
const HALTON_SECONDARY = 'tests/fixtures/seeds/001_fe0829aa5663fd13.txt';
const LETTER = 'tests/fixtures/seeds/003_43146e1bbfd0eb4c.txt';
const ROUTE = ['--complaints', 'https://lowash.example.sch.uk/policies/complaints'];

function config(out: string) {
  const result = parseSchoolConfig(out);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.config;
}

describe('schoolgate import-policy', () => {
  test('a seed code becomes a valid config with the clauses of the hand-made preset', async () => {
    const { code, out, err } = await runCli(['import-policy', LOW_ASH, '--name', 'Low Ash Primary School', ...ROUTE, '--published', '2026-09-01']);
    expect(code).toBe(0);
    const made = config(out);
    const preset = parseSchoolConfigValue(PRESETS['low-ash']);
    if (!preset.ok) throw new Error('preset invalid');
    expect(made.code.clauses).toEqual(preset.config.code.clauses);
    expect(made.code.title).toBe('Social Media Code of Conduct for Parents');
    expect(made.code.approved).toBe('2024-07-17');
    expect(made.published).toBe('2026-09-01');
    expect(made.school.aliases).toEqual(['Low Ash', 'Low Ash Primary', 'LAPS', 'LowAsh', 'LowAshPrimary']);
    expect(err.split('\n')).toEqual([
      'Found 22 clauses of “Social Media Code of Conduct for Parents”, from 1.a to 4.b.',
      'Aliases suggested: Low Ash, Low Ash Primary, LAPS, LowAsh, LowAshPrimary. Give --alias to choose your own.',
      'The topics of each clause are proposals: read them before you publish the config.',
    ]);
  });

  test('staff, both complaints routes, chosen aliases and the addresses', async () => {
    const staff = 'Title,First name,Surname,Role\nMrs,Joanne,Harper,Headteacher\nMr,Tom,Wood,Year 4 teacher\n,,,\n';
    const { code, out, err } = await runCli(
      [
        'import-policy', LOW_ASH, '--name', 'Low Ash Primary School', '--staff', 'staff.csv',
        '--complaints', 'office@lowash.example.sch.uk', ...ROUTE, '--alias', 'Low Ash', '--alias', '#LAPS',
        '--code-url', 'https://lowash.example.sch.uk/code.pdf', '--source', 'https://lowash.example.sch.uk/schoolgate.json',
      ],
      { files: { 'staff.csv': staff } },
    );
    expect(code).toBe(0);
    const made = config(out);
    expect(made.staff.map((s) => [s.title, s.name, s.role])).toEqual([
      ['Mrs', 'Joanne Harper', 'Headteacher'],
      ['Mr', 'Tom Wood', 'Year 4 teacher'],
    ]);
    expect(made.complaints).toEqual({ label: 'Complaints procedure', url: 'https://lowash.example.sch.uk/policies/complaints', email: 'office@lowash.example.sch.uk' });
    expect(made.school.aliases).toEqual(['Low Ash', 'LAPS']);
    expect(made.code.url).toBe('https://lowash.example.sch.uk/code.pdf');
    expect(made.source).toBe('https://lowash.example.sch.uk/schoolgate.json');
    expect(err).toContain('2 staff from staff.csv.');
    expect(err).toContain('staff.csv line 4: no name found in “,,,”, so it was left out.');
    expect(err).not.toContain('Aliases suggested');
  });

  test('a trust: the schools the document lists go into "schools"', async () => {
    const { code, out } = await runCli(['import-policy', HALTON_SECONDARY, '--name', 'Halton Association of Secondary Headteachers', ...ROUTE]);
    expect(code).toBe(0);
    const made = config(out);
    expect(made.schools).toHaveLength(14);
    expect(made.code.clauses.map((c) => c.id)).toContain('3.1c');
  });

  test('--out writes the file and says how to check it', async () => {
    const { code, out, err, written } = await runCli(['import-policy', LOW_ASH, '--name', 'Low Ash Primary School', ...ROUTE, '--out', 'schoolgate.json']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(config(written['schoolgate.json'] ?? '').school.name).toBe('Low Ash Primary School');
    expect(err).toContain('Config written to schoolgate.json. Check it with: npm run -s schoolgate -- validate schoolgate.json');
  });

  test('the letter alone: its bullet points, with a warning that it is a letter', async () => {
    const { code, out, err } = await runCli(['import-policy', LETTER, '--name', 'Halton Association of Secondary Headteachers', ...ROUTE]);
    expect(code).toBe(0);
    expect(config(out).code.clauses.map((c) => c.id)).toEqual(['1', '2', '3', '4']);
    expect(err).toContain('It reads as a letter: these are the bullet points of the letter, numbered in order.');
  });

  test('without a complaints route: no config, exit 1, and why in plain words', async () => {
    const { code, out, err } = await runCli(['import-policy', LOW_ASH, '--name', 'Low Ash Primary School']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('No complaints route: give --complaints with the web address of your complaints procedure (https://…) or an email address.');
    expect(err).not.toContain('complaints: has neither');
  });

  test('an http:// route or a bad date: the Foundation\'s problems with their paths, exit 1', async () => {
    const { code, out, err } = await runCli(['import-policy', LOW_ASH, '--name', 'Low Ash Primary School', '--complaints', 'http://lowash.example.sch.uk/complaints', '--approved', '17/7/24']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('Cannot write a valid config yet:');
    expect(err).toContain('  code.approved: "17/7/24" is not a date — write it as YYYY-MM-DD, e.g. 2026-09-01');
    expect(err).toContain('  complaints.url: "http://lowash.example.sch.uk/complaints" is not secure — only https:// addresses are allowed; use the https:// address of the same page');
  });

  test('no code in the file, a PDF, a Word file, a missing file: exit 1 with the reason', async () => {
    const cases: [string, string | Uint8Array, string][] = [
      ['letter.txt', 'Dear Parents,\n\nWe have a new code. Please read it on our website.\n\nKind regards,\nThe Office\n', 'No code of conduct found in letter.txt: it reads as a letter, with no numbered clauses and no bullet points.'],
      ['notes.txt', 'Some notes about our policies, in no particular order.\n', 'No code of conduct found in notes.txt: it has no numbered clauses and no bullet points.'],
      ['code.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'code.pdf is a PDF. Open it, select all its text, paste it into a plain text file (.txt) and import that.'],
      ['code.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'code.docx is a Word document. Save it as plain text (File, Save As, Plain Text) and import that.'],
    ];
    for (const [file, body, message] of cases) {
      const { code, out, err } = await runCli(['import-policy', file, '--name', 'X School', ...ROUTE], { files: { [file]: body } });
      expect(code, file).toBe(1);
      expect(out).toBe('');
      expect(err).toContain(message);
    }
    const missing = await runCli(['import-policy', 'nope.txt', '--name', 'X School', ...ROUTE]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('Cannot read nope.txt: there is no such file.');
  });

  test('text saved by Notepad as "Unicode" or as Windows "ANSI" reads the same', async () => {
    const text = '1. Conduct\n1.1 Parents shouldn’t post ‘defamatory’ comments about staff.\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const cp1252 = new Uint8Array(Array.from(text).map((c) => ({ '’': 0x92, '‘': 0x91 })[c] ?? c.charCodeAt(0)));
    for (const body of [utf16, cp1252]) {
      const { code, out } = await runCli(['import-policy', 'code.txt', '--name', 'X School', ...ROUTE, '--title', 'Our code'], { files: { 'code.txt': body } });
      expect(code).toBe(0);
      expect(config(out).code.clauses).toEqual([{ id: '1.1', text: 'Parents shouldn’t post ‘defamatory’ comments about staff.', topics: ['defamation'] }]);
    }
  });

  test('no title in the document and none given: exit 1 and how to give it', async () => {
    const { code, err } = await runCli(['import-policy', 'code.txt', '--name', 'X School', ...ROUTE], { files: { 'code.txt': '1. Conduct\n1.1 Be kind online.\n' } });
    expect(code).toBe(1);
    expect(err).toContain('The code\'s title was not found in the document: give it with --title "…".');
  });

  test('usage: one file and --name are required (exit 2); --help prints the help', async () => {
    expect((await runCli(['import-policy', '--name', 'X'])).err).toMatch(/^schoolgate: import-policy needs one FILE/);
    const noName = await runCli(['import-policy', LOW_ASH]);
    expect(noName.code).toBe(2);
    expect(noName.err).toMatch(/^schoolgate: import-policy needs --name/);
    const help = await runCli(['import-policy', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^schoolgate import-policy FILE\.txt --name "School name"/);
    expect((await runCli(['--help'])).out).toContain('import-policy FILE.txt --name NAME');
  });
});
