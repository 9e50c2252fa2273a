import { describe, expect, test } from 'vitest';
import { parseSchoolConfigValue } from '../../../src/config/index.ts';
import { DEMO_CONFIG, PRESET_IDS, PRESETS, type PresetId } from '../../../src/config/presets/index.ts';
import { expectValid, fixture } from './helpers.ts';

const SEEDS: Record<PresetId, string> = {
  'halton-primary': 'seeds/000_50299d408bdf1cfc.txt',
  'halton-secondary': 'seeds/001_fe0829aa5663fd13.txt',
  'low-ash': 'seeds/002_e47b2679d26d7f27.txt',
  'learn-at': 'seeds/004_7f16de156a41da59.txt',
};

const HALTON_IDS = [
  '1.1a', '1.1b', '1.1c', '2.1a', '2.1b', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7',
  '3.1a', '3.1b', '3.1c', '3.2', '3.3', '3.4', '3.5', '3.6', '4.1', '4.2',
];
const EXPECTED_IDS: Record<PresetId, string[]> = {
  'halton-primary': HALTON_IDS,
  'halton-secondary': HALTON_IDS,
  'low-ash': [
    '1.a', '1.b', '1.c', '2.a', '2.b', '2.c', '2.d', '2.e', '2.f', '2.g', '2.h',
    '3.a', '3.b', '3.c', '3.d', '3.e', '3.f', '3.g', '3.h', '3.i', '4.a', '4.b',
  ],
  'learn-at': [
    '1.1', '1.2', '1.3', '2.1a', '2.1b', '2.1c', '3.1a', '3.1b', '3.1c', '3.1d', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7',
    '4.1a', '4.1b', '4.1c', '4.2', '4.3', '4.4', '4.5', '4.6', '5.1', '5.2',
  ],
};

/** The document's words in order, without layout: bullets, page breaks, emphasis, line wraps. */
function words(text: string): string {
  return text
    .replace(/[\uF0B7\u2022]/g, ' ')
    .replace(/\*+([^*]+?)\*+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

describe.each(PRESET_IDS)('preset %s', (id) => {
  const config = expectValid(parseSchoolConfigValue(PRESETS[id]));
  const seed = words(fixture(SEEDS[id]));

  test('parses, has no staff and carries the clauses numbered as in the document', () => {
    expect(config.staff).toEqual([]);
    expect(config.code.clauses.map((c) => c.id)).toEqual(EXPECTED_IDS[id]);
  });

  test('quotes every clause verbatim from the document', () => {
    for (const clause of config.code.clauses) {
      // A bullet under a lead-in is stored as "lead-in: bullet"; both halves are in the document.
      for (const part of clause.text.split(/(?<=:) (?=[A-Z])/)) expect(seed).toContain(words(part));
    }
  });

  test('gives the core clauses their topics', () => {
    const topics = (t: string) => config.code.clauses.filter((c) => c.topics.includes(t as never)).length;
    for (const topic of ['defamation', 'complaint', 'abuse', 'procedure', 'sanctions', 'staff-contact', 'anonymity', 'removal', 'messaging']) {
      expect(topics(topic), topic).toBeGreaterThan(0);
    }
  });

  test('complaining about values and methods is a complaint clause', () => {
    const clause = config.code.clauses.find((c) => /Complaining about the school/.test(c.text));
    expect(clause?.topics).toEqual(['complaint']);
  });
});

test('the Halton secondary preset lists its 14 schools', () => {
  const config = expectValid(parseSchoolConfigValue(PRESETS['halton-secondary']));
  expect(config.schools).toHaveLength(14);
  expect(config.schools?.map((s) => s.name)).toContain('Wade Deacon High School');
  expect(config.schools?.map((s) => s.name)).toContain("St Chad's Catholic and Church of England High School");
});

test('the demo config for `npm start` is valid and names staff to try', () => {
  const config = expectValid(parseSchoolConfigValue(DEMO_CONFIG));
  expect(config.staff.length).toBeGreaterThan(3);
  expect(config.complaints.url).toMatch(/^https:\/\//);
});
