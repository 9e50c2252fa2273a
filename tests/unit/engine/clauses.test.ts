import { describe, expect, test } from 'vitest';
import { channelFor, chooseClauses } from '../../../src/engine/clauses.ts';
import { detector, loadConfig } from './helpers.ts';

const config = loadConfig();
const ids = (clauses: { id: string }[]) => clauses.map((c) => c.id);

describe('chooseClauses', () => {
  test('a public complaint quotes the complaint clause, then the complaints procedure', () => {
    expect(ids(chooseClauses(config, ['complaint'], 'post'))).toEqual(['2.2', '2.1', '2.3']);
  });

  test('an allegation leads with the defamation clause', () => {
    expect(ids(chooseClauses(config, ['defamation'], 'post'))[0]).toBe('2.1');
  });

  test('abuse in a group chat gets the messaging clauses, and the messaging route to complain', () => {
    const chosen = ids(chooseClauses(config, ['abuse'], 'message'));
    expect(chosen[0]).toBe('3.1');
    expect(chosen).toContain('3.2');
  });

  test('a public post does not get the messaging-only clauses', () => {
    expect(ids(chooseClauses(config, ['complaint'], 'post'))).not.toContain('3.2');
  });

  test('a threat brings the sanctions clause', () => {
    expect(ids(chooseClauses(config, ['threat'], 'post'))).toContain('2.4');
  });

  test('no concern, no clause', () => {
    expect(chooseClauses(config, [], 'post')).toEqual([]);
  });
});

describe('channelFor', () => {
  test.each([
    ['whatsapp', 'message'],
    ['messenger', 'message'],
    ['telegram', 'message'],
    ['discord', 'message'],
    ['facebook', 'post'],
    ['x', 'post'],
    [undefined, 'post'],
  ])('%s is a %s', (site, channel) => {
    expect(channelFor(site)).toBe(channel);
  });
});

test('the detector quotes clauses by where the draft is going', () => {
  const text = 'Mrs Harper is a useless cow.';
  expect(ids(detector().check(text, { site: 'whatsapp' }).clauses)[0]).toBe('3.1');
  expect(ids(detector().check(text, { site: 'facebook' }).clauses)).not.toContain('3.2');
  expect(ids(detector().check(text, { site: 'instagram', channel: 'message' }).clauses)[0]).toBe('3.1');
});
