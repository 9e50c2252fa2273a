// A local HTTP or HTTPS server for fixture and demo pages. HTTPS uses a throwaway self-signed
// certificate; Chromium is started with --ignore-certificate-errors to accept it.
import { readFile, stat } from 'node:fs/promises';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import selfsigned from 'selfsigned';

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface LocalServer {
  port: number;
  origin: string;
  /** Every request seen, as "host path" (the Host header, so mapped real host names show). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves files under `root` (no directory listing, no escaping the root). With `fallback`, any
 * path that is not a file gets that file, as single-page apps do (/groups/parents → index.html).
 */
export function staticFiles(root: string, options: { fallback?: string } = {}): Handler {
  return async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) return false;
    if (options.fallback && !(await isFile(file))) file = join(root, options.fallback);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return true;
    } catch {
      return false;
    }
  };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function startServer(options: { https?: boolean; handlers: Handler[]; port?: number }): Promise<LocalServer> {
  const requests: string[] = [];
  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
    try {
      for (const handler of options.handlers) if (await handler(req, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  };
  let server: Server;
  if (options.https) {
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, algorithm: 'sha256' });
    server = createHttps({ key: pems.private, cert: pems.cert }, listener);
  } else server = createHttp(listener);
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `${options.https ? 'https' : 'http'}://localhost:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
