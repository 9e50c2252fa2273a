// @vitest-environment happy-dom
// The builder page's components, rendered with their props: the clauses a pasted code yields,
// live validation with the Foundation's messages, "try a draft" with the real detector, the
// link, the QR code and the letter.
import qrcode from 'qrcode-generator';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseSchoolConfigValue, type SchoolConfig } from '../../../src/config/index.ts';
import { makeSchoolLink } from '../../../src/config/link.ts';
import { PRESETS } from '../../../src/config/presets/index.ts';
import { Builder, type BuilderProps } from '../../../src/ui/builder/Builder.tsx';
import { Letter, letterPoints } from '../../../src/ui/builder/Letter.tsx';
import { qrMatrix, qrPath } from '../../../src/ui/builder/QrCode.tsx';
import { configOf, defaultSignature, emptyState, fieldFor, fileName, restoreState, stateFromConfig } from '../../../src/ui/builder/state.ts';
import { TryDraft } from '../../../src/ui/builder/TryDraft.tsx';
import { parseStaff } from '../../../src/config/policy/index.ts';
import { readFileSync } from 'node:fs';

// (happy-dom's URL cannot resolve a file: URL, so the seeds are read from the project's root)
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

function show(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container!));
  return container;
}

function type(el: Element | null, value: string): void {
  if (!el) throw new Error('no such field');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function click(el: Element | null | undefined): void {
  if (!el) throw new Error('no such button');
  act(() => void (el as HTMLElement).click());
}

const byText = (root: ParentNode, selector: string, text: string | RegExp) =>
  [...root.querySelectorAll(selector)].find((el) => (typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? '')));
const field = (root: ParentNode, id: string) => root.querySelector(`#${id}`);

function builder(overrides: Partial<BuilderProps> = {}) {
  const props: BuilderProps = { today: new Date('2026-09-01T10:00:00Z'), download: vi.fn(), print: vi.fn(), ...overrides };
  return { root: show(<Builder {...props} />), props };
}

function lowAsh(): SchoolConfig {
  const parsed = parseSchoolConfigValue({ ...(PRESETS['low-ash'] as object), source: 'https://lowash.example.sch.uk/schoolgate.json' });
  if (!parsed.ok) throw new Error('preset invalid');
  return parsed.config;
}

describe('Builder', () => {
  test('a pasted seed gives its clauses, each with number, wording and topic boxes', () => {
    const { root } = builder();
    type(field(root, 'code-text'), fixture('seeds/002_e47b2679d26d7f27.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    expect(byText(root, '[role=status] p', 'Clauses found: 22. Check them below.')).toBeTruthy();
    const headings = [...root.querySelectorAll('.clause h4')].map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(['Clause 1.a', 'Clause 1.b', 'Clause 1.c', 'Clause 2.a']);
    expect((field(root, 'clause-4-text') as HTMLTextAreaElement).value).toMatch(/: Complaining about the school's values and methods on social media$/);
    const fieldset = field(root, 'clause-4-topics')!;
    expect(fieldset.querySelector('legend')?.textContent).toBe('What clause 2.b is about');
    const ticked = [...fieldset.querySelectorAll('input:checked')].map((i) => i.parentElement?.textContent);
    expect(ticked).toEqual(['Complaining about the school online']);
    // what the document says fills the empty fields
    expect((field(root, 'code-title') as HTMLInputElement).value).toBe('Social Media Code of Conduct for Parents');
    expect((field(root, 'school-name') as HTMLInputElement).value).toBe('Low Ash Primary School');
    expect((field(root, 'code-approved') as HTMLInputElement).value).toBe('2024-07-17');
  });

  test('finding the clauses again asks before it replaces the list (and the changes made to it)', () => {
    const { root } = builder();
    type(field(root, 'code-text'), fixture('seeds/002_e47b2679d26d7f27.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    type(field(root, 'clause-0-text'), 'Changed by the school.');
    click(byText(root, 'button', 'Find the clauses'));
    expect(root.querySelector('#replace-question')?.textContent).toBe('Finding the clauses again replaces the 22 clauses below, and any changes you made to them. Replace them?');
    click(byText(root, 'button', 'Keep my clauses'));
    expect((field(root, 'clause-0-text') as HTMLTextAreaElement).value).toBe('Changed by the school.');
    expect(root.querySelector('#replace-question')).toBeNull();
    click(byText(root, 'button', 'Find the clauses'));
    click(byText(root, 'button', 'Replace the clauses'));
    expect((field(root, 'clause-0-text') as HTMLTextAreaElement).value).toMatch(/^This policy has due regard/);
  });

  test('live validation: the Foundation\'s problems with their paths, each a link to its field, until none is left', () => {
    const { root } = builder();
    type(field(root, 'code-text'), fixture('seeds/002_e47b2679d26d7f27.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    const problems = () => [...root.querySelectorAll('.problems li')].map((li) => li.textContent);
    expect(problems()).toEqual(['complaints: has neither "url" nor "email" — give the web address of your complaints procedure, an email address, or both']);
    expect(root.querySelector('.problems a')?.getAttribute('href')).toBe('#complaints-url');

    type(field(root, 'complaints-url'), 'http://lowash.example.sch.uk/complaints');
    expect(problems()).toEqual(['complaints.url: "http://lowash.example.sch.uk/complaints" is not secure — only https:// addresses are allowed; use the https:// address of the same page']);
    // and beside the field itself, tied to it for screen readers
    const input = field(root, 'complaints-url')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(field(root, input.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toMatch(/is not secure/);

    type(field(root, 'complaints-url'), 'https://lowash.example.sch.uk/complaints');
    type(field(root, 'clause-0-text'), ' ');
    expect(problems()).toEqual(['code.clauses[0].text: is empty — every clause needs its text, copied word for word from your document']);
    type(field(root, 'clause-0-text'), 'Parents will be kind online.');
    expect(problems()).toEqual([]);
    expect(byText(root, '[role=status]', 'The config is valid and ready to publish.')).toBeTruthy();
  });

  test('"missing" waits for the school to reach a field; a wrong value shows at once', () => {
    const { root } = builder();
    expect(root.querySelector('#school-name-problems')).toBeNull();
    expect(root.querySelectorAll('.problems li').length).toBeGreaterThan(2);
    type(field(root, 'school-website'), 'www.lowash.sch.uk');
    expect(root.querySelector('#school-website-problems')?.textContent).toMatch(/is not a web address/);
    type(field(root, 'school-name'), 'Low Ash');
    type(field(root, 'school-name'), '');
    expect(root.querySelector('#school-name-problems')?.textContent).toMatch(/^is empty — every school needs its full name/);
  });

  test('suggested aliases are added with a press; the schools a document lists with another', () => {
    const { root } = builder();
    type(field(root, 'code-text'), fixture('seeds/001_fe0829aa5663fd13.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    expect((field(root, 'school-name') as HTMLInputElement).value).toBe('Halton Association of Secondary Headteachers');
    click(root.querySelector('[aria-label="Add “HASH” to the other names"]'));
    expect((field(root, 'school-aliases') as HTMLInputElement).value).toBe('HASH');
    click(byText(root, 'button', 'Use the schools listed in the document (14)'));
    expect((field(root, 'schools') as HTMLTextAreaElement).value.split('\n')).toHaveLength(14);
  });

  test('downloads the valid config as JSON, shows the link, its QR code and the letter button', () => {
    const download = vi.fn();
    const { root } = builder({ download });
    type(field(root, 'code-text'), fixture('seeds/002_e47b2679d26d7f27.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    type(field(root, 'complaints-email'), 'office@lowash.example.sch.uk');
    expect(root.querySelector('#school-link')).toBeNull();
    type(field(root, 'source'), 'https://lowash.example.sch.uk/schoolgate.json');
    click(byText(root, 'button', 'Download low-ash-primary-school-schoolgate.json'));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, json] = download.mock.calls[0] as [string, string];
    expect(name).toBe('low-ash-primary-school-schoolgate.json');
    const parsed = parseSchoolConfigValue(JSON.parse(json));
    expect(parsed.ok && parsed.config.complaints.email).toBe('office@lowash.example.sch.uk');
    const link = makeSchoolLink('https://lowash.example.sch.uk/schoolgate.json');
    expect((field(root, 'school-link') as HTMLInputElement).value).toBe(link);
    expect(root.querySelector('svg.qr')?.getAttribute('data-qr-text')).toBe(link);
    expect(byText(root, 'button', 'Open the letter to parents')).toBeTruthy();
  });

  test('the letter view and back; answers saved, and restored on the next visit', () => {
    const save = vi.fn();
    const { root } = builder({ save });
    type(field(root, 'code-text'), fixture('seeds/002_e47b2679d26d7f27.txt'));
    click(byText(root, 'button', 'Find the clauses'));
    type(field(root, 'complaints-email'), 'office@lowash.example.sch.uk');
    type(field(root, 'source'), 'https://lowash.example.sch.uk/schoolgate.json');
    type(field(root, 'staff'), 'Mrs Joanne Harper, Headteacher');
    click(byText(root, 'button', 'Open the letter to parents'));
    expect(root.querySelector('article.letter h1')?.textContent).toBe("A moment's pause before posting about school");
    expect(root.querySelector('.letter-signature')?.textContent).toBe('Mrs Joanne HarperHeadteacher');
    click(byText(root, 'button', 'Back to the config'));
    expect(field(root, 'source')).toBeTruthy();

    const last = save.mock.calls.at(-1)![0];
    if (container) render(null, container);
    const again = builder({ initial: restoreState(JSON.parse(JSON.stringify(last)), '2026-09-02') });
    expect((field(again.root, 'complaints-email') as HTMLInputElement).value).toBe('office@lowash.example.sch.uk');
    expect(again.root.querySelectorAll('.clause')).toHaveLength(22);
    click(byText(again.root, 'button', 'Start again with an empty form'));
    expect(again.root.querySelectorAll('.clause')).toHaveLength(0);
  });
});

describe('TryDraft', () => {
  test('a flagged draft mounts the real interstitial with the detector\'s result and the school\'s route', () => {
    const mounted = { close: vi.fn(), root: {} as ShadowRoot };
    const mount = vi.fn(() => mounted);
    const root = show(<TryDraft config={lowAsh()} mount={mount} />);
    type(field(root, 'try-draft'), 'Low Ash is a disgrace and the head lies to parents');
    click(byText(root, 'button', 'Show what a parent would see'));
    expect(mount).toHaveBeenCalledTimes(1);
    const props = (mount.mock.calls[0] as unknown as [Record<string, unknown>])[0];
    expect(props.schoolName).toBe('Low Ash Primary School');
    expect(props.draft).toBe('Low Ash is a disgrace and the head lies to parents');
    expect((props.clauses as { id: string }[]).length).toBeGreaterThan(0);
    expect(props.complaints).toEqual({ url: 'https://lowash.example.sch.uk/policies/complaints', label: undefined });
    expect(props.channel).toBe('post');
    act(() => (props.onEdit as () => void)());
    expect(mounted.close).toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('try-draft');
  });

  test('a fine draft is let through, and says so; without a valid config it explains', () => {
    const mount = vi.fn();
    const root = show(<TryDraft config={lowAsh()} mount={mount} />);
    type(field(root, 'try-draft'), 'Lovely sports day today at Low Ash!');
    click(byText(root, 'button', 'Show what a parent would see'));
    expect(mount).not.toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/^Schoolgate would let this draft through without a pause/);
    render(null, container!);
    const none = show(<TryDraft config={null} />);
    expect(none.textContent).toBe('Once the check above has nothing left to fix, you can try a draft here.');
  });
});

describe('Letter', () => {
  test('the link, its QR code, the privacy note, the route; the code\'s asks for the topics it has', () => {
    const config = lowAsh();
    const link = makeSchoolLink(config.source!);
    const root = show(<Letter config={config} link={link} date={new Date('2026-09-01')} signedBy="Mrs Joanne Harper, Headteacher" />);
    expect(root.querySelector('.letter-date')?.textContent).toBe('1 September 2026');
    expect(root.querySelector('.letter-link a')?.getAttribute('href')).toBe(link);
    expect(root.querySelector('svg.letter-qr')?.getAttribute('aria-label')).toBe('QR code: the link to add Low Ash Primary School to Schoolgate');
    const privacy = [...root.querySelectorAll('.letter-privacy li')].map((li) => li.textContent);
    expect(privacy[0]).toMatch(/^What you write never leaves your device\./);
    expect(privacy.join(' ')).toMatch(/no account/);
    expect(privacy.join(' ')).toMatch(/no tracking/);
    expect(root.textContent).toContain('please use our complaints procedure: https://lowash.example.sch.uk/policies/complaints');
    expect(root.querySelectorAll('ul')[0]?.children).toHaveLength(5);
  });

  test('only what the clauses are about is listed', () => {
    const config = lowAsh();
    const onlyAbuse = { ...config, code: { ...config.code, clauses: config.code.clauses.filter((c) => c.topics.includes('abuse')) } };
    expect(letterPoints(onlyAbuse)).toEqual(['letterPointAbuse']);
  });
});

describe('QR code', () => {
  test('the drawn modules are exactly qrcode-generator\'s for the link', () => {
    const link = makeSchoolLink('https://lowash.example.sch.uk/schoolgate.json');
    const matrix = qrMatrix(link);
    const qr = qrcode(0, 'M');
    qr.addData(link, 'Byte');
    qr.make();
    expect(matrix.length).toBe(qr.getModuleCount());
    // read the path back into cells: every run "M x y h n v1 h -n z" fills n cells of a row
    const cells = new Set<string>();
    for (const m of qrPath(matrix, 4).matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
      for (let i = 0; i < Number(m[3]); i++) cells.add(`${Number(m[2]) - 4},${Number(m[1]) - 4 + i}`);
    }
    let dark = 0;
    for (let r = 0; r < matrix.length; r++) {
      for (let c = 0; c < matrix.length; c++) {
        expect(cells.has(`${r},${c}`)).toBe(qr.isDark(r, c));
        if (qr.isDark(r, c)) dark++;
      }
    }
    expect(cells.size).toBe(dark);
  });
});

describe('opening a config made before', () => {
  const reparse = (value: unknown) => {
    const parsed = parseSchoolConfigValue(value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.config;
  };

  test.each(['tests/fixtures/configs/full.json', 'src/config/presets/halton-secondary.json', 'src/config/presets/demo.json'])(
    '%s: every field comes back, only the date moves on',
    (path) => {
      const original = reparse(JSON.parse(readFileSync(path, 'utf8')));
      const again = reparse(configOf(stateFromConfig(original, '2026-10-01')));
      expect(again.published).toBe('2026-10-01');
      expect({ ...again, published: original.published }).toEqual(original);
    },
  );

  test('through the page: the file fills the form; a file that is not a config says why', async () => {
    const { root } = builder();
    const input = [...root.querySelectorAll<HTMLInputElement>('input[type=file]')].find((i) => i.accept.includes('.json'))!;
    const choose = async (name: string, text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 20));
      });
    };
    await choose('notes.json', '{"hello": 1}');
    expect(root.querySelector('.intro [role=status]')?.textContent).toMatch(/^notes\.json is not a config this page can open: \(file\): is not a Schoolgate school config/);
    await choose('schoolgate.json', readFileSync('tests/fixtures/configs/full.json', 'utf8'));
    expect(root.querySelector('.intro [role=status]')?.textContent).toMatch(/^Opened schoolgate\.json/);
    expect((field(root, 'school-name') as HTMLInputElement).value).toBe('Hollins Green Primary School');
    expect((field(root, 'staff') as HTMLTextAreaElement).value.split('\n')[0]).toBe('Mrs Alison Brennan, Headteacher, known as: Mrs B');
    expect(root.querySelectorAll('.clause')).toHaveLength(2);
  });
});

describe('builder state', () => {
  test('problem paths lead to field ids', () => {
    expect(fieldFor('code.clauses[3].topics')).toBe('clause-3-topics');
    expect(fieldFor('code.clauses[12].id')).toBe('clause-12-id');
    expect(fieldFor('code.clauses')).toBe('code-text');
    expect(fieldFor('complaints')).toBe('complaints-url');
    expect(fieldFor('school.aliases[2]')).toBe('school-aliases');
    expect(fieldFor('staff[4].name')).toBe('staff');
    expect(fieldFor('format')).toBeUndefined();
  });

  test('the head signs the letter; the file is named after the school', () => {
    expect(defaultSignature(parseStaff('Mr Tom Wood, Deputy Headteacher\nMrs Joanne Harper, Headteacher'))).toBe('Mrs Joanne Harper, Headteacher');
    expect(defaultSignature(parseStaff('Mr Tom Wood, Year 4 teacher'))).toBe('');
    expect(fileName({ ...emptyState('2026-09-01'), schoolName: "St Chad's Catholic High School" })).toBe('st-chads-catholic-high-school-schoolgate.json');
    expect(fileName(emptyState('2026-09-01'))).toBe('schoolgate.json');
  });

  test('restoring saved answers keeps only what has the right shape', () => {
    expect(restoreState(null, '2026-09-01')).toBeNull();
    expect(restoreState('text', '2026-09-01')).toBeNull();
    const restored = restoreState({ schoolName: 'Low Ash', source: 42, clauses: [{ id: '1', text: 'Be kind.', topics: ['general'] }, { id: 2 }, null] }, '2026-09-01')!;
    expect(restored.schoolName).toBe('Low Ash');
    expect(restored.source).toBe('');
    expect(restored.published).toBe('2026-09-01');
    expect(restored.clauses.map((c) => [c.id, c.text])).toEqual([['1', 'Be kind.']]);
  });
});
