import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parseSchoolConfig, schoolConfigJsonSchema } from '../../../src/config/index.ts';
import { DEMO_CONFIG, PRESET_IDS, PRESETS } from '../../../src/config/presets/index.ts';
import { fixture, fullConfig, type Json } from './helpers.ts';

// The exported JSON Schema must agree with the zod schema on the structural rules an editor can
// check (required fields, types, counts, lengths, https-only, topics).
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', true).addFormat('email', true);
const validate = ajv.compile(schoolConfigJsonSchema());

describe('JSON Schema export', () => {
  test('accepts the fixtures, the presets and the demo', () => {
    for (const config of [fullConfig(), JSON.parse(fixture('configs/minimal.json')), DEMO_CONFIG, ...PRESET_IDS.map((id) => PRESETS[id])]) {
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  test.each<[string, (c: Json) => void]>([
    ['a missing school name', (c) => delete c.school.name],
    ['an http website', (c) => (c.school.website = 'http://x.sch.uk/')],
    ['a javascript: complaints link', (c) => (c.complaints.url = 'javascript:alert(1)')],
    ['an unknown topic', (c) => (c.code.clauses[0].topics = ['weather'])],
    ['no clauses', (c) => (c.code.clauses = [])],
    ['a name of 121 characters', (c) => (c.staff[0].name = 'n'.repeat(121))],
    ['51 school aliases', (c) => (c.school.aliases = Array.from({ length: 51 }, (_, i) => `a${i}`))],
    ['staff as text', (c) => (c.staff = 'everyone')],
  ])('refuses %s, as the parser does', (_name, change) => {
    const config = fullConfig();
    change(config);
    expect(validate(config)).toBe(false);
    expect(parseSchoolConfig(JSON.stringify(config)).ok).toBe(false);
  });

  test('documents the fields for editors', () => {
    const schema = schoolConfigJsonSchema() as Json;
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBe('Schoolgate school config');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'school', 'code', 'complaints']));
    expect(schema.properties.staff.items.properties.name.description).toMatch(/name as written/);
    expect(schema.properties.code.properties.clauses.items.properties.topics.items.enum).toContain('staff-contact');
  });
});
