import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseSchoolConfig, type ParseResult } from '../../../src/config/index.ts';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** The full fixture config as a plain object, to change one thing in. */
export const fullConfig = (): Json => JSON.parse(fixture('configs/full.json'));

export function parseWith(change: (config: Json) => void): ParseResult {
  const config = fullConfig();
  change(config);
  return parseSchoolConfig(JSON.stringify(config));
}

/** The problems of a result as the lines a school would read; [] for a valid file. */
export function problemLines(result: ParseResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

export function expectValid(result: ParseResult): Extract<ParseResult, { ok: true }>['config'] {
  if (!result.ok) throw new Error(`expected a valid config, got:\n${problemLines(result).join('\n')}`);
  return result.config;
}
