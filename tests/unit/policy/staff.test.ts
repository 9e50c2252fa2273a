// Staff lists as a school office pastes them.
import { describe, expect, test } from 'vitest';
import { formatStaff, parseStaff, splitFields } from '../../../src/config/policy/index.ts';

const HARPER = { name: 'Joanne Harper', title: 'Mrs', role: 'Headteacher' };

describe('parseStaff', () => {
  test.each([
    ['Mrs Joanne Harper, Headteacher', HARPER],
    ['Harper, Joanne, Mrs, Headteacher', HARPER],
    ['Mrs Joanne Harper - Headteacher', HARPER],
    ['Mrs Joanne Harper – Headteacher', HARPER],
    ['Mrs Joanne Harper (Headteacher)', HARPER],
    ['Headteacher: Mrs Joanne Harper', HARPER],
    ['Mrs Joanne Harper\tHeadteacher', HARPER],
    ['Mrs\tJoanne\tHarper\tHeadteacher', HARPER],
    ['Mrs. Joanne Harper, Headteacher', HARPER],
    ['Joanne, Harper, Mrs, Headteacher', HARPER],
    ['Mrs Joanne Harper Headteacher', HARPER],
    ['Miss E Bell, Reception teacher', { name: 'E Bell', title: 'Miss', role: 'Reception teacher' }],
    ["Mr T. O'Brien, Deputy Headteacher", { name: "T. O'Brien", title: 'Mr', role: 'Deputy Headteacher' }],
    ['Wood, Tom, Mr, Year 4 teacher, Maths lead', { name: 'Tom Wood', title: 'Mr', role: 'Year 4 teacher, Maths lead' }],
    ['Gareth Hughes', { name: 'Gareth Hughes' }],
    ['Mrs Harper', { name: 'Harper', title: 'Mrs' }],
    ['Dr Amal Rahman, Chair of Governors', { name: 'Amal Rahman', title: 'Dr', role: 'Chair of Governors' }],
  ])('%j', (line, person) => {
    expect(parseStaff(line)).toEqual({ staff: [person], skipped: [], header: false });
  });

  test('a CSV export with a header row: its columns decide, quoted commas stay in their field', () => {
    const csv = 'Title,First name,Surname,Role,Known as\r\nMrs,Joanne,Harper,Headteacher,Mrs H; Jo Harper\r\nMr,Tom,Wood,"Year 4 teacher, maths lead",\r\n';
    expect(parseStaff(csv)).toEqual({
      staff: [
        { ...HARPER, aliases: ['Mrs H', 'Jo Harper'] },
        { name: 'Tom Wood', title: 'Mr', role: 'Year 4 teacher, maths lead' },
      ],
      skipped: [],
      header: true,
    });
  });

  test('a header with a single name column', () => {
    expect(parseStaff('Name;Role\nMrs Joanne Harper;Headteacher').staff).toEqual([HARPER]);
  });

  test('lines that name nobody are reported with their number; blank lines and repeats are dropped', () => {
    const result = parseStaff('Mrs Joanne Harper, Headteacher\n\nthe office\nMrs Joanne Harper, Head\n12345\n');
    expect(result.staff).toEqual([HARPER]);
    expect(result.skipped).toEqual([
      { line: 3, text: 'the office', reason: 'no-name' },
      { line: 5, text: '12345', reason: 'no-name' },
    ]);
  });

  test('never throws on odd input', () => {
    for (const input of [undefined, 42, '', ',,,,', '"unclosed, quote', '\t\t\t', 'Mr', '(', 'Mrs ()', 'x'.repeat(5000)]) {
      expect(() => parseStaff(input)).not.toThrow();
    }
    expect(parseStaff('x'.repeat(5000)).skipped[0]?.reason).toBe('too-long');
  });

  test('"known as" gives a person\'s aliases', () => {
    expect(parseStaff('Mrs Joanne Harper, Headteacher, known as: Mrs H; Jo Harper').staff).toEqual([{ ...HARPER, aliases: ['Mrs H', 'Jo Harper'] }]);
    expect(parseStaff('Mr Gareth Hughes, aka Coach Gareth').staff).toEqual([{ name: 'Gareth Hughes', title: 'Mr', aliases: ['Coach Gareth'] }]);
  });

  test('formatStaff writes lines parseStaff reads back', () => {
    const staff = [
      { ...HARPER, aliases: ['Mrs H'] },
      { name: 'Tom Wood', title: 'Mr', role: 'Year 4 teacher, maths lead' },
      { name: 'Gareth Hughes' },
    ];
    expect(formatStaff(staff)).toBe('Mrs Joanne Harper, Headteacher, known as: Mrs H\nMr Tom Wood, "Year 4 teacher, maths lead"\nGareth Hughes');
    expect(parseStaff(formatStaff(staff)).staff).toEqual(staff);
  });

  test('splitFields handles quotes the way spreadsheets write them', () => {
    expect(splitFields('a, "b, c" ,"say ""hi"""', ',')).toEqual(['a', 'b, c', 'say "hi"']);
  });
});
