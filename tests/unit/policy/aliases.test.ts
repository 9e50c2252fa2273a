import { describe, expect, test } from 'vitest';
import { extractPolicy, suggestAliases } from '../../../src/config/policy/index.ts';
import { fixture } from '../config/helpers.ts';

describe('suggestAliases', () => {
  test.each([
    ['Low Ash Primary School', ['Low Ash', 'Low Ash Primary', 'LAPS', 'LowAsh', 'LowAshPrimary']],
    ['Halton Association of Primary Headteachers', ['HAPH']],
    ['Learn-AT', ['Learn AT', 'LearnAT']],
    ["St Chad's Catholic and Church of England High School", ["St Chad's", 'StChads']],
    ['The Bridge School', ['The Bridge', 'TheBridge']],
    ['The Cavendish High Academy', ['The Cavendish', 'CHA', 'TheCavendish', 'TheCavendishHigh']],
    ['Oakwood Academy', ['Oakwood']],
    ['Learn Academies Trust', ['LAT', 'LearnAcademiesTrust']],
    ['Sts Peter and Paul Catholic College', ['Sts Peter and Paul', 'SPPCC', 'StsPeterAndPaul']],
  ])('%s → %j', (name, aliases) => {
    expect(suggestAliases(name)).toEqual(aliases);
  });

  test('no alias repeats the name or another alias, none is two letters or an ordinary word alone', () => {
    for (const name of ['The Heath School', 'Oakwood Academy', 'Greenbank High School', 'The Grange Academy', 'Riverside College']) {
      const aliases = suggestAliases(name);
      expect(new Set(aliases.map((a) => a.toLowerCase())).size).toBe(aliases.length);
      expect(aliases.map((a) => a.toLowerCase())).not.toContain(name.toLowerCase());
      expect(aliases.filter((a) => a.length <= 2)).toEqual([]);
      expect(aliases).not.toContain('Heath');
      expect(aliases).not.toContain('Grange');
    }
    expect(suggestAliases('')).toEqual([]);
    expect(suggestAliases(undefined)).toEqual([]);
  });

  test('the schools of the Halton letter get aliases a parent would type', () => {
    const { schools } = extractPolicy(fixture('seeds/003_43146e1bbfd0eb4c.txt'));
    const wade = suggestAliases(schools.find((s) => s.startsWith('Wade'))!);
    expect(wade).toEqual(expect.arrayContaining(['Wade Deacon', 'WDHS']));
  });
});
