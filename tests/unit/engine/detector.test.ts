import { describe, expect, test } from 'vitest';
import { createDetector, DEFAULT_MAX_LENGTH } from '../../../src/engine/index.ts';
import { concernKinds, detector, loadConfig, mentionKeys } from './helpers.ts';

describe('createDetector / check', () => {
  test('the result has the documented shape', () => {
    const result = detector().check('Mrs Harper ignored every email I sent. Disgraceful.', { site: 'facebook' });
    expect(result).toMatchObject({ nudge: true, truncated: false });
    expect(result.mentions).toEqual([{ kind: 'staff', id: 'j-harper', text: 'Mrs Harper', start: 0, end: 10 }]);
    expect(concernKinds(result)).toEqual(['complaint']);
    expect(result.clauses[0]).toMatchObject({ id: '2.2', topics: ['complaint'] });
    expect(result.error).toBeUndefined();
  });

  test('a draft longer than the limit is cut, read from its start, and says so', () => {
    const padding = 'We had a lovely walk along the canal this afternoon. '.repeat(500);
    const long = `Mrs Harper is a useless cow. ${padding}`;
    expect(long.length).toBeGreaterThan(DEFAULT_MAX_LENGTH);
    const result = detector().check(long);
    expect(result.truncated).toBe(true);
    expect(result.nudge).toBe(true);
    const tooLate = `${padding}Mrs Harper is a useless cow.`;
    expect(detector().check(tooLate).truncated).toBe(true);
    expect(detector({ maxLength: 100_000 }).check(tooLate).nudge).toBe(true);
  });

  test('fails open: an internal error lets the draft through and is reported, unless strict', () => {
    const config = loadConfig();
    const broken = createDetector({ ...config, code: { ...config.code, clauses: null as never } });
    const result = broken.check('Mrs Harper is a useless cow.');
    expect(result.nudge).toBe(false);
    expect(result.error).toBeTruthy();
    const strict = createDetector({ ...config, code: { ...config.code, clauses: null as never } }, { strict: true });
    expect(() => strict.check('Mrs Harper is a useless cow.')).toThrow();
  });

  test('non-string input is read as text, never thrown on', () => {
    expect(detector().check(undefined as never).nudge).toBe(false);
    expect(detector().check(42 as never).mentions).toEqual([]);
  });

  test('the same config gives the same verdicts however many times it is compiled', () => {
    const text = 'Hollins Green covered up the bullying, share this everywhere.';
    const a = createDetector(loadConfig()).check(text);
    const b = createDetector(loadConfig()).check(text);
    expect(b).toEqual(a);
    expect(mentionKeys(a)).toEqual(['school']);
  });
});
