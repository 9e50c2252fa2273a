import { describe, expect, test } from 'vitest';
import { fixture } from '../config/helpers.ts';
import { runCli } from './run.ts';

const FULL = 'tests/fixtures/configs/full.json';
const MINIMAL = 'tests/fixtures/configs/minimal.json';

describe('schoolgate validate', () => {
  test('prints OK and a summary for each valid file, exit 0', async () => {
    const { code, out } = await runCli(['validate', FULL, MINIMAL]);
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `OK   ${FULL} — Hollins Green Primary School (+1 more schools): 4 staff, 2 clauses, complaints via hollinsgreen.example.sch.uk`,
        `OK   ${MINIMAL} — Moss Side Academy: 0 staff, 1 clause, complaints via office@moss-side.example.sch.uk`,
        '2 of 2 valid',
      ].join('\n'),
    );
  });

  test('prints every problem of a bad file with its path, exit 1', async () => {
    const bad = JSON.parse(fixture('configs/full.json'));
    bad.complaints.url = 'http://hollinsgreen.example.sch.uk/complaints';
    delete bad.staff[2].name;
    const { code, out } = await runCli(['validate', 'bad.json', FULL], { files: { 'bad.json': JSON.stringify(bad) } });
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'FAIL bad.json',
      '  staff[2].name: missing — every staff entry needs a name',
      '  complaints.url: "http://hollinsgreen.example.sch.uk/complaints" is not secure — only https:// addresses are allowed; use the https:// address of the same page',
      `OK   ${FULL} — Hollins Green Primary School (+1 more schools): 4 staff, 2 clauses, complaints via hollinsgreen.example.sch.uk`,
      '1 of 2 valid',
    ]);
  });

  test('refuses files that are missing, not JSON, too big, or of a newer format', async () => {
    const newer = fixture('configs/minimal.json').replace('schoolgate/1', 'schoolgate/2');
    const { code, out } = await runCli(['validate', 'nope.json', 'notes.txt', 'huge.json', 'v2.json'], {
      files: { 'notes.txt': 'Staff list: Mrs Harper', 'huge.json': new Uint8Array(3 * 1024 * 1024).fill(32), 'v2.json': newer },
    });
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'FAIL nope.json',
      '  (file): cannot be read — no such file',
      'FAIL notes.txt',
      '  (file): is not valid JSON — check for a missing comma, quote or bracket',
      'FAIL huge.json',
      '  (file): too large (3.0 MB) — a config can be at most 256 KB; keep only the code’s clauses and the staff parents are likely to name',
      'FAIL v2.json',
      '  format: "schoolgate/2" — this file needs a newer version of the extension; update Schoolgate, or ask the school for a "schoolgate/1" file',
      '0 of 4 valid',
    ]);
  });

  test('with no file it explains its usage, exit 2', async () => {
    const { code, err } = await runCli(['validate']);
    expect(code).toBe(2);
    expect(err).toMatch(/^schoolgate: validate needs at least one FILE\n\nschoolgate validate FILE\.\.\./);
  });
});

describe('schoolgate (other commands)', () => {
  test('schema writes the JSON Schema to standard output or a file', async () => {
    const printed = await runCli(['schema']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.out).title).toBe('Schoolgate school config');
    const toFile = await runCli(['schema', '--out', 'schema.json']);
    expect(JSON.parse(toFile.written['schema.json'] ?? '')).toEqual(JSON.parse(printed.out));
  });

  test('an unknown command or option is a usage error, exit 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    const badOption = await runCli(['validate', '--colour', 'x.json']);
    expect(badOption.code).toBe(2);
    expect(badOption.err).toMatch(/Unknown option '--colour'/);
  });

  test('no command prints the help, exit 2; --help prints it, exit 0', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.out).toMatch(/^schoolgate — tools for Schoolgate school configs/);
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['validate', '--help'])).out).toMatch(/^schoolgate validate FILE/);
  });
});
