// Starts Chromium with an unpacked build of the extension loaded, for the end-to-end tests and
// `npm start`. Real host names (www.facebook.com …) can be pointed at a local server so the
// production match patterns are what runs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { chromiumMissingMessage, findChromium } from './chromium.ts';

export interface LaunchOptions {
  /** The unpacked extension folder, e.g. .output/chrome-mv3. */
  extensionPath: string;
  headless?: boolean;
  /** Hosts to resolve to the local server, e.g. ['www.facebook.com']. */
  mapHosts?: string[];
  /** The local server's port the mapped hosts go to. */
  mapToPort?: number;
  viewport?: { width: number; height: number } | null;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions): Promise<Launched> {
  const found = findChromium();
  if (!found) throw new Error(chromiumMissingMessage());
  const extension = resolve(options.extensionPath);
  const profile = await mkdtemp(join(tmpdir(), 'schoolgate-profile-'));
  const args = [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
  if (options.mapHosts?.length && options.mapToPort) {
    const rules = options.mapHosts.map((host) => `MAP ${host} 127.0.0.1:${options.mapToPort}`);
    args.push(`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors');
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: options.headless ?? true,
    args,
    viewport: options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
