// Puts the interstitial on a page: a custom element with an open shadow root, so the site's CSS
// cannot reach in and ours cannot leak out, appended to <html> (not <body>, which some sites
// re-render or hide behind their own modals).
import { render } from 'preact';
import { Interstitial, type InterstitialProps } from './Interstitial.tsx';
import { STYLES } from './styles.ts';

export type { InterstitialProps };

export const HOST_TAG = 'schoolgate-interstitial';

export interface MountedInterstitial {
  close(): void;
  root: ShadowRoot;
}

// Events that would otherwise bubble out of the shadow root into the page. Sites' shortcut keys
// (Escape closing a composer, j/k moving the feed) and focus-trap handlers (pulling focus back
// into their own dialog) must not act on what the parent does in ours.
const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'focusin',
  'focusout',
  'mousedown',
  'mouseup',
  'click',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
] as const;

const stop = (event: Event) => event.stopPropagation();

/**
 * Adopts the stylesheet where the browser allows it: a constructed sheet is not subject to a
 * site's Content-Security-Policy style-src, which can block a <style> element. Firefox content
 * scripts can fail to build one for the page (its Xray wrappers), so fall back to <style> there.
 */
function addStyles(root: ShadowRoot, doc: Document): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      const sheet = new Sheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall through to <style>
  }
  const style = doc.createElement('style');
  style.textContent = STYLES;
  root.append(style);
}

export function mountInterstitial(props: InterstitialProps, options: { document?: Document } = {}): MountedInterstitial {
  const doc = options.document ?? document;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root, doc);
  const container = doc.createElement('div');
  root.append(container);
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop);

  // Append first, then render: focus() only works on an element in the document.
  doc.documentElement.append(host);
  render(<Interstitial {...props} />, container);

  let open = true;
  return {
    root,
    close() {
      if (!open) return;
      open = false;
      render(null, container);
      host.remove();
    },
  };
}
