import { expect, test } from 'vitest';
import type { Outcome } from '../../../src/messages.ts';
import { sanitise } from '../../../src/storage/history.ts';

test('a history record keeps only its own fields: a draft smuggled into a message is never stored', () => {
  const outcome = {
    at: 1_700_000_000_000,
    site: 'facebook',
    school: 'Brook Lane Primary School',
    clauses: ['2.1', '2.2'],
    concerns: ['complaint'],
    choice: 'edit',
    draft: 'Mrs Whitmore is a disgrace',
    text: 'Mrs Whitmore is a disgrace',
  } as Outcome & Record<string, unknown>;
  const record = sanitise(outcome);
  expect(record).toEqual({ at: 1_700_000_000_000, site: 'facebook', school: 'Brook Lane Primary School', clauses: ['2.1', '2.2'], concerns: ['complaint'], choice: 'edit' });
  expect(JSON.stringify(record)).not.toContain('disgrace');
});

test('lists are bounded and hold strings only', () => {
  const record = sanitise({ at: Number.NaN, site: 'x', school: 's', clauses: [...Array(50).keys()].map(String).concat([42 as unknown as string]), concerns: ['abuse'], choice: 'post' });
  expect(record.clauses).toHaveLength(20);
  expect(Number.isFinite(record.at)).toBe(true);
});
