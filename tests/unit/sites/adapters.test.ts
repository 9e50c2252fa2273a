// @vitest-environment happy-dom
// The adapters are data: check the data. Every site has one, every file is registered under its
// own name, every selector parses, and every composer can send somehow.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITES } from '../../../src/sites/catalogue.ts';
import { ADAPTERS, adapterFor } from '../../../src/sites/index.ts';

const files = readdirSync(resolve('src/sites')).filter((f) => f.endsWith('.ts') && !['types.ts', 'index.ts', 'catalogue.ts'].includes(f));

test('one adapter file per site in the catalogue, plus the generic one, each registered under its file name', () => {
  expect(files.map((f) => f.replace('.ts', '')).sort()).toEqual([...SITES.map((s) => s.id), 'generic'].sort());
  for (const [id, adapter] of Object.entries(ADAPTERS)) expect(adapter.id).toBe(id);
});

describe.each(Object.values(ADAPTERS))('$id', (adapter) => {
  test('selectors parse; every composer sends by a key, a control or a form', () => {
    expect(adapter.composers.length).toBeGreaterThan(0);
    for (const c of adapter.composers) {
      for (const selector of [c.editor, c.inside, c.notInside, c.submit].filter((s): s is string => Boolean(s))) {
        expect(() => document.querySelector(selector), selector).not.toThrow();
      }
      expect(c.keys.length > 0 || Boolean(c.submit) || Boolean(c.submitText) || Boolean(c.form), c.name).toBe(true);
      expect(['post', 'comment', 'message']).toContain(c.channel);
    }
    expect(new Set(adapter.composers.map((c) => c.name)).size).toBe(adapter.composers.length);
  });
});

test('a page gets the adapter for its host; other sites the one the parent chose', () => {
  expect(adapterFor('www.facebook.com').id).toBe('facebook');
  expect(adapterFor('old.reddit.com').id).toBe('reddit');
  expect(adapterFor('web.telegram.org').id).toBe('telegram');
  expect(adapterFor('forum.example.com').id).toBe('generic');
  expect(adapterFor('social.example.net', 'mastodon').id).toBe('mastodon');
});

test('messaging sites send to the messaging clauses', () => {
  for (const id of ['whatsapp', 'messenger', 'discord', 'telegram'] as const) {
    expect(ADAPTERS[id].composers.every((c) => c.channel === 'message')).toBe(true);
  }
});
