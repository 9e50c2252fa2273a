import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSchoolConfigValue, type SchoolConfig } from '../../../src/config/index.ts';
import { DEMO_CONFIG as DEMO_VALUE } from '../../../src/config/presets/index.ts';
import type { SchoolConfig as DemoShape } from '../../../src/config/index.ts';

const DEMO_CONFIG = DEMO_VALUE as DemoShape & { complaints: { url: string } };

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const { complaintsMoved, decideRefresh, getSchools, putSchool, refreshSchools, removeSchool, settlePending } = await import('../../../src/storage/schools.ts');

const SOURCE = 'https://brooklane.example.sch.uk/schoolgate.json';

function config(overrides: Record<string, unknown> = {}): SchoolConfig {
  const parsed = parseSchoolConfigValue({ ...DEMO_CONFIG, source: SOURCE, published: '2026-09-01', ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

function serving(value: unknown, status = 200) {
  let calls = 0;
  const fetch = (async (url: string) => {
    calls++;
    const response = new Response(typeof value === 'string' ? value : JSON.stringify(value), { status });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls: () => calls };
}

const granted = async () => true;

let removed: string[][] = [];

beforeEach(() => {
  fakeBrowser.reset();
  removed = [];
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'x', version: '1', host_permissions: ['https://www.facebook.com/*'] });
  fakeBrowser.permissions.remove = async ({ origins = [] }) => {
    removed.push(origins);
    return true;
  };
});

describe('the refresh rules', () => {
  it('replaces only with a later published date', () => {
    expect(decideRefresh(config(), config({ published: '2026-10-01' }))).toBe('replace');
    expect(decideRefresh(config(), config({ published: '2026-09-01' }))).toBe('keep');
    expect(decideRefresh(config(), config({ published: '2025-01-01' }))).toBe('keep');
    expect(decideRefresh(config({ published: undefined }), config())).toBe('replace');
    expect(decideRefresh(config(), config({ published: undefined }))).toBe('keep');
  });

  it('asks the parent when the complaints route moves to another domain, not to a subdomain', () => {
    const old = config({ complaints: { url: 'https://brooklane.example.sch.uk/complaints', email: 'office@brooklane.example.sch.uk' } });
    expect(complaintsMoved(old, config({ complaints: { url: 'https://www.brooklane.example.sch.uk/complaints-2026' } }))).toBe(false);
    expect(complaintsMoved(old, config({ complaints: { url: 'https://brooklane-complaints.example.com/form' } }))).toBe(true);
    expect(complaintsMoved(old, config({ complaints: { email: 'office@gmail.com' } }))).toBe(true);
    expect(decideRefresh(old, config({ published: '2026-10-01', complaints: { url: 'https://elsewhere.example.com/' } }))).toBe('confirm');
  });
});

describe('stored schools', () => {
  it('keeps siblings at different schools side by side, and removes one', async () => {
    await putSchool(config());
    await putSchool(config({ school: { name: 'Hill Top Academy' }, source: 'https://hilltop.example.sch.uk/schoolgate.json' }));
    expect((await getSchools()).map((s) => s.config.school.name)).toEqual([DEMO_CONFIG.school.name, 'Hill Top Academy']);
    await removeSchool(SOURCE);
    expect((await getSchools()).map((s) => s.config.school.name)).toEqual(['Hill Top Academy']);
    // the permission for the removed school's origin is given back; the other school's is kept
    expect(removed).toEqual([['https://brooklane.example.sch.uk/*']]);
  });

  it('keeps only picked names that the config really lists', async () => {
    const trust = config({ schools: [{ name: 'Hill Top Academy' }, { name: 'Dale Junior School' }] });
    const stored = await putSchool(trust, { picked: ['Dale Junior School', 'Nowhere High'] });
    expect(stored.picked).toEqual(['Dale Junior School']);
  });
});

describe('refreshing from the source', () => {
  it('replaces an older config with a newer one', async () => {
    await putSchool(config());
    const s = serving({ ...config({ published: '2026-10-01' }), staff: [{ name: 'Peter Quill', title: 'Mr' }] });
    const [after] = await refreshSchools({ fetch: s.fetch, granted, now: 1_000 });
    expect(after!.config.published).toBe('2026-10-01');
    expect(after!.config.staff.map((p) => p.name)).toEqual(['Peter Quill']);
    expect(after!.refresh).toEqual({ at: 1_000, result: 'updated' });
  });

  it('keeps the old one when the fetched one is not newer, and tries at most daily', async () => {
    await putSchool(config());
    const s = serving(config({ published: '2026-08-01', staff: [] }));
    await refreshSchools({ fetch: s.fetch, granted, now: 1_000 });
    await refreshSchools({ fetch: s.fetch, granted, now: 1_000 + 60_000 });
    expect(s.calls()).toBe(1);
    const [after] = await getSchools();
    expect(after!.config.published).toBe('2026-09-01');
    expect(after!.refresh?.result).toBe('unchanged');
    await refreshSchools({ fetch: s.fetch, granted, now: 1_000 + 25 * 60 * 60 * 1000 });
    expect(s.calls()).toBe(2);
  });

  it('keeps the old one when the refresh fails or the file is broken', async () => {
    await putSchool(config());
    await refreshSchools({ fetch: serving('gone', 404).fetch, granted, now: 1 });
    let [after] = await getSchools();
    expect(after!.config.school.name).toBe(DEMO_CONFIG.school.name);
    expect(after!.refresh).toEqual({ at: 1, result: 'failed', error: 'http' });
    await refreshSchools({ fetch: serving({ format: 'schoolgate/1', published: '2027-01-01' }).fetch, granted, now: 2, force: true });
    [after] = await getSchools();
    expect(after!.config.published).toBe('2026-09-01');
    expect(after!.refresh?.error).toBe('invalid');
  });

  it('holds a newer config whose complaints route moved until the parent confirms it', async () => {
    await putSchool(config());
    const moved = config({ published: '2026-10-01', complaints: { url: 'https://complaints.example.com/brook-lane' } });
    await refreshSchools({ fetch: serving(moved).fetch, granted, now: 5 });
    let [after] = await getSchools();
    expect(after!.config.complaints.url).toBe(DEMO_CONFIG.complaints.url);
    expect(after!.pending?.config.complaints.url).toBe('https://complaints.example.com/brook-lane');
    await settlePending(after!.key, true, 6);
    [after] = await getSchools();
    expect(after!.config.complaints.url).toBe('https://complaints.example.com/brook-lane');
    expect(after!.pending).toBeUndefined();
  });

  it('does not fetch from an origin the parent never granted', async () => {
    await putSchool(config());
    const s = serving(config({ published: '2026-12-01' }));
    await refreshSchools({ fetch: s.fetch, granted: async () => false, now: 1 });
    expect(s.calls()).toBe(0);
  });
});
