import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { notices } from '../../src/dev/notices.ts';

// The licences of what the extension ships go into every build (public/ is copied as is).
test('public/THIRD-PARTY-NOTICES.txt is current: every runtime dependency and the vendored VADER lexicon', () => {
  const file = readFileSync(new URL('../../public/THIRD-PARTY-NOTICES.txt', import.meta.url), 'utf8');
  expect(file, 'run: npx tsx src/dev/notices.ts').toBe(notices());
  expect(file).toMatch(/vader-sentiment 1\.1\.3 \(Apache-2\.0\)/);
  expect(file).toMatch(/This product includes software developed at Comcast/); // the Apache NOTICE
});
