// Shared set-up for the interstitial tests: props built from a real detector run on the demo
// school, a renderer that cleans up, and DOM readers.
import { render } from 'preact';
import { vi } from 'vitest';
import { parseSchoolConfigValue, type SchoolConfig } from '../../../src/config/index.ts';
import { DEMO_CONFIG } from '../../../src/config/presets/index.ts';
import { createDetector } from '../../../src/engine/index.ts';
import { Interstitial, type InterstitialProps } from '../../../src/ui/interstitial/Interstitial.tsx';

export function demoConfig(): SchoolConfig {
  const result = parseSchoolConfigValue(DEMO_CONFIG);
  if (!result.ok) throw new Error('demo config is invalid');
  return result.config;
}

export const DRAFT =
  'Mrs Whitmore is a liar and Brook Lane Primary is a joke. Absolutely disgusting how they treat our kids.';

/** Props as the content script will build them: the detector's result for `draft`, plus the config. */
export function propsFor(draft = DRAFT, overrides: Partial<InterstitialProps> = {}): InterstitialProps {
  const config = demoConfig();
  const result = createDetector(config, { strict: true }).check(draft);
  if (!result.nudge) throw new Error(`no nudge for ${JSON.stringify(draft)}`);
  return {
    draft,
    mentions: result.mentions,
    concerns: result.concerns,
    clauses: result.clauses,
    schoolName: config.school.name,
    code: { title: config.code.title, url: config.code.url },
    complaints: { label: config.complaints.label, url: config.complaints.url, email: config.complaints.email },
    channel: 'post',
    compact: false,
    onEdit: vi.fn(),
    onComplaints: vi.fn(),
    onEmail: vi.fn(),
    onPostAnyway: vi.fn(),
    onFalseAlarm: vi.fn(),
    ...overrides,
  };
}

/** Hand-made props for exact offsets, with no detector involved. */
export function props(overrides: Partial<InterstitialProps> = {}): InterstitialProps {
  return propsFor(DRAFT, { mentions: [], concerns: [], ...overrides });
}

/** Renders into the document (focus needs it) and removes itself after the test. */
export function show(p: InterstitialProps): { container: HTMLElement; panel: HTMLElement; unmount(): void } {
  const container = document.createElement('div');
  document.body.append(container);
  // Never follow a link in a unit test: no network, no new windows.
  container.addEventListener('click', (e) => e.preventDefault(), true);
  render(<Interstitial {...p} />, container);
  const panel = container.querySelector<HTMLElement>('[role="alertdialog"]')!;
  return {
    container,
    panel,
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

/** The draft as shown: the text of the draft box without the "…" gap markers. */
export function shownDraft(scope: ParentNode): string {
  const box = scope.querySelector('.sg-draft-text')!.cloneNode(true) as HTMLElement;
  box.querySelectorAll('.sg-gap').forEach((gap) => gap.remove());
  return box.textContent ?? '';
}

export function key(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** The visible text of buttons and links, without screen-reader-only suffixes. */
export function label(el: Element): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sg-sr').forEach((sr) => sr.remove());
  return (copy.textContent ?? '').trim();
}
