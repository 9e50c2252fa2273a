// The interstitial's stylesheet, injected into its shadow root: no external CSS, fonts or network.
// A calm pause, not a telling-off: neutral panel, soft highlights, one blue primary action.
//
// Sizes are in em, not rem: rem follows the site's <html> font size (often 62.5%), whereas em
// here follows the host, which `all: initial` resets to `medium` — the browser's default size,
// so a parent's own font-size setting still applies.
// Colours meet WCAG AA (4.5:1 for text, 3:1 for focus rings and borders) in light and dark.
export const STYLES = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
}

*, *::before, *::after { box-sizing: border-box; }

.sg-backdrop {
  --sg-bg: #ffffff;
  --sg-text: #1f2328;
  --sg-muted: #555f6d;
  --sg-border: #7d8590;
  --sg-link: #1a5fb4;
  --sg-accent: #1a5fb4;
  --sg-accent-text: #ffffff;
  --sg-focus: #1a5fb4;
  --sg-name-bg: #dbe9fb;
  --sg-concern-bg: #fdf0c4;
  --sg-concern-line: #8a6100;
  --sg-quote-bg: #f3f5f7;
  --sg-quote-line: #8c959f;
  --sg-scrim: rgb(15 20 25 / 0.55);

  position: fixed;
  inset: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 1em;
  background: var(--sg-scrim);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: medium;
  line-height: 1.5;
  color: var(--sg-text);
  text-align: start;
  -webkit-text-size-adjust: 100%;
}

@media (prefers-color-scheme: dark) {
  .sg-backdrop {
    --sg-bg: #1e2228;
    --sg-text: #e8eaed;
    --sg-muted: #b0b8c1;
    --sg-border: #6e7781;
    --sg-link: #8ab4f8;
    --sg-accent: #8ab4f8;
    --sg-accent-text: #0d1b2e;
    --sg-focus: #8ab4f8;
    --sg-name-bg: #1d3557;
    --sg-concern-bg: #4a3b0b;
    --sg-concern-line: #f0c14b;
    --sg-quote-bg: #262b33;
    --sg-quote-line: #6e7781;
    --sg-scrim: rgb(0 0 0 / 0.7);
  }
}

/* A subtle fade in, only for those who have not asked for less motion. */
@media (prefers-reduced-motion: no-preference) {
  .sg-backdrop { animation: sg-fade 160ms ease-out; }
}
@keyframes sg-fade { from { opacity: 0; } }

.sg-panel {
  position: relative;
  display: flex;
  flex-direction: column;
  width: 100%;
  max-width: 36em;
  /* Never taller than the window: the body scrolls inside the panel, never the page. */
  max-height: 100%;
  overflow: hidden;
  border-radius: 0.75em;
  background: var(--sg-bg);
  color: var(--sg-text);
  box-shadow: 0 0.75em 2.5em rgb(0 0 0 / 0.3);
  color-scheme: light dark;
}
.sg-body {
  position: relative;
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 1.5em 1.5em 0.5em;
}
/* The actions stay in view below the scrolling body, so "Edit", focused on open, is visible. */
.sg-footer {
  flex: none;
  padding: 0.75em 1.5em 1em;
  border-top: 1px solid var(--sg-quote-bg);
}
/* A short window (200% zoom on a laptop): pinned actions would leave no room to read, so the
   whole panel scrolls instead. */
@media (max-height: 30em) {
  .sg-panel { display: block; overflow: auto; overscroll-behavior: contain; }
  .sg-body { overflow: visible; }
}

h2 { margin: 0 0 0.5em; font-size: 1.3em; font-weight: 600; line-height: 1.3; }
h3 { margin: 1.25em 0 0.5em; font-size: 1em; font-weight: 600; }
p { margin: 0.5em 0; }
ul { margin: 0.25em 0; padding-inline-start: 1.25em; }
figure { margin: 0.75em 0; }
figcaption { font-size: 0.875em; color: var(--sg-muted); }

.sg-summary p { margin-top: 0; }

.sg-draft figcaption { margin-bottom: 0.25em; }
.sg-draft-text {
  margin: 0;
  padding: 0.75em 1em;
  border: 1px solid var(--sg-border);
  border-radius: 0.5em;
  /* Shown as typed: line breaks kept, long words and links wrapped at 360px. */
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.sg-gap { color: var(--sg-muted); }
.sg-note { font-size: 0.875em; color: var(--sg-muted); }

mark {
  color: inherit;
  background: transparent;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
/* Names: bold and underlined; the phrases behind a concern: tinted with a dotted line. Shape as
   well as colour, so the two differ without colour too (and in forced-colours mode). */
.sg-name {
  background: var(--sg-name-bg);
  font-weight: 600;
  text-decoration: underline 0.125em;
  text-underline-offset: 0.2em;
}
.sg-concern {
  background: var(--sg-concern-bg);
  border-bottom: 0.125em dotted var(--sg-concern-line);
}
/* What a screen reader announces before a highlight ("name: ", "complaint: "), hidden from view;
   generated content so the marks' own text stays exactly the draft's. */
mark[data-label]::before {
  content: attr(data-label) ": ";
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.sg-legend { font-size: 0.875em; color: var(--sg-muted); }
.sg-legend mark { color: var(--sg-text); padding: 0 0.25em; }

.sg-clause { margin: 0.5em 0 0.75em; }
blockquote {
  margin: 0;
  padding: 0.5em 1em;
  border-inline-start: 0.25em solid var(--sg-quote-line);
  background: var(--sg-quote-bg);
  /* Quoted verbatim, line breaks included. */
  white-space: pre-wrap;
}
blockquote p { margin: 0; }
.sg-clause figcaption { margin-top: 0.25em; }

a { color: var(--sg-link); text-underline-offset: 0.15em; }
summary { cursor: pointer; color: var(--sg-link); }
details { margin: 0.75em 0; }
details > :not(summary) { margin-inline-start: 1em; }

.sg-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5em;
}
.sg-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 2.75em;
  padding: 0.5em 1em;
  border: 1px solid var(--sg-border);
  border-radius: 0.5em;
  background: var(--sg-bg);
  color: var(--sg-link);
  font: inherit;
  text-align: center;
  text-decoration: none;
  cursor: pointer;
}
.sg-primary {
  border-color: var(--sg-accent);
  background: var(--sg-accent);
  color: var(--sg-accent-text);
  font-weight: 600;
}
.sg-quiet { color: var(--sg-text); }
.sg-false-alarm { margin: 0.5em 0 0; }
.sg-text-button {
  padding: 0.25em 0;
  border: 0;
  background: none;
  color: var(--sg-muted);
  font: inherit;
  font-size: 0.875em;
  text-decoration: underline;
  cursor: pointer;
}

:focus-visible { outline: 0.1875em solid var(--sg-focus); outline-offset: 0.125em; }

.sg-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

/* Repeat nudges: tighter, the concerns on one line. */
.sg-compact .sg-body { padding: 1.25em 1.25em 0.25em; }
.sg-compact .sg-footer { padding: 0.75em 1.25em 1em; }
.sg-compact h2 { font-size: 1.125em; }
.sg-compact .sg-concerns { padding: 0; list-style: none; }
.sg-compact .sg-concerns li { display: inline; }
.sg-compact .sg-concerns li + li::before { content: " "; }

/* Narrow windows (a 360px phone-sized window, or 200% zoom on a small screen): full-width panel,
   buttons stacked. */
@media (max-width: 30em) {
  .sg-backdrop { padding: 0; }
  .sg-panel { max-width: none; border-radius: 0; }
  .sg-body, .sg-compact .sg-body { padding: 1em 1em 0.5em; }
  .sg-footer, .sg-compact .sg-footer { padding: 0.75em 1em; }
  .sg-actions { flex-direction: column; align-items: stretch; }
}
`;
