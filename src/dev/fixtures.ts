// The end-to-end fixture pages: one stand-in per social site, built from the editor library that
// site really uses (tests/fixtures/sites/<page>/), bundled with esbuild and served under the
// site's real host name, so the production match patterns and adapters are what is tested.
import { existsSync, readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Handler } from './server.ts';
import { staticFiles } from './server.ts';

export const FIXTURE_SOURCES = resolve('tests/fixtures/sites');
export const FIXTURE_OUTPUT = resolve('.output/fixtures');

/**
 * Which fixture page answers for a host (and, where one host has several apps, a path prefix).
 * Hosts not listed get tests/fixtures/pages (a plain page with a textarea).
 */
export const FIXTURE_ROUTES: { host: string; path?: string; page: string }[] = [
  { host: 'www.facebook.com', page: 'facebook' },
  { host: 'www.messenger.com', page: 'messenger' },
  { host: 'www.instagram.com', page: 'instagram' },
  { host: 'x.com', page: 'x' },
  { host: 'twitter.com', page: 'x' },
  { host: 'web.whatsapp.com', page: 'whatsapp' },
  { host: 'www.reddit.com', page: 'reddit' },
  { host: 'old.reddit.com', page: 'reddit-old' },
  { host: 'www.linkedin.com', page: 'linkedin' },
  { host: 'www.tiktok.com', page: 'tiktok' },
  { host: 'www.youtube.com', page: 'youtube' },
  { host: 'www.threads.com', page: 'threads' },
  { host: 'bsky.app', page: 'bluesky' },
  { host: 'mastodon.social', page: 'mastodon' },
  // a Mastodon instance the parent adds (optional host permission)
  { host: 'social.example.net', page: 'mastodon' },
  { host: 'discord.com', page: 'discord' },
  { host: 'web.telegram.org', path: '/k/', page: 'telegram-k' },
  { host: 'web.telegram.org', page: 'telegram-a' },
  { host: 'nextdoor.com', page: 'nextdoor' },
  { host: 'nextdoor.co.uk', page: 'nextdoor' },
  // a site no adapter knows, for the generic adapter (turned on by the parent)
  { host: 'forum.example.com', page: 'generic' },
];

/** The fixture pages that exist (a folder with an index.html). */
export function fixturePages(): string[] {
  if (!existsSync(FIXTURE_SOURCES)) return [];
  return readdirSync(FIXTURE_SOURCES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(FIXTURE_SOURCES, d.name, 'index.html')))
    .map((d) => d.name);
}

/** Bundles every fixture page's main.js / main.jsx into .output/fixtures/<page>/. */
export async function buildFixtures(outDir = FIXTURE_OUTPUT): Promise<string[]> {
  const pages = fixturePages();
  await Promise.all(
    pages.map(async (page) => {
      const src = join(FIXTURE_SOURCES, page);
      const out = join(outDir, page);
      await mkdir(out, { recursive: true });
      await copyFile(join(src, 'index.html'), join(out, 'index.html'));
      const entry = ['main.jsx', 'main.js'].map((f) => join(src, f)).find((f) => existsSync(f));
      if (!entry) return;
      await build({
        entryPoints: [entry],
        outfile: join(out, 'main.js'),
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        jsx: 'automatic',
        jsxImportSource: 'react',
        // the project's tsconfig says Preact; these pages are React, as the sites are
        tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        loader: { '.css': 'text' },
        minify: false,
        sourcemap: false,
        logLevel: 'error',
      });
    }),
  );
  return pages;
}

/** Serves the built fixture page for the request's host (every path of it: sites are SPAs). */
export function fixtureHandler(outDir = FIXTURE_OUTPUT): Handler {
  const handlers = new Map<string, Handler>();
  const handlerFor = (page: string) => {
    let h = handlers.get(page);
    if (!h) {
      h = staticFiles(join(outDir, page), { fallback: 'index.html' });
      handlers.set(page, h);
    }
    return h;
  };
  return async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = FIXTURE_ROUTES.find((r) => r.host === host && (!r.path || path.startsWith(r.path)));
    if (!route || !existsSync(join(outDir, route.page, 'index.html'))) return false;
    // assets are requested by bare name from any depth ("/k/main.js" → main.js)
    const asset = /\/(main\.js|[\w-]+\.css)$/.exec(path)?.[1];
    if (asset) {
      const body = await readFile(join(outDir, route.page, asset)).catch(() => null);
      if (body) {
        res.writeHead(200, { 'content-type': asset.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
        return true;
      }
    }
    return handlerFor(route.page)(req, res);
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('src/dev/fixtures.ts')) {
  const pages = await buildFixtures();
  console.log(`built ${pages.length} fixture pages into ${FIXTURE_OUTPUT}: ${pages.join(', ')}`);
}
