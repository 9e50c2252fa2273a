import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The layering rule in eslint.config.js: src/engine and src/config import nothing from the
// browser, the DOM, idb or the UI. Lint a snippet as if it lived in each folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const OFFENDERS = [
  "import { browser } from 'wxt/browser';\nexport const a = browser;",
  "import browser from 'webextension-polyfill';\nexport const a = browser;",
  "import { openDB } from 'idb';\nexport const a = openDB;",
  "import { h } from 'preact';\nexport const a = h;",
  "import { Interstitial } from '../ui/Interstitial.tsx';\nexport const a = Interstitial;",
  "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;",
  'export const a = () => document.title;',
  'export const a = () => window.location.href;',
  'export const a = () => chrome.runtime.id;',
  'export const a = () => new MutationObserver(() => {});',
  "export const a = () => fetch('https://example.com');",
];

describe.each(['src/engine/probe.ts', 'src/config/probe.ts'])('%s', (path) => {
  test.each(OFFENDERS)('refuses %j', async (code) => {
    expect(await boundaryErrors(path, code)).not.toEqual([]);
  });

  test('allows plain libraries and its own modules', async () => {
    const code = "import { z } from 'zod';\nimport nlp from 'compromise';\nimport { LIMITS } from '../config/limits.ts';\nexport const a = [z, nlp, LIMITS];";
    expect(await boundaryErrors(path, code)).toEqual([]);
  });
});

test('the UI layer may use the DOM and Preact', async () => {
  expect(await boundaryErrors('src/ui/probe.tsx', "import { h } from 'preact';\nexport const a = () => [h, document.title];")).toEqual([]);
});
