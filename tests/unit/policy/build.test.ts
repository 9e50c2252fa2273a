// From the builder's fields to a config the Foundation's parser accepts and the detector uses.
import { describe, expect, test } from 'vitest';
import { formatProblem, parseSchoolConfigValue } from '../../../src/config/index.ts';
import { buildConfig, configJson, extractPolicy, parseStaff, suggestAliases, type ConfigDraft } from '../../../src/config/policy/index.ts';
import { createDetector } from '../../../src/engine/index.ts';
import { fixture } from '../config/helpers.ts';

function lowAshDraft(): ConfigDraft {
  const extraction = extractPolicy(fixture('seeds/002_e47b2679d26d7f27.txt'));
  return {
    school: { name: 'Low Ash Primary School', aliases: suggestAliases('Low Ash Primary School') },
    staff: parseStaff('Mrs Joanne Harper, Headteacher\nMr Tom Wood, Year 4 teacher').staff,
    code: { title: extraction.title ?? '', approved: extraction.approved, url: 'https://lowash.example.sch.uk/policies/social-media-code.pdf', clauses: extraction.clauses },
    complaints: { url: 'https://lowash.example.sch.uk/policies/complaints', email: '' },
    published: '2026-09-01',
    source: 'https://lowash.example.sch.uk/schoolgate.json',
  };
}

describe('buildConfig', () => {
  test('a seed code, a staff list and a complaints page make a valid config', () => {
    const result = parseSchoolConfigValue(buildConfig(lowAshDraft()));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.config.code.clauses).toHaveLength(22);
    expect(result.config.code.approved).toBe('2024-07-17');
    expect(result.config.staff.map((s) => s.id)).toEqual(['joanne-harper', 'tom-wood']);
    expect(result.config.school.aliases).toContain('LAPS');
  });

  test('the config it makes is the one the detector quotes from', () => {
    const result = parseSchoolConfigValue(buildConfig(lowAshDraft()));
    if (!result.ok) throw new Error('invalid');
    const verdict = createDetector(result.config).check('Low Ash is a disgrace, Mrs Harper lies to parents and nobody at that school listens');
    expect(verdict.nudge).toBe(true);
    expect(verdict.mentions.map((m) => m.kind)).toContain('staff');
    expect(verdict.clauses.length).toBeGreaterThan(0);
    for (const clause of verdict.clauses) expect(result.config.code.clauses.map((c) => c.id)).toContain(clause.id);
  });

  test('empty fields are left out, so the problems are only the real ones', () => {
    const draft = lowAshDraft();
    draft.complaints = { url: ' ', email: '' };
    draft.code.url = '';
    draft.school.aliases = ['', ' #LowAsh ', 'lowash'];
    const config = buildConfig(draft) as { code: Record<string, unknown>; school: { aliases: string[] }; complaints: object };
    expect('url' in config.code).toBe(false);
    expect(config.complaints).toEqual({});
    expect(config.school.aliases).toEqual(['LowAsh']);
    const result = parseSchoolConfigValue(config);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'complaints: has neither "url" nor "email" — give the web address of your complaints procedure, an email address, or both',
    ]);
  });

  test('a clause left empty is reported at its place in the file', () => {
    const draft = lowAshDraft();
    draft.code.clauses[3] = { ...draft.code.clauses[3]!, text: '   ', topics: [] };
    const result = parseSchoolConfigValue(buildConfig(draft));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'code.clauses[3].text: is empty — every clause needs its text, copied word for word from your document',
      'code.clauses[3].topics: is empty — every clause needs at least one topic: defamation, complaint, abuse, procedure, sanctions, staff-contact, anonymity, removal, messaging, general',
    ]);
  });

  test('configJson: the file as published, and it reads back the same', () => {
    const config = buildConfig(lowAshDraft());
    const json = configJson(config);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "format": "schoolgate/1",\n');
    expect(JSON.parse(json)).toEqual(config);
  });
});
