// Run before the end-to-end tests: say exactly what to install when Chromium is missing, rather
// than letting Playwright fail with a stack trace.
import { chromiumMissingMessage, findChromium } from './chromium.ts';

const found = findChromium();
if (!found) {
  console.error(chromiumMissingMessage());
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${found.path} (${found.from})`);
