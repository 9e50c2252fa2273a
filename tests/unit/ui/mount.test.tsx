// @vitest-environment happy-dom
// mountInterstitial: one host in the page, an open shadow root with its own styles, focus and
// keys kept inside it, and close() leaving nothing behind.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HOST_TAG, mountInterstitial } from '../../../src/ui/interstitial/mount.tsx';
import { STYLES } from '../../../src/ui/interstitial/styles.ts';
import { key, label, propsFor } from './helpers.tsx';

const hosts = (doc: Document = document) => doc.querySelectorAll(HOST_TAG);

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

function mount(...args: Parameters<typeof mountInterstitial>) {
  const mounted = mountInterstitial(...args);
  close = mounted.close;
  // Never follow a link in a unit test.
  mounted.root.addEventListener('click', (e) => e.preventDefault(), true);
  return mounted;
}

describe('mountInterstitial', () => {
  test('puts exactly one host on <html>, with an open shadow root; close() removes it', () => {
    const { root, close: done } = mount(propsFor());
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0]!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.shadowRoot).toBe(root);
    expect(root.mode).toBe('open');
    expect(root.querySelector('[role="alertdialog"]')).not.toBeNull();
    // Nothing of the dialog is in the page's own DOM.
    expect(document.body.querySelector('[role="alertdialog"]')).toBeNull();
    done();
    expect(hosts()).toHaveLength(0);
    done(); // a second close is harmless
    expect(hosts()).toHaveLength(0);
  });

  test('styles live in the shadow root: isolated host, maximum z-index, dark mode and reduced motion', () => {
    const { root } = mount(propsFor());
    // A constructed sheet, which a site's CSP style-src cannot block.
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.adoptedStyleSheets[0]!.cssRules.length).toBeGreaterThan(20);
    expect(root.querySelector('style')).toBeNull();
    expect(STYLES).toMatch(/:host\s*{[^}]*all: initial/);
    expect(STYLES).toContain('z-index: 2147483647');
    expect(STYLES).toContain('prefers-color-scheme: dark');
    expect(STYLES).toContain('prefers-reduced-motion: no-preference');
    // No network: no imports, no url(), no web fonts.
    expect(STYLES).not.toMatch(/@import|url\(|@font-face/);
  });

  test('a given document is used, with a <style> fallback where sheets cannot be adopted', () => {
    const doc = document.implementation.createHTMLDocument('other');
    const { root } = mount(propsFor(), { document: doc });
    expect(hosts(doc)).toHaveLength(1);
    expect(hosts()).toHaveLength(0);
    // This document has no window to build a sheet with: the <style> fallback.
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(root.querySelector('style')!.textContent).toBe(STYLES);
  });

  test('focus goes to "Edit my post" inside the shadow root; Tab cycles there and never leaves', () => {
    const { root } = mount(propsFor());
    const host = hosts()[0]!;
    // The page sees only the host as focused; the real focus is inside.
    expect(document.activeElement).toBe(host);
    const edit = root.activeElement as HTMLElement;
    expect(label(edit)).toBe('Edit my post');
    const seen = new Set<Element>();
    for (let i = 0; i < 20; i++) {
      key(root.activeElement!, 'Tab');
      expect(document.activeElement).toBe(host);
      expect(root.contains(root.activeElement)).toBe(true);
      seen.add(root.activeElement!);
    }
    expect(seen.size).toBe(7); // every stop, each reached, then round again
    for (let i = 0; i < 20; i++) {
      key(root.activeElement!, 'Tab', { shiftKey: true });
      expect(root.contains(root.activeElement)).toBe(true);
    }
  });

  test("Escape calls onEdit, and keys in the dialog do not reach the site's own handlers", () => {
    const p = propsFor();
    const { root } = mount(p);
    const siteHandler = vi.fn();
    document.addEventListener('keydown', siteHandler);
    try {
      key(root.activeElement!, 'Escape');
      key(root.activeElement!, 'j');
      expect(p.onEdit).toHaveBeenCalledTimes(1);
      expect(siteHandler).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', siteHandler);
    }
  });

  test('buttons work inside the shadow root and each calls its callback once', () => {
    const p = propsFor();
    const { root } = mount(p);
    const find = (text: string) => [...root.querySelectorAll<HTMLElement>('button, a')].find((b) => label(b) === text)!;
    find('Post anyway').click();
    find('Complaints procedure').click();
    expect(p.onPostAnyway).toHaveBeenCalledTimes(1);
    expect(p.onComplaints).toHaveBeenCalledTimes(1);
    expect(p.onEdit).not.toHaveBeenCalled();
  });

  test('mounting does not touch the selection in the page editor', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.textContent = 'Mrs Whitmore is a liar';
    document.body.append(editor);
    try {
      const range = document.createRange();
      range.setStart(editor.firstChild!, 4);
      range.setEnd(editor.firstChild!, 12);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      mount(propsFor());
      expect(selection.rangeCount).toBe(1);
      expect(selection.toString()).toBe('Whitmore');
    } finally {
      editor.remove();
    }
  });
});
