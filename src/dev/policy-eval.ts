// How well clause extraction does, measured against hand-written expectations:
//
//   npx tsx src/dev/policy-eval.ts
//
// prints, per document, whether the clause ids come out as numbered in the document (in order)
// and how many clauses get exactly the topics a person judged right; then the totals for the
// five seed documents (tests/fixtures/seeds, expected in tests/fixtures/policy/seeds.json), our
// own codes in other layouts (tests/fixtures/policy/codes) and held-out sets, each written and
// labelled before the extractor first ran on it (tests/fixtures/policy/heldout-*; their first-run
// figures are in tests/fixtures/policy/README.md). The unit tests (tests/unit/policy/eval.test.ts)
// assert the same figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Topic } from '../config/limits.ts';
import { extractPolicy, type PolicyExtraction } from '../config/policy/index.ts';

export const SETS = ['seeds', 'codes', 'heldout-1', 'heldout-2', 'heldout-3'] as const;
export type SetName = (typeof SETS)[number];

export interface Expected {
  kind: PolicyExtraction['kind'];
  title?: string;
  approved?: string;
  name?: string;
  schools?: number;
  /** Issue 6's bar: the numbered clauses (or headings) the bullets belong to. */
  bar?: string[];
  clauses: [string, Topic[]][];
  texts?: Record<string, string>;
}

export interface DocumentScore {
  set: SetName;
  file: string;
  extraction: PolicyExtraction;
  expected: Expected;
  idsMatch: boolean;
  /** Expected clauses found with the same id. */
  found: number;
  /** Clauses whose proposed topics equal the expected ones exactly. */
  topicsRight: number;
  total: number;
}

const FIXTURES = resolve('tests/fixtures');

const sameTopics = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function score(set: DocumentScore['set'], file: string, text: string, expected: Expected): DocumentScore {
  const extraction = extractPolicy(text);
  const got = new Map(extraction.clauses.map((c) => [c.id, c]));
  let found = 0;
  let topicsRight = 0;
  for (const [id, topics] of expected.clauses) {
    const clause = got.get(id);
    if (!clause) continue;
    found++;
    if (sameTopics(clause.topics, topics)) topicsRight++;
  }
  const idsMatch = extraction.clauses.map((c) => c.id).join('|') === expected.clauses.map(([id]) => id).join('|');
  return { set, file, extraction, expected, idsMatch, found, topicsRight, total: expected.clauses.length };
}

export function evaluatePolicies(): DocumentScore[] {
  const scores: DocumentScore[] = [];
  const seeds = JSON.parse(readFileSync(join(FIXTURES, 'policy/seeds.json'), 'utf8')) as Record<string, Expected | string>;
  for (const [file, expected] of Object.entries(seeds)) {
    if (typeof expected === 'string') continue;
    scores.push(score('seeds', file, readFileSync(join(FIXTURES, 'seeds', file), 'utf8'), expected));
  }
  for (const set of SETS.filter((s) => s !== 'seeds')) {
    const dir = join(FIXTURES, 'policy', set);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as Expected;
      scores.push(score(set, file, readFileSync(join(dir, file), 'utf8'), expected));
    }
  }
  return scores;
}

export function totals(scores: DocumentScore[]): { documents: number; idsMatch: number; clauses: number; topicsRight: number; agreement: number } {
  const clauses = scores.reduce((n, s) => n + s.total, 0);
  const topicsRight = scores.reduce((n, s) => n + s.topicsRight, 0);
  return { documents: scores.length, idsMatch: scores.filter((s) => s.idsMatch).length, clauses, topicsRight, agreement: clauses ? topicsRight / clauses : 1 };
}

function main(): void {
  const scores = evaluatePolicies();
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const titles: Record<SetName, string> = {
    seeds: 'Seed documents (../shared/seeds)',
    codes: 'Our own codes in other layouts',
    'heldout-1': 'Held-out set 1, labelled before its first run (first run: ids 2/3 documents, topics 13/21)',
    'heldout-2': 'Held-out set 2, labelled before its first run (first run: ids 3/4 documents, topics 28/31)',
    'heldout-3': 'Held-out set 3, labelled before its first run and not tuned on',
  };
  for (const set of SETS) {
    console.log(`\n${titles[set]}`);
    for (const s of scores.filter((x) => x.set === set)) {
      const ids = s.idsMatch ? 'ids as numbered' : `ids DIFFER: ${s.extraction.clauses.map((c) => c.id).join(' ')}`;
      console.log(`  ${s.file.padEnd(28)} ${s.extraction.kind.padEnd(5)} clauses ${String(s.found).padStart(2)}/${String(s.total).padEnd(2)} ${ids.padEnd(16)} topics ${s.topicsRight}/${s.total}`);
    }
    const t = totals(scores.filter((x) => x.set === set));
    console.log(`  → ${t.idsMatch}/${t.documents} documents with every id right; topics right for ${t.topicsRight}/${t.clauses} clauses (${pct(t.agreement)})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
