import { describe, expect, it } from 'vitest';
import { checkConfigUrl, LINK_ORIGIN, makeSchoolLink, readSchoolLink } from '../../../src/config/index.ts';

const CONFIG = 'https://lowash.example.sch.uk/schoolgate.json';

describe('the school link', () => {
  it('carries the config address in the fragment, so the link site never receives it', () => {
    const link = makeSchoolLink(CONFIG);
    const url = new URL(link);
    expect(url.origin).toBe(LINK_ORIGIN);
    expect(url.search).toBe('');
    expect(url.hash).toContain(encodeURIComponent(CONFIG));
  });

  it('reads back what it made, including addresses with queries and fragments of their own', () => {
    for (const address of [CONFIG, 'https://trust.example.org/schools/config.json?school=low-ash&v=2', 'https://a.example/x.json#frag']) {
      expect(readSchoolLink(makeSchoolLink(address))).toEqual({ ok: true, configUrl: new URL(address).href });
    }
  });

  it('accepts a link whose fragment a mail client or QR reader decoded, and a trailing slash', () => {
    expect(readSchoolLink(`${LINK_ORIGIN}/add/#config=${CONFIG}`)).toEqual({ ok: true, configUrl: CONFIG });
  });

  it('refuses links on other sites, without a config, or pointing at http', () => {
    expect(readSchoolLink(`https://evil.example/add#config=${encodeURIComponent(CONFIG)}`)).toMatchObject({ ok: false, problem: { kind: 'not-a-link' } });
    expect(readSchoolLink(`${LINK_ORIGIN}/other#config=${encodeURIComponent(CONFIG)}`)).toMatchObject({ ok: false, problem: { kind: 'not-a-link' } });
    expect(readSchoolLink(`${LINK_ORIGIN}/add`)).toMatchObject({ ok: false, problem: { kind: 'no-config' } });
    expect(readSchoolLink(`${LINK_ORIGIN}/add#config=`)).toMatchObject({ ok: false, problem: { kind: 'no-config' } });
    expect(readSchoolLink(`${LINK_ORIGIN}/add#config=${encodeURIComponent('http://x.example/c.json')}`)).toMatchObject({
      ok: false,
      problem: { kind: 'config-not-https', scheme: 'http:' },
    });
    expect(readSchoolLink('not a url')).toMatchObject({ ok: false, problem: { kind: 'not-a-link' } });
  });

  it('will not make a link for an address that is not https', () => {
    expect(() => makeSchoolLink('http://x.example/c.json')).toThrow(/https/);
    expect(checkConfigUrl('https://user:pw@x.example/c.json')).toMatchObject({ ok: false, problem: { kind: 'config-credentials' } });
    expect(checkConfigUrl('javascript:alert(1)')).toMatchObject({ ok: false, problem: { kind: 'config-not-https' } });
  });
});
