// Getting a school's config in from a URL or a file, with a plain reason for every way it can go
// wrong. Nothing is stored here: the caller shows the preview and stores only what the parent
// confirms. `fetch` is passed in, so the rules are tested in Node without a browser.
import { checkConfigUrl, LIMITS, parseSchoolConfigBytes, type Problem, type SchoolConfig } from '../config/index.ts';

export type LoadError =
  | { kind: 'not-https'; scheme?: string }
  | { kind: 'not-url' }
  | { kind: 'permission-refused'; origin: string }
  | { kind: 'network'; origin: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number }
  | { kind: 'insecure-redirect'; to: string }
  /** The server redirects, and the browser would not follow (to http, or to a site not granted). */
  | { kind: 'redirect-refused' }
  | { kind: 'html' }
  | { kind: 'too-large'; bytes: number | null }
  | { kind: 'empty' }
  | { kind: 'invalid'; problems: Problem[] };

export type LoadResult = { ok: true; config: SchoolConfig; url?: string } | { ok: false; error: LoadError };

export const FETCH_TIMEOUT_MS = 10_000;

/** The origin pattern Schoolgate asks the browser for before it reads a config from `url`. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body') || head.startsWith('<!--');
}

/** Reads a body up to `limit` bytes; null when it is longer (the rest is never downloaded). */
async function readCapped(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * Downloads and checks a config. https only, also after redirects; no cookies sent; gives up
 * after ten seconds; stops reading past the size limit; refuses a web page; and reports every
 * validation problem with its path.
 */
export async function fetchConfig(address: string, options: FetchOptions = {}): Promise<LoadResult> {
  const checked = checkConfigUrl(address);
  if (!checked.ok) {
    const p = checked.problem;
    return { ok: false, error: p.kind === 'config-not-https' ? { kind: 'not-https', scheme: p.scheme } : p.kind === 'config-not-url' ? { kind: 'not-url' } : { kind: 'not-https' } };
  }
  const url = checked.url;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? LIMITS.fileBytes;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const timeout: LoadResult = { ok: false, error: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
  const unreachable: LoadResult = { ok: false, error: { kind: 'network', origin: new URL(url).origin } };
  try {
    let response: Response;
    try {
      response = await doFetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'follow', signal: controller.signal, headers: { accept: 'application/json' } });
    } catch {
      if (timedOut) return timeout;
      // A redirect the browser refused to follow fails like a network error: ask again without
      // following, to tell the parent which it was.
      const again = await doFetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'manual', signal: controller.signal }).catch(() => null);
      if (again && (again.type === 'opaqueredirect' || (again.status >= 300 && again.status < 400))) return { ok: false, error: { kind: 'redirect-refused' } };
      return unreachable;
    }
    const finalUrl = response.url || url;
    if (!finalUrl.startsWith('https:')) return { ok: false, error: { kind: 'insecure-redirect', to: finalUrl } };
    if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: { kind: 'too-large', bytes: declared } };
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readCapped(response, maxBytes);
    } catch {
      return timedOut ? timeout : unreachable;
    }
    if (!bytes) return { ok: false, error: { kind: 'too-large', bytes: null } };
    return fromBytes(bytes, /html/i.test(response.headers.get('content-type') ?? ''), finalUrl);
  } finally {
    clearTimeout(timer);
  }
}

function fromBytes(bytes: Uint8Array, saysHtml: boolean, url?: string): LoadResult {
  if (bytes.byteLength === 0 || !new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trim()) return { ok: false, error: { kind: 'empty' } };
  if (saysHtml || looksLikeHtml(bytes)) return { ok: false, error: { kind: 'html' } };
  const parsed = parseSchoolConfigBytes(bytes);
  if (!parsed.ok) return { ok: false, error: { kind: 'invalid', problems: parsed.problems } };
  return { ok: true, config: parsed.config, ...(url ? { url } : {}) };
}

/** A file the parent picked or dropped. Its size is checked before it is read. */
export async function readConfigFile(file: Blob, maxBytes: number = LIMITS.fileBytes): Promise<LoadResult> {
  if (file.size > maxBytes) return { ok: false, error: { kind: 'too-large', bytes: file.size } };
  return fromBytes(new Uint8Array(await file.arrayBuffer()), false);
}
