// @vitest-environment happy-dom
// The parent's pages as components: adding a school (every way in ends on the preview; bad input
// says why and changes nothing), the options page's sections, and the popup.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SchoolConfig } from '../../../src/config/index.ts';
import { makeSchoolLink } from '../../../src/config/link.ts';
import type { LoadResult } from '../../../src/storage/fetch-config.ts';
import { DEFAULT_SETTINGS } from '../../../src/storage/keys.ts';
import { AddSchool, addressFrom, type AddSchoolProps } from '../../../src/ui/pages/AddSchool.tsx';
import { Options, type OptionsProps, tomorrow } from '../../../src/ui/pages/Options.tsx';
import { Popup, type PopupProps } from '../../../src/ui/Popup.tsx';
import { demoConfig } from './helpers.tsx';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

async function mount(node: preact.ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root!));
  return root;
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));
const byText = (el: HTMLElement, selector: string, text: string) => [...el.querySelectorAll<HTMLElement>(selector)].find((b) => b.textContent?.trim() === text);

async function click(el: HTMLElement | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => el.click());
  await flush();
}

async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement) {
  await act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}

function addProps(overrides: Partial<AddSchoolProps> = {}): AddSchoolProps {
  return {
    loadUrl: vi.fn(async (): Promise<LoadResult> => ({ ok: true, config: demoConfig(), url: 'https://brooklane.example.sch.uk/schoolgate.json' })),
    loadFile: vi.fn(async (): Promise<LoadResult> => ({ ok: true, config: demoConfig() })),
    existingKeys: [],
    keyFor: (c: SchoolConfig, from?: string) => c.source ?? from ?? c.school.name,
    save: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('adding a school', () => {
  test("a school's link is read for the config address it carries", () => {
    expect(addressFrom(makeSchoolLink('https://a.example.sch.uk/c.json'))).toEqual({ ok: true, url: 'https://a.example.sch.uk/c.json' });
    expect(addressFrom('https://a.example.sch.uk/c.json')).toEqual({ ok: true, url: 'https://a.example.sch.uk/c.json' });
    const incomplete = addressFrom('https://schoolgate.example/add');
    expect(incomplete.ok).toBe(false);
  });

  test('a URL ends on the preview; confirming saves with where it came from', async () => {
    const p = addProps();
    const el = await mount(<AddSchool {...p} />);
    await typeInto(el.querySelector<HTMLInputElement>('#add-url')!, 'https://brooklane.example.sch.uk/schoolgate.json');
    await submit(el.querySelector('form')!);
    expect(p.loadUrl).toHaveBeenCalledWith('https://brooklane.example.sch.uk/schoolgate.json');
    const config = demoConfig();
    expect(el.querySelector('.school-name')!.textContent).toBe(config.school.name);
    expect(el.textContent).toContain(`Staff Schoolgate will recognise: ${config.staff.length}`);
    expect(el.querySelectorAll('ol.clauses li')).toHaveLength(config.code.clauses.length);
    expect(el.textContent).toContain(`opens a page on ${new URL(config.complaints.url!).hostname}`);
    expect(p.save).not.toHaveBeenCalled();
    await click(byText(el, 'button', 'Add this school'));
    expect(p.save).toHaveBeenCalledWith(config, { picked: undefined, from: 'https://brooklane.example.sch.uk/schoolgate.json' });
    expect(el.querySelector('[role="status"]')!.textContent).toBe(`${config.school.name} is added. Schoolgate will now notice drafts that name it or its staff.`);
  });

  test('a failure says why, lists each problem with its path, and saves nothing', async () => {
    const p = addProps({
      loadUrl: vi.fn(async (): Promise<LoadResult> => ({ ok: false, error: { kind: 'invalid', problems: [{ path: 'staff[0].name', message: 'missing — every staff entry needs a name' }] } })),
    });
    const el = await mount(<AddSchool {...p} />);
    await typeInto(el.querySelector<HTMLInputElement>('#add-url')!, 'https://brooklane.example.sch.uk/schoolgate.json');
    await submit(el.querySelector('form')!);
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain("isn't a Schoolgate config");
    expect(alert.querySelector('li')!.textContent).toBe('staff[0].name: missing — every staff entry needs a name');
    expect(el.querySelector('#add-url')!.getAttribute('aria-invalid')).toBe('true');
    expect(p.save).not.toHaveBeenCalled();
  });

  test('http is refused before anything is fetched', async () => {
    const p = addProps();
    const el = await mount(<AddSchool {...p} />);
    await typeInto(el.querySelector<HTMLInputElement>('#add-url')!, makeSchoolLink('https://x.example/c.json').replace('https%3A', 'http%3A'));
    await submit(el.querySelector('form')!);
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('https://');
    expect(p.loadUrl).not.toHaveBeenCalled();
  });

  test('a trust: the parent must tick the schools their children attend', async () => {
    const trust = { ...demoConfig(), schools: [{ name: 'Hill Top Academy' }, { name: 'Dale Junior School' }] } as SchoolConfig;
    const p = addProps({ loadFile: vi.fn(async (): Promise<LoadResult> => ({ ok: true, config: trust })) });
    const el = await mount(<AddSchool {...p} />);
    const input = el.querySelector<HTMLInputElement>('#add-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'trust.json')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    await click(byText(el, 'button', 'Add this school'));
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Tick at least one school.');
    expect(p.save).not.toHaveBeenCalled();
    const boxes = [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.parentElement!.textContent!.trim())).toEqual([trust.school.name, 'Hill Top Academy', 'Dale Junior School']);
    await click(boxes[2]);
    await click(byText(el, 'button', 'Add this school'));
    expect(p.save).toHaveBeenCalledWith(trust, { picked: ['Dale Junior School'], from: undefined });
  });

  test('says when a config replaces a school already added', async () => {
    const p = addProps({ existingKeys: ['https://brooklane.example.sch.uk/schoolgate.json'] });
    const el = await mount(<AddSchool {...p} />);
    await typeInto(el.querySelector<HTMLInputElement>('#add-url')!, 'https://brooklane.example.sch.uk/schoolgate.json');
    await submit(el.querySelector('form')!);
    expect(el.textContent).toContain('You already added this school: this will replace it.');
  });
});

function optionsProps(overrides: Partial<OptionsProps> = {}): OptionsProps {
  const config = demoConfig();
  return {
    schools: [{ key: 'k', config, addedAt: 1 }],
    settings: { ...DEFAULT_SETTINGS },
    extraSites: [{ origin: 'https://forum.example.com', adapter: 'generic' }],
    now: Date.UTC(2026, 10, 21, 10, 0),
    add: { loadUrl: vi.fn(), loadFile: vi.fn(), keyFor: () => 'k', save: vi.fn() },
    removeSchool: vi.fn(async () => undefined),
    settlePending: vi.fn(async () => undefined),
    setSettings: vi.fn(async () => undefined),
    turnOnSite: vi.fn(async () => ({ ok: true as const, origin: 'https://parents.example.org' })),
    turnOffSite: vi.fn(async () => undefined),
    tryDraft: vi.fn(async () => ({ shown: false, reason: 'no-concern' as const })),
    history: <p>history here</p>,
    privacy: <p>privacy here</p>,
    ...overrides,
  };
}

describe('the options page', () => {
  test('a site switched off is added to the off list; on again removes it', async () => {
    const p = optionsProps({ settings: { ...DEFAULT_SETTINGS, off: ['x'] } });
    const el = await mount(<Options {...p} />);
    const box = (name: string) => [...el.querySelectorAll<HTMLInputElement>('#sites input[type="checkbox"]')].find((b) => b.parentElement!.textContent!.trim() === name)!;
    expect(box('X').checked).toBe(false);
    expect(box('forum.example.com').checked).toBe(true);
    await click(box('WhatsApp'));
    expect(p.setSettings).toHaveBeenLastCalledWith({ off: ['x', 'whatsapp'] });
    await click(box('X'));
    expect(p.setSettings).toHaveBeenLastCalledWith({ off: [] });
  });

  test('pause for an hour, until tomorrow, and back on', async () => {
    const p = optionsProps();
    const el = await mount(<Options {...p} />);
    await click(byText(el, 'button', 'Pause for an hour'));
    expect(p.setSettings).toHaveBeenLastCalledWith({ pausedUntil: p.now + 3_600_000 });
    await click(byText(el, 'button', 'Pause until tomorrow'));
    expect(p.setSettings).toHaveBeenLastCalledWith({ pausedUntil: tomorrow(p.now) });
    const paused = await mount(<Options {...optionsProps({ settings: { ...DEFAULT_SETTINGS, pausedUntil: p.now + 1000 } })} />);
    expect(paused.textContent).toContain('Paused until');
    expect(byText(paused, 'button', 'Turn back on now')).toBeTruthy();
  });

  test('tomorrow is the next local midnight', () => {
    const now = new Date(2026, 10, 21, 23, 30).getTime();
    expect(new Date(tomorrow(now)).toString()).toBe(new Date(2026, 10, 22, 0, 0).toString());
  });

  test('unnamed references can be switched off', async () => {
    const p = optionsProps();
    const el = await mount(<Options {...p} />);
    const box = [...el.querySelectorAll<HTMLInputElement>('#settings input[type="checkbox"]')][0]!;
    expect(box.checked).toBe(true);
    await click(box);
    expect(p.setSettings).toHaveBeenLastCalledWith({ implicit: false });
  });

  test('removing a school, and confirming a moved complaints route', async () => {
    const config = demoConfig();
    const moved = { ...config, complaints: { url: 'https://complaints.example.com/x' } } as SchoolConfig;
    const p = optionsProps({ schools: [{ key: 'k', config, addedAt: 1, pending: { config: moved, at: 2 } }] });
    const el = await mount(<Options {...p} />);
    expect(el.textContent).toContain('complaints route goes to complaints.example.com instead of');
    await click(byText(el, 'button', 'Use the new version'));
    expect(p.settlePending).toHaveBeenCalledWith('k', true);
    await click(el.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${config.school.name}"]`)!);
    expect(p.removeSchool).toHaveBeenCalledWith('k');
    expect(el.textContent).toContain(`${config.school.name} was removed.`);
  });

  test('turning on another site reports what happened', async () => {
    const p = optionsProps({ turnOnSite: vi.fn(async () => ({ ok: false as const, reason: 'refused' as const })) });
    const el = await mount(<Options {...p} />);
    await typeInto(el.querySelector<HTMLInputElement>('#add-site')!, 'parents.example.org');
    await submit(el.querySelector<HTMLFormElement>('#add-site')!.form!);
    expect(p.turnOnSite).toHaveBeenCalledWith('parents.example.org', 'generic');
    expect(el.textContent).toContain('Your browser did not allow it, so nothing was changed.');
  });

  test('"try a draft" says why a draft would pass', async () => {
    const p = optionsProps();
    const el = await mount(<Options {...p} />);
    await typeInto(el.querySelector<HTMLTextAreaElement>('#try-draft')!, 'Brook Lane sports day was lovely');
    await submit(el.querySelector<HTMLTextAreaElement>('#try-draft')!.form!);
    expect(p.tryDraft).toHaveBeenCalledWith('Brook Lane sports day was lovely');
    expect(el.querySelector('#try [role="status"]')!.textContent).toContain("doesn't complain, accuse or abuse");
  });
});

function popupProps(overrides: Partial<PopupProps> = {}): PopupProps {
  return {
    schools: [{ key: 'k', name: 'Brook Lane Primary School', staff: 6, clauses: 7 }],
    status: { site: 'whatsapp', watching: true, key: 'whatsapp', siteOn: true, paused: false },
    pausedUntil: 0,
    now: 1_000_000,
    weekCount: 3,
    onToggleSite: vi.fn(),
    onPause: vi.fn(),
    onOpenOptions: vi.fn(),
    onAddSchool: vi.fn(),
    ...overrides,
  };
}

describe('the popup', () => {
  test('shows the school, this site and its switch, nudges this week', async () => {
    const p = popupProps();
    const el = await mount(<Popup {...p} />);
    expect(el.textContent).toContain('Brook Lane Primary School');
    expect(el.textContent).toContain('Watching drafts on this site (WhatsApp).');
    expect(el.textContent).toContain('Nudges in the last 7 days: 3');
    const toggle = el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(toggle.checked).toBe(true);
    await click(toggle);
    expect(p.onToggleSite).toHaveBeenCalledWith('whatsapp', false);
    await click(byText(el, 'button', 'Pause for an hour'));
    expect(p.onPause).toHaveBeenCalledWith(p.now + 3_600_000);
    await click(byText(el, 'button', 'Settings, history and privacy'));
    expect(p.onOpenOptions).toHaveBeenCalled();
  });

  test('on a site Schoolgate does not cover, and with no school', async () => {
    const p = popupProps({ status: null, schools: [] });
    const el = await mount(<Popup {...p} />);
    expect(el.textContent).toContain('Not watching this site.');
    expect(el.querySelector('input[type="checkbox"]')).toBeNull();
    await click(byText(el, 'button', "Add your child's school"));
    expect(p.onAddSchool).toHaveBeenCalled();
  });
});
