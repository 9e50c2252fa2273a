import { describe, expect, it } from 'vitest';
import { DEMO_CONFIG as DEMO_VALUE } from '../../../src/config/presets/index.ts';
import type { SchoolConfig as DemoShape } from '../../../src/config/index.ts';

const DEMO_CONFIG = DEMO_VALUE as DemoShape & { complaints: { url: string } };
import { fetchConfig, originPattern, readConfigFile } from '../../../src/storage/fetch-config.ts';

const URL_OK = 'https://brooklane.example.sch.uk/schoolgate.json';
const JSON_TEXT = JSON.stringify(DEMO_CONFIG);

/** A fetch that answers like a server would, and records what it was asked. */
function server(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fake = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  }) as typeof fetch;
  return { fetch: fake, calls };
}

function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('fetching a config', () => {
  it('loads a valid config, without cookies, asking for JSON', async () => {
    const s = server((url) => withUrl(new Response(JSON_TEXT, { headers: { 'content-type': 'application/json' } }), url));
    const result = await fetchConfig(URL_OK, { fetch: s.fetch });
    expect(result).toMatchObject({ ok: true, config: { school: { name: DEMO_CONFIG.school.name } }, url: URL_OK });
    expect(s.calls[0]!.init.credentials).toBe('omit');
  });

  it('refuses anything but https before asking the network', async () => {
    const s = server(() => new Response(JSON_TEXT));
    expect(await fetchConfig('http://brooklane.example.sch.uk/c.json', { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'not-https', scheme: 'http:' } });
    expect(await fetchConfig('brooklane config', { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'not-url' } });
    expect(s.calls).toHaveLength(0);
  });

  it('says which status a missing file gave', async () => {
    const s = server((url) => withUrl(new Response('Not Found', { status: 404 }), url));
    expect(await fetchConfig(URL_OK, { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'http', status: 404 } });
  });

  it('refuses a redirect to http', async () => {
    const s = server(() => withUrl(new Response(JSON_TEXT), 'http://brooklane.example.sch.uk/schoolgate.json'));
    expect(await fetchConfig(URL_OK, { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'insecure-redirect', to: 'http://brooklane.example.sch.uk/schoolgate.json' } });
  });

  it('refuses a web page, by its type or by its first bytes', async () => {
    const typed = server((url) => withUrl(new Response('{"looks":"like json"}', { headers: { 'content-type': 'text/html; charset=utf-8' } }), url));
    expect(await fetchConfig(URL_OK, { fetch: typed.fetch })).toEqual({ ok: false, error: { kind: 'html' } });
    const sniffed = server((url) => withUrl(new Response('\n  <!DOCTYPE html><html><body>Welcome</body></html>', { headers: { 'content-type': 'text/plain' } }), url));
    expect(await fetchConfig(URL_OK, { fetch: sniffed.fetch })).toEqual({ ok: false, error: { kind: 'html' } });
  });

  it('stops at the size limit, whether the server declares the size or not', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const declared = server((url) => withUrl(new Response(big, { headers: { 'content-length': String(big.length) } }), url));
    expect(await fetchConfig(URL_OK, { fetch: declared.fetch })).toEqual({ ok: false, error: { kind: 'too-large', bytes: big.length } });
    let pulled = 0;
    const streamed = server((url) => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(64 * 1024).fill(32));
          if (pulled > 200) controller.close();
        },
      });
      return withUrl(new Response(stream), url);
    });
    expect(await fetchConfig(URL_OK, { fetch: streamed.fetch })).toEqual({ ok: false, error: { kind: 'too-large', bytes: null } });
    expect(pulled).toBeLessThan(10); // it stopped reading: the 5 MB+ body was never downloaded in full
  });

  it('gives up after the timeout', async () => {
    const s = server((_url, init) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    expect(await fetchConfig(URL_OK, { fetch: s.fetch, timeoutMs: 30 })).toEqual({ ok: false, error: { kind: 'timeout', seconds: 0 } });
  });

  it('reports a network failure with the origin it could not reach', async () => {
    const s = server(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchConfig(URL_OK, { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'network', origin: 'https://brooklane.example.sch.uk' } });
  });

  it('passes on every validation problem with its path', async () => {
    const broken = { ...DEMO_CONFIG, complaints: {}, staff: [{ title: 'Mrs' }] };
    const s = server((url) => withUrl(new Response(JSON.stringify(broken)), url));
    const result = await fetchConfig(URL_OK, { fetch: s.fetch });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected validation problems');
    const paths = result.error.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['complaints', 'staff[0].name']));
  });

  it('asks for exactly the one origin the config is on', () => {
    expect(originPattern('https://trust.example.org:8443/a/b.json?x=1')).toBe('https://trust.example.org:8443/*');
  });
});

describe('reading a config file', () => {
  it('loads a good file', async () => {
    expect(await readConfigFile(new Blob([JSON_TEXT]))).toMatchObject({ ok: true, config: { school: { name: DEMO_CONFIG.school.name } } });
  });

  it('says a file is not a config in plain words, with the problem', async () => {
    const notJson = await readConfigFile(new Blob(['Dear parents, please read our code of conduct.']));
    expect(notJson).toMatchObject({ ok: false, error: { kind: 'invalid', problems: [{ path: '(file)' }] } });
    expect(await readConfigFile(new Blob([JSON.stringify({ hello: 'world' })]))).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await readConfigFile(new Blob([]))).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('refuses a big file before reading it', async () => {
    const file = new Blob([new Uint8Array(300 * 1024)]);
    expect(await readConfigFile(file)).toEqual({ ok: false, error: { kind: 'too-large', bytes: 300 * 1024 } });
  });
});

describe('a redirect the browser will not follow', () => {
  it('is told apart from a network failure', async () => {
    const s = server((url, init) => {
      if (init.redirect === 'follow') return Promise.reject(new TypeError('Failed to fetch'));
      const r = withUrl(new Response(null, { status: 200 }), url);
      Object.defineProperty(r, 'type', { value: 'opaqueredirect' });
      return r;
    });
    expect(await fetchConfig(URL_OK, { fetch: s.fetch })).toEqual({ ok: false, error: { kind: 'redirect-refused' } });
  });
});
