import { describe, expect, test } from 'vitest';
import {
  LIMITS,
  parseSchoolConfig,
  parseSchoolConfigBytes,
  parseSchoolConfigValue,
  slugify,
} from '../../../src/config/index.ts';
import { expectValid, fixture, fullConfig, type Json, parseWith, problemLines } from './helpers.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('valid configs', () => {
  test('the full example parses, with defaults filled in and unknown fields kept', () => {
    const config = expectValid(parseSchoolConfig(fixture('configs/full.json')));
    expect(config.school.name).toBe('Hollins Green Primary School');
    expect(config.staff.map((s) => s.id)).toEqual(['a-brennan', 'siobhan-ni-bhriain', 'rhys-oconnor', 'j-wood']);
    // hashtags are stored without "#", as the format asks
    expect(config.school.aliases).toEqual(['Hollins Green', 'HGPS', 'hollinsgreen']);
    expect(config.complaints.label).toBe('How to raise a concern');
    expect((config as Json).newsletter).toEqual({ note: 'a field this version does not know' });
    expect((config as Json).$schema).toBe('https://schoolgate.example/schema/schoolgate-1.json');
  });

  test('a minimal config gets the default complaints label and no staff', () => {
    const config = expectValid(parseSchoolConfig(fixture('configs/minimal.json')));
    expect(config.complaints.label).toBe('Complaints procedure');
    expect(config.staff).toEqual([]);
    expect(config.complaints.url).toBeUndefined();
  });

  test('a byte-order mark and surrounding white space are accepted', () => {
    expectValid(parseSchoolConfig(`\uFEFF\n  ${fixture('configs/minimal.json')}  \n`));
  });

  test('names are trimmed and duplicate aliases dropped', () => {
    const config = expectValid(
      parseWith((c) => {
        c.school.name = '  Hollins Green Primary School ';
        c.staff[0].aliases = ['Mrs B', 'mrs b', ' Mrs B '];
      }),
    );
    expect(config.school.name).toBe('Hollins Green Primary School');
    expect(config.staff[0]?.aliases).toEqual(['Mrs B']);
  });

  test('two people with the same name get distinct default ids', () => {
    const config = expectValid(
      parseWith((c) => {
        c.staff = [{ name: 'Tom Wood' }, { name: 'Tom Wood', role: 'Caretaker' }, { id: 'tom-wood-2', name: 'T Wood' }];
      }),
    );
    expect(config.staff.map((s) => s.id)).toEqual(['tom-wood', 'tom-wood-3', 'tom-wood-2']);
  });

  test('a later 1.x format is read (fields are only ever added)', () => {
    expectValid(parseWith((c) => (c.format = 'schoolgate/1.4')));
  });

  test('parseSchoolConfigValue takes an already-decoded object', () => {
    expect(parseSchoolConfigValue(fullConfig()).ok).toBe(true);
  });
});

describe('format versions', () => {
  test('a newer major version is refused with its own message, and nothing else', () => {
    const lines = problemLines(parseWith((c) => ((c.format = 'schoolgate/2'), (c.staff = 'nonsense'))));
    expect(lines).toEqual([
      'format: "schoolgate/2" — this file needs a newer version of the extension; update Schoolgate, or ask the school for a "schoolgate/1" file',
    ]);
    expect(problemLines(parseWith((c) => (c.format = 'schoolgate/12.1')))[0]).toContain('needs a newer version of the extension');
  });

  test.each([
    ['schoolgate/0', 'format: "schoolgate/0" is not a Schoolgate format — it should be "schoolgate/1" (is this a Schoolgate school config?)'],
    ['Schoolgate 1', 'format: "Schoolgate 1" is not a Schoolgate format — it should be "schoolgate/1" (is this a Schoolgate school config?)'],
  ])('format %j is refused', (format, line) => {
    expect(problemLines(parseWith((c) => (c.format = format)))).toEqual([line]);
  });

  test('a missing format says what to add', () => {
    expect(problemLines(parseWith((c) => delete c.format))).toEqual([
      'format: missing — add "format": "schoolgate/1" at the top of the file',
    ]);
  });
});

describe('limits', () => {
  const staff = (n: number) => range(n).map((i) => ({ name: `Person${i} Example` }));
  const clauses = (n: number) => range(n).map((i) => ({ id: `${i}`, text: `Clause ${i}.`, topics: ['general'] }));
  const schools = (n: number) => range(n).map((i) => ({ name: `School ${i}` }));
  const aliases = (n: number) => range(n).map((i) => `Alias ${i}`);

  test.each([
    ['staff', (c: Json, n: number) => (c.staff = staff(n)), LIMITS.staff, 'staff: 2,001 staff — at most 2,000 staff are allowed; list the staff parents are likely to name (teachers, leaders, the office)'],
    ['clauses', (c: Json, n: number) => (c.code.clauses = clauses(n)), LIMITS.clauses, 'code.clauses: 201 clauses — at most 200 clauses are allowed; keep the clauses of the code itself, not the letters or appendices'],
    ['schools', (c: Json, n: number) => (c.schools = schools(n)), LIMITS.schools, 'schools: 51 schools — at most 50 schools are allowed; split the trust into more than one config'],
    ['school aliases', (c: Json, n: number) => (c.school.aliases = aliases(n)), LIMITS.aliases, 'school.aliases: 51 aliases — at most 50 aliases are allowed; keep the names parents really use'],
    ['staff aliases', (c: Json, n: number) => (c.staff[1].aliases = aliases(n)), LIMITS.aliases, 'staff[1].aliases: 51 aliases — at most 50 aliases are allowed; keep the names parents really use'],
    ['schools[].aliases', (c: Json, n: number) => (c.schools[0].aliases = aliases(n)), LIMITS.aliases, 'schools[0].aliases: 51 aliases — at most 50 aliases are allowed; keep the names parents really use'],
  ])('%s: the limit is allowed, one more is refused', (_name, set, limit, line) => {
    expectValid(parseWith((c) => set(c, limit)));
    expect(problemLines(parseWith((c) => set(c, limit + 1)))).toEqual([line]);
  });

  test.each([
    ['school.name', (c: Json, s: string) => (c.school.name = s)],
    ['schools[0].name', (c: Json, s: string) => (c.schools[0].name = s)],
    ['staff[2].name', (c: Json, s: string) => (c.staff[2].name = s)],
    ['staff[0].id', (c: Json, s: string) => (c.staff[0].id = s)],
    ['staff[0].title', (c: Json, s: string) => (c.staff[0].title = s)],
    ['staff[0].aliases[0]', (c: Json, s: string) => (c.staff[0].aliases[0] = s)],
    ['school.aliases[1]', (c: Json, s: string) => (c.school.aliases[1] = s)],
    ['code.clauses[0].id', (c: Json, s: string) => (c.code.clauses[0].id = s)],
    ['roles[0]', (c: Json, s: string) => (c.roles[0] = s)],
    ['complaints.label', (c: Json, s: string) => (c.complaints.label = s)],
  ])('%s: a name of 120 characters is allowed, 121 is refused', (path, set) => {
    expectValid(parseWith((c) => set(c, 'N'.repeat(LIMITS.name))));
    expect(problemLines(parseWith((c) => set(c, 'N'.repeat(LIMITS.name + 1))))).toEqual([
      `${path}: too long (121 characters) — names and ids can be at most 120 characters`,
    ]);
  });

  test.each([
    ['code.clauses[1].text', (c: Json, s: string) => (c.code.clauses[1].text = s)],
    ['code.title', (c: Json, s: string) => (c.code.title = s)],
    ['staff[0].role', (c: Json, s: string) => (c.staff[0].role = s)],
  ])('%s: text of 2,000 characters is allowed, 2,001 is refused', (path, set) => {
    expectValid(parseWith((c) => set(c, 'x'.repeat(LIMITS.string))));
    expect(problemLines(parseWith((c) => set(c, 'x'.repeat(LIMITS.string + 1))))).toEqual([
      `${path}: too long (2,001 characters) — text can be at most 2,000 characters`,
    ]);
  });

  test('URLs longer than 2,000 characters are refused', () => {
    const long = `https://hollinsgreen.example.sch.uk/${'a'.repeat(2000)}`;
    expect(problemLines(parseWith((c) => (c.source = long)))).toEqual([
      'source: too long (2,036 characters) — text can be at most 2,000 characters',
    ]);
  });

  describe('file size (256 KiB of UTF-8)', () => {
    // Pads an unknown field with a two-byte character so that bytes, not characters, are counted.
    function padded(totalBytes: number): string {
      const base = fullConfig();
      base.padding = '';
      const empty = Buffer.byteLength(JSON.stringify(base));
      const room = totalBytes - empty;
      base.padding = 'é'.repeat(Math.floor(room / 2)) + 'e'.repeat(room % 2);
      const text = JSON.stringify(base);
      expect(Buffer.byteLength(text)).toBe(totalBytes);
      return text;
    }

    test('exactly 256 KiB is allowed', () => {
      expectValid(parseSchoolConfig(padded(LIMITS.fileBytes)));
    });

    test('one byte more is refused, as text and as bytes', () => {
      const text = padded(LIMITS.fileBytes + 1);
      const line = '(file): too large (256 KB) — a config can be at most 256 KB; keep only the code’s clauses and the staff parents are likely to name';
      expect(problemLines(parseSchoolConfig(text))).toEqual([line]);
      expect(problemLines(parseSchoolConfigBytes(new TextEncoder().encode(text)))).toEqual([line]);
    });

    test('a 3 MB file is refused before it is decoded', () => {
      const bytes = new Uint8Array(3 * 1024 * 1024).fill(0xff); // not even UTF-8
      expect(problemLines(parseSchoolConfigBytes(bytes))).toEqual([
        '(file): too large (3.0 MB) — a config can be at most 256 KB; keep only the code’s clauses and the staff parents are likely to name',
      ]);
    });
  });
});

describe('web addresses: https only', () => {
  const urlFields: [string, (c: Json, url: string) => void][] = [
    ['school.website', (c, u) => (c.school.website = u)],
    ['schools[0].website', (c, u) => (c.schools[0].website = u)],
    ['code.url', (c, u) => (c.code.url = u)],
    ['complaints.url', (c, u) => (c.complaints.url = u)],
    ['source', (c, u) => (c.source = u)],
  ];

  test.each(urlFields)('%s accepts an https address', (_path, set) => {
    expectValid(parseWith((c) => set(c, 'https://example.sch.uk/page?x=1#y')));
  });

  test.each(urlFields)('%s refuses http, javascript:, data:, mailto:, credentials and non-URLs', (path, set) => {
    const cases: [string, string][] = [
      ['http://example.sch.uk/', `${path}: "http://example.sch.uk/" is not secure — only https:// addresses are allowed; use the https:// address of the same page`],
      ['javascript:alert(1)', `${path}: "javascript:" links are not allowed — give an https:// web address`],
      ['JavaScript:alert(1)', `${path}: "javascript:" links are not allowed — give an https:// web address`],
      ['data:text/html,<script>1</script>', `${path}: "data:" links are not allowed — give an https:// web address`],
      ['ftp://example.sch.uk/', `${path}: "ftp:" links are not allowed — give an https:// web address`],
      ['mailto:office@example.sch.uk', `${path}: mailto: links are not allowed here — put the email address in complaints.email, without "mailto:"`],
      ['https://user:secret@example.sch.uk/', `${path}: contains a user name or password — give the plain https:// address`],
      ['www.example.sch.uk/complaints', `${path}: "www.example.sch.uk/complaints" is not a web address — give the full address, starting with https://`],
    ];
    for (const [url, line] of cases) expect(problemLines(parseWith((c) => set(c, url)))).toEqual([line]);
  });
});

describe('complaints route', () => {
  test('an email alone is enough', () => {
    expectValid(parseWith((c) => delete c.complaints.url));
  });

  test('neither url nor email is refused', () => {
    expect(problemLines(parseWith((c) => (c.complaints = { label: 'Complaints' })))).toEqual([
      'complaints: has neither "url" nor "email" — give the web address of your complaints procedure, an email address, or both',
    ]);
  });

  test.each([
    ['office.example.sch.uk', 'complaints.email: "office.example.sch.uk" is not an email address — write it like office@school.sch.uk'],
    ['office@school', 'complaints.email: "office@school" is not an email address — write it like office@school.sch.uk'],
    ['two words@school.sch.uk', 'complaints.email: "two words@school.sch.uk" is not an email address — write it like office@school.sch.uk'],
    ['mailto:office@school.sch.uk', 'complaints.email: starts with "mailto:" — write the address alone, like office@school.sch.uk'],
  ])('email %j is refused', (email, line) => {
    expect(problemLines(parseWith((c) => (c.complaints.email = email)))).toEqual([line]);
  });
});

describe('dates', () => {
  test.each(['2024-02-29', '2026-09-01T08:30:00Z', '2026-09-01T08:30+01:00'])('%s is a date', (date) => {
    expectValid(parseWith((c) => ((c.published = date), (c.code.approved = date))));
  });

  test.each(['2023-02-29', '17.7.24', '2026-13-01', 'September 2026'])('%s is refused', (date) => {
    expect(problemLines(parseWith((c) => (c.code.approved = date)))).toEqual([
      `code.approved: "${date}" is not a date — write it as YYYY-MM-DD, e.g. 2026-09-01`,
    ]);
  });
});

describe('problems name the path and say how to fix it', () => {
  test.each<[string, (c: Json) => void, string[]]>([
    ['a staff entry without a name', (c) => delete c.staff[3].name, ['staff[3].name: missing — every staff entry needs a name']],
    ['a blank staff name', (c) => (c.staff[3].name = '   '), ['staff[3].name: is empty — every staff entry needs a name']],
    ['a number for a name', (c) => (c.staff[0].name = 42), ['staff[0].name: should be text in quotes, not a number (42)']],
    ['staff as an object', (c) => (c.staff = { name: 'x' }), ['staff: should be a list in square brackets [ … ], not an object']],
    ['aliases as text', (c) => (c.school.aliases = 'Hollins Green'), ['school.aliases: should be a list in square brackets [ … ], not text ("Hollins Green")']],
    ['school as a list', (c) => (c.school = []), ['school: should be an object in braces { … }, not a list']],
    ['no school', (c) => delete c.school, ['school: missing — add "school": { "name": "…" } with your school\'s full name']],
    ['a school without a name', (c) => delete c.school.name, ['school.name: missing — every school needs its full name, e.g. "Low Ash Primary School"']],
    ['a trust school without a name', (c) => (c.schools[0] = {}), ['schools[0].name: missing — every school needs its full name, e.g. "Low Ash Primary School"']],
    ['no code', (c) => delete c.code, ['code: missing — add "code" with the title and clauses of your code of conduct']],
    ['no code title', (c) => delete c.code.title, ['code.title: missing — give the title of your code of conduct, e.g. "Social Media Code of Conduct for Parents"']],
    ['no clauses', (c) => (c.code.clauses = []), ['code.clauses: is empty — list the clauses of your code of conduct (at least one)']],
    ['a clause without an id', (c) => delete c.code.clauses[1].id, ['code.clauses[1].id: missing — every clause needs its number as in your document, e.g. "2.1"']],
    ['a clause without text', (c) => delete c.code.clauses[0].text, ['code.clauses[0].text: missing — every clause needs its text, copied word for word from your document']],
    ['a clause without topics', (c) => delete c.code.clauses[0].topics, ['code.clauses[0].topics: missing — every clause needs at least one topic: defamation, complaint, abuse, procedure, sanctions, staff-contact, anonymity, removal, messaging, general']],
    ['a misspelt topic', (c) => (c.code.clauses[0].topics = ['complaints']), ['code.clauses[0].topics[0]: "complaints" is not a topic — use one of: defamation, complaint, abuse, procedure, sanctions, staff-contact, anonymity, removal, messaging, general (did you mean "complaint"?)']],
    ['an unknown topic', (c) => (c.code.clauses[0].topics = ['weather']), ['code.clauses[0].topics[0]: "weather" is not a topic — use one of: defamation, complaint, abuse, procedure, sanctions, staff-contact, anonymity, removal, messaging, general']],
    ['no complaints', (c) => delete c.complaints, ['complaints: missing — add "complaints" with the web address ("url") and/or email address ("email") of your complaints procedure']],
    ['a repeated staff id', (c) => (c.staff[2].id = 'A-Brennan'), ['staff[2].id: "A-Brennan" is already used by staff[0] — give each person an id of its own']],
    ['a repeated clause id', (c) => (c.code.clauses[1].id = '2.1'), ['code.clauses[1].id: "2.1" is already used by code.clauses[0] — give each clause an id of its own']],
    ['a null website', (c) => (c.school.website = null), ['school.website: should be text in quotes, not null']],
    ['true as a title', (c) => (c.staff[0].title = true), ['staff[0].title: should be text in quotes, not true/false (true)']],
  ])('%s', (_name, change, lines) => {
    expect(problemLines(parseWith(change))).toEqual(lines);
  });

  test('every problem in a file is reported at once, in order', () => {
    const lines = problemLines(
      parseWith((c) => {
        c.school.website = 'http://x.sch.uk';
        delete c.staff[1].name;
        c.code.clauses[1].id = '2.1';
        c.complaints.url = 'javascript:void(0)';
      }),
    );
    expect(lines).toEqual([
      'school.website: "http://x.sch.uk" is not secure — only https:// addresses are allowed; use the https:// address of the same page',
      'staff[1].name: missing — every staff entry needs a name',
      'complaints.url: "javascript:" links are not allowed — give an https:// web address',
      'code.clauses[1].id: "2.1" is already used by code.clauses[0] — give each clause an id of its own',
    ]);
  });

  test('a file with thousands of problems lists the first hundred and counts the rest', () => {
    const lines = problemLines(parseWith((c) => (c.staff = range(150).map(() => ({ title: 'Mr' })))));
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('staff[0].name: missing — every staff entry needs a name');
    expect(lines[100]).toBe('(file): and 50 more problems — fix the ones above first');
  });
});

describe('files that are not configs', () => {
  test.each([
    ['', '(file): is empty — a config is a JSON object starting with {'],
    ['   \n', '(file): is empty — a config is a JSON object starting with {'],
    ['{"format": "schoolgate/1",}', '(file): is not valid JSON at line 1, column 27 — remove the comma before "}"'],
    ["{'format': 'schoolgate/1'}", '(file): is not valid JSON at line 1, column 2 — JSON needs double quotes (") around text and names, not single quotes'],
    ['{\n  "format": “schoolgate/1”\n}', '(file): is not valid JSON at line 2, column 13 — curly quotes (“ ”) are not JSON — use straight double quotes (")'],
    ['{\n  school: {}\n}', '(file): is not valid JSON at line 2, column 3 — field names need double quotes, like "school"'],
    ['{"format": "schoolgate/1"', '(file): is not valid JSON: it ends too early — a closing }, ] or quote is missing'],
    ['{"a": 1} x', '(file): is not valid JSON at line 1, column 10 — there is something after the final } — remove it'],
    ['<!doctype html><html><body>Not found</body></html>', '(file): is a web page (HTML), not a config — check you have the link or file of the .json config itself'],
    ['[{"format": "schoolgate/1"}]', '(file): is a list — a config is a JSON object starting with {'],
    ['"schoolgate/1"', '(file): is a single string — a config is a JSON object starting with {'],
    ['null', '(file): is null — a config is a JSON object starting with {'],
    ['{"name": "package", "version": "1.0.0"}', '(file): is not a Schoolgate school config — it has none of its fields (format, school, staff, code, complaints); check you have the right file'],
  ])('%j', (text, line) => {
    expect(problemLines(parseSchoolConfig(text))).toEqual([line]);
  });

  test('bytes that are not UTF-8 are refused', () => {
    expect(problemLines(parseSchoolConfigBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual([
      '(file): is not UTF-8 text — save the config as UTF-8 JSON (most editors call it "UTF-8")',
    ]);
  });

  test('a "__proto__" key cannot change any object\'s prototype', () => {
    const config = expectValid(
      parseSchoolConfig(fixture('configs/minimal.json').replace('{', '{"__proto__": {"polluted": true},')),
    );
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('slugify', () => {
  test.each([
    ['Joanne Harper', 'joanne-harper'],
    ["Kieran O'Neill", 'kieran-oneill'],
    ['Siobhán Keane', 'siobhan-keane'],
    ['Mei Lin Chen', 'mei-lin-chen'],
    ['J. Wood', 'j-wood'],
    ['  Zoë  Ó Briain-Smith ', 'zoe-o-briain-smith'],
    ['王芳', '王芳'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
