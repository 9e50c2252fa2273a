// Finds a Chromium that can load an unpacked extension: $CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download. Branded Google Chrome 137+ ignores
// --load-extension, so it is not looked for.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface FoundChromium {
  path: string;
  from: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, from: 'CHROMIUM_PATH' } : null;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, from: 'system' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, from: 'playwright' };
  } catch {
    // Playwright has no browser of its own here.
  }
  return null;
}

export function chromiumMissingMessage(env: NodeJS.ProcessEnv = process.env): string {
  const bad = env.CHROMIUM_PATH ? `\nCHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.\n` : '';
  return `Chromium was not found.${bad}
Schoolgate's end-to-end tests and demo load the extension into Chromium. Install one of:
  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
                    (gives /usr/bin/chromium; run as root without sudo)
  • Any system:     npx playwright install chromium   (needs access to Playwright's download site)
  • Or point to one: CHROMIUM_PATH=/path/to/chromium npm test
Google Chrome itself will not do: since version 137 it refuses to load unpacked extensions
from the command line.`;
}
