// Local stand-ins, for the end-to-end tests, of two websites Schoolgate meets when a parent adds
// a school: the project's site with the school-link page (site/, under its real host name), and
// a school's website that publishes its config (and, at other paths, every bad answer a parent
// can run into).
import { resolve } from 'node:path';
import { LINK_ORIGIN } from '../config/link.ts';
import { type Handler, staticFiles } from './server.ts';

export const LINK_HOST = new URL(LINK_ORIGIN).host;
export const SCHOOL_SITE_HOST = 'brooklane.example.sch.uk';
/** A second school's site: its origin is never granted in the e2e build. */
export const OTHER_SCHOOL_HOST = 'hilltop.example.sch.uk';

const host = (req: Parameters<Handler>[0]) => (req.headers.host ?? '').replace(/:\d+$/, '');

/** The school-link page of the project's site. */
export function linkSiteHandler(): Handler {
  const files = staticFiles(resolve('site'), {});
  return async (req, res) => {
    if (host(req) !== LINK_HOST) return false;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/add' || path === '/add/') {
      req.url = '/add/index.html';
    }
    return files(req, res);
  };
}

/**
 * The school's website. `/schoolgate.json` is its config (the one given, with `source` set to
 * itself); the other paths each misbehave in one way.
 */
export function schoolSiteHandler(config: () => unknown): Handler {
  return (req, res) => {
    if (host(req) !== SCHOOL_SITE_HOST) return false;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const json = (body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
      return true;
    };
    switch (path) {
      case '/schoolgate.json':
        return json(config());
      case '/missing.json':
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found');
        return true;
      case '/slow.json':
        // never answers; the extension gives up after its timeout
        setTimeout(() => res.destroy(), 30_000);
        return true;
      case '/to-http.json':
        res.writeHead(302, { location: `http://${SCHOOL_SITE_HOST}/schoolgate.json` });
        res.end();
        return true;
      case '/page.json':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>Brook Lane</title></head><body><h1>Welcome to Brook Lane</h1></body></html>');
        return true;
      case '/huge.json': {
        // 5 MB, sent without a length, so only reading it could tell
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 5 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end('{}');
        };
        res.on('error', () => undefined);
        more();
        return true;
      }
      case '/broken.json':
        return json({ format: 'schoolgate/1', school: { name: '' }, staff: [{ title: 'Mrs' }], code: { title: 'Code', clauses: [] }, complaints: { url: 'http://brooklane.example.sch.uk/complaints' } });
      default:
        return false;
    }
  };
}
