// @vitest-environment happy-dom
// The options page's privacy section, rendered: what is kept and never kept, everything stored
// shown in full, the export button, and "Delete everything" with its in-page confirmation.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { NudgeRecord } from '../../../src/storage/history.ts';
import { Privacy, type PrivacyProps } from '../../../src/ui/options/Privacy.tsx';
import { demoConfig } from './helpers.tsx';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.unstubAllGlobals();
});

function mount(overrides: Partial<PrivacyProps> = {}) {
  const props: PrivacyProps = { data: DATA, onExport: vi.fn(), onDeleteAll: vi.fn(async () => undefined), ...overrides };
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(<Privacy {...props} />, container));
  cleanup = () => {
    render(null, container);
    container.remove();
  };
  return { root: container, props };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (root: Element, label: string) => [...root.querySelectorAll('button')].find((b) => text(b) === label)!;
const click = (el: HTMLElement) => act(() => el.click());

const CONFIG = demoConfig();
const SCHOOL = { key: 'https://brooklane.example.sch.uk/schoolgate.json', config: CONFIG, addedAt: new Date(2026, 10, 1, 9, 30).getTime(), from: 'https://brooklane.example.sch.uk/schoolgate.json' };
const HISTORY: NudgeRecord[] = [
  { id: 1, at: new Date(2026, 10, 17, 8, 5).getTime(), site: 'facebook', school: CONFIG.school.name, clauses: ['2.1', '2.2'], concerns: ['complaint', 'defamation'], choice: 'edit' },
  { id: 2, at: new Date(2026, 10, 18, 21, 40).getTime(), site: 'whatsapp', school: CONFIG.school.name, clauses: [], concerns: ['abuse'], choice: 'false-alarm' },
];
const DATA: PrivacyProps['data'] = {
  storage: {
    schools: [SCHOOL],
    settings: { implicit: false, pausedUntil: 0, off: ['facebook', 'x'] },
    extraSites: [{ origin: 'https://forum.example.com', adapter: 'generic' }],
    somethingNewer: { a: 1 },
  },
  history: HISTORY,
};

describe('what is kept, in plain words', () => {
  test('what is stored, and that drafts are never stored or sent', () => {
    const { root } = mount();
    expect(text(root.querySelector('h2'))).toBe('Your data');
    const lists = [...root.querySelectorAll('section > ul')].map((ul) => [...ul.children].map(text));
    expect(lists[0]).toHaveLength(3);
    expect(lists[0]![2]).toContain('A history of nudges');
    expect(lists[1]![0]).toBe('The words of your drafts. They are checked on this device when you post, and never stored or sent anywhere.');
    expect(lists[1]![1]).toContain('no account, no server, no analytics and no tracking');
  });

  test('while the data is read: a plain message, and nothing to export yet', () => {
    const { root } = mount({ data: null });
    expect(root.textContent).toContain('Loading what is stored…');
    expect(button(root, 'Export as JSON').disabled).toBe(true);
  });
});

describe('everything stored, in full', () => {
  test('schools by name, with when and where from, and the whole config behind a disclosure', () => {
    const { root } = mount();
    const item = root.querySelector('.sg-p-schools li')!;
    expect(text(item.querySelector('strong'))).toBe('Brook Lane Primary School');
    expect(text(item)).toContain('Added 1 Nov 2026, 09:30');
    expect(text(item)).toContain('Loaded from https://brooklane.example.sch.uk/schoolgate.json');
    const details = item.querySelector('details')!;
    expect(text(details.querySelector('summary'))).toBe('The config for Brook Lane Primary School, in full');
    const pre = details.querySelector('pre')!;
    expect(JSON.parse(pre.textContent!)).toEqual(JSON.parse(JSON.stringify(SCHOOL)));
    expect(pre.getAttribute('tabindex')).toBe('0');
  });

  test('settings in words, the sites turned on, and anything else stored as it is', () => {
    const { root } = mount();
    const settings = [...root.querySelectorAll('.sg-p-settings dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(settings).toEqual([
      ['Also notice unnamed references', 'Off'],
      ['Paused until', 'Not paused'],
      ['Sites turned off', 'Facebook, X'],
    ]);
    expect([...root.querySelectorAll('.sg-p-extra li')].map(text)).toEqual(['https://forum.example.com']);
    const other = [...root.querySelectorAll('h4')].find((h) => text(h) === 'Other stored items')!;
    expect(JSON.parse(other.nextElementSibling!.textContent!)).toEqual({ somethingNewer: { a: 1 } });
  });

  test('a pause is shown with its end', () => {
    const { root } = mount({ data: { storage: { settings: { implicit: true, pausedUntil: new Date(2026, 10, 22, 7, 0).getTime(), off: [] } }, history: [] } });
    const settings = [...root.querySelectorAll('.sg-p-settings dd')].map(text);
    expect(settings).toEqual(['On', '22 Nov 2026, 07:00', 'None']);
  });

  test('the history: how many, and every record in a table, in words', () => {
    const { root } = mount();
    expect(text(root.querySelector('.sg-p-count'))).toBe('Nudges stored: 2.');
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).toBe('Every nudge stored, oldest first');
    expect([...table.querySelectorAll('thead th')].map(text)).toEqual(['Date', 'Site', 'School', 'Clauses', 'Concern', 'What you chose']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text))).toEqual([
      ['17 Nov 2026, 08:05', 'Facebook', 'Brook Lane Primary School', '2.1, 2.2', 'complaint, damaging claim', 'Edited'],
      ['18 Nov 2026, 21:40', 'WhatsApp', 'Brook Lane Primary School', '', 'insult', 'Not about my school'],
    ]);
  });

  test('nothing stored: each part says so', () => {
    const { root } = mount({ data: { storage: {}, history: [] } });
    const stored = text(root.querySelector('.sg-p-stored'));
    expect(stored).toContain('No schools added.');
    expect(stored).toContain('None stored: the defaults apply.');
    expect(stored).toContain('Nudges stored: 0.');
    expect(root.querySelector('table')).toBeNull();
    expect(stored).not.toContain('Other stored items');
  });
});

describe('export', () => {
  test('the button calls onExport', () => {
    const { root, props } = mount();
    click(button(root, 'Export as JSON'));
    expect(props.onExport).toHaveBeenCalledTimes(1);
  });
});

describe('delete everything', () => {
  test('asks first, in the page: nothing is deleted until the parent confirms', () => {
    const confirmSpy = vi.fn(() => true);
    vi.stubGlobal('confirm', confirmSpy);
    const { root, props } = mount();
    const del = button(root, 'Delete everything');
    expect(del.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.sg-p-confirm')).toBeNull();

    click(del);
    const panel = root.querySelector<HTMLElement>('.sg-p-confirm')!;
    expect(panel.id).toBe(del.getAttribute('aria-controls'));
    expect(del.getAttribute('aria-expanded')).toBe('true');
    expect(text(panel.querySelector('h3'))).toBe('Delete everything?');
    expect(text(panel)).toContain('It cannot be undone.');
    expect(document.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent).toBe('Delete everything?');
    expect(document.getElementById(panel.getAttribute('aria-describedby')!)?.textContent).toContain('It cannot be undone.');
    expect(document.activeElement).toBe(panel);
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    expect(confirmSpy).not.toHaveBeenCalled();
  });

  test('Cancel closes the question, deletes nothing, and puts focus back on the button', () => {
    const { root, props } = mount();
    const del = button(root, 'Delete everything');
    click(del);
    click(button(root, 'Cancel'));
    expect(root.querySelector('.sg-p-confirm')).toBeNull();
    expect(document.activeElement).toBe(del);
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    expect(text(root.querySelector('[role="status"]'))).toBe('');
  });

  test('Escape in the question cancels too', () => {
    const { root, props } = mount();
    click(button(root, 'Delete everything'));
    const panel = root.querySelector<HTMLElement>('.sg-p-confirm')!;
    act(() => {
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('.sg-p-confirm')).toBeNull();
    expect(props.onDeleteAll).not.toHaveBeenCalled();
  });

  test('confirming deletes once, says so while it works, then announces the result', async () => {
    let finish!: () => void;
    const onDeleteAll = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { root } = mount({ onDeleteAll });
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');

    click(button(root, 'Delete everything'));
    click(button(root, 'Yes, delete everything'));
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
    expect(text(status)).toBe('Deleting…');
    expect(button(root, 'Yes, delete everything').disabled).toBe(true);
    expect(button(root, 'Delete everything').disabled).toBe(true);

    await act(async () => finish());
    expect(text(status)).toBe('Everything was deleted.');
    expect(root.querySelector('[role="status"]')).toBe(status);
    expect(root.querySelector('.sg-p-confirm')).toBeNull();
    expect(document.activeElement).toBe(button(root, 'Delete everything'));
  });

  test('a failure is announced in plain words, and the parent can try again', async () => {
    const onDeleteAll = vi.fn(async () => {
      throw new Error('storage is unavailable');
    });
    const { root } = mount({ onDeleteAll });
    click(button(root, 'Delete everything'));
    await act(async () => button(root, 'Yes, delete everything').click());
    expect(text(root.querySelector('[role="status"]'))).toBe('Not everything could be deleted. Please try again.');
    expect(button(root, 'Delete everything').disabled).toBe(false);

    // Asking again clears the old message.
    click(button(root, 'Delete everything'));
    expect(text(root.querySelector('[role="status"]'))).toBe('');
  });

  test('every control is a real button, reachable by keyboard', () => {
    const { root } = mount();
    click(button(root, 'Delete everything'));
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map(text)).toEqual(['Export as JSON', 'Delete everything', 'Yes, delete everything', 'Cancel']);
    expect(buttons.every((b) => b.type === 'button' && b.tabIndex === 0)).toBe(true);
  });
});
