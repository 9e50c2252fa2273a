import { describe, expect, test } from 'vitest';
import { runCli } from './run.ts';

const CONFIG = 'tests/fixtures/configs/detector.json';

describe('schoolgate check', () => {
  test('prints a readable verdict: mentions, concerns with their words, clauses', async () => {
    const { code, out } = await runCli(['check', '--config', CONFIG, '--site', 'facebook', 'Mrs Harper is a useless cow.']);
    expect(code).toBe(0);
    expect(out).toMatch(/^NUDGE/);
    expect(out).toContain('staff j-harper: "Mrs Harper" [0–10]');
    expect(out).toMatch(/abuse: "[^"]*cow"/);
    expect(out).toContain('Clauses it would quote:');
  });

  test('says OK for a draft that goes through', async () => {
    const { out } = await runCli(['check', '--config', CONFIG, 'What time does Hollins Green finish on Friday?']);
    expect(out).toMatch(/^OK/);
    expect(out).toContain('school: "Hollins Green"');
  });

  test('--jsonl reads drafts from standard input and answers one line each, in order', async () => {
    const stdin = [
      JSON.stringify({ id: 'a', text: 'Mrs Harper is a useless cow.', site: 'whatsapp' }),
      'not json at all',
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify({ id: 'd', text: 'What time does Hollins Green finish?', site: 'facebook' }),
      '',
      JSON.stringify([1, 2]),
    ].join('\n');
    const { code, out } = await runCli(['check', '--config', CONFIG, '--jsonl'], { stdin });
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      id: 'a',
      nudge: true,
      mentions: [{ kind: 'staff', id: 'j-harper', text: 'Mrs Harper', start: 0, end: 10 }],
      concerns: ['abuse'],
      clauses: ['3.1', '2.1', '3.2'],
    });
    expect(lines[1]).toEqual({ id: null, error: 'not a JSON line' });
    expect(lines[2]).toEqual({ id: 'c', error: '"text" must be a string' });
    expect(lines[3]).toMatchObject({ id: 'd', nudge: false, concerns: [], clauses: [] });
    expect(lines[4]).toEqual({ id: null, error: 'a line must be a JSON object with "id" and "text"' });
  });

  test('needs a config and a draft', async () => {
    expect((await runCli(['check', 'some text'])).code).toBe(2);
    expect((await runCli(['check', '--config', CONFIG])).err).toMatch(/needs the draft text/);
    expect((await runCli(['check', '--config', 'nope.json', 'x'])).err).toMatch(/cannot read the config nope\.json/);
  });

  test('--school picks a school of the trust', async () => {
    const { out } = await runCli(['check', '--config', CONFIG, '--school', 'Moss Lane Academy', 'Moss Lane Academy is a shambles.']);
    expect(out).toMatch(/^NUDGE/);
  });
});

describe('schoolgate eval', () => {
  test('scores a labelled file and lists the wrong drafts', async () => {
    const { code, out } = await runCli(['eval', 'tests/fixtures/labelled/tiny.jsonl', '--misses']);
    expect(code).toBe(0);
    expect(out).toMatch(/overall\s+4\s+1\.000\s+0\.500\s+0\.667\s+1\s+0\s+1/);
    expect(out).toContain('mentions recall: explicit 1.000 (4/4)');
    expect(out).toContain('1 draft(s) wrong:');
    expect(out).toContain('MISSED NUDGE t-4');
  });

  test('--json prints the figures as one object', async () => {
    const { out } = await runCli(['eval', 'tests/fixtures/labelled/tiny.jsonl', '--json']);
    const summary = JSON.parse(out);
    expect(summary.overall).toMatchObject({ n: 4, tp: 1, fp: 0, fn: 1, tn: 2, precision: 1, recall: 0.5 });
    expect(Object.keys(summary.bySite).sort()).toEqual(['facebook', 'whatsapp', 'x']);
  });
});
