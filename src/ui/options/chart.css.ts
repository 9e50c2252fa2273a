// Styles for the options page's History and Privacy sections. Each component renders its own
// <style>, so it looks right in whatever page holds it. Class names are prefixed (sg-h-, sg-p-).
//
// The outcome colours are from Okabe and Ito's palette for colour-blind readers, with a lighter
// set for dark mode; each stands out from the page by at least 3:1 (WCAG 1.4.11), and each has
// its own pattern and label as well, so colour is never the only cue.
export const HISTORY_CSS = `
.sg-h {
  --sg-h-edited: #0072b2;
  --sg-h-complaints: #007a5a;
  --sg-h-posted: #c24f00;
  --sg-h-false-alarm: #6e7781;
  --sg-h-ink: rgb(255 255 255 / 0.85);
  --sg-h-grid: #d0d7de;
  --sg-h-bg: Canvas;
  --sg-h-muted: #555f6d;
  max-width: 40em;
}
@media (prefers-color-scheme: dark) {
  .sg-h {
    --sg-h-edited: #56b4e9;
    --sg-h-complaints: #3fbf94;
    --sg-h-posted: #e69f00;
    --sg-h-false-alarm: #9aa4ae;
    --sg-h-ink: rgb(0 0 0 / 0.6);
    --sg-h-grid: #444c56;
    --sg-h-muted: #b0b8c1;
  }
}
.sg-h-muted { color: var(--sg-h-muted); }
.sg-h-figure { font-size: 1.25em; font-weight: 600; margin: 0.5em 0 0.25em; }
.sg-h-filter { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0.5em 0; }
.sg-h-chart { display: block; width: 100%; max-width: 32em; height: auto; margin: 0.75em 0 0.25em; }
.sg-h-chart text { fill: currentColor; font: 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.sg-h-grid { stroke: var(--sg-h-grid); stroke-width: 1; }
.sg-h-axis { stroke: currentColor; stroke-width: 1; }
.sg-h-seg { stroke: var(--sg-h-bg); stroke-width: 1; }
.sg-h-edited { fill: var(--sg-h-edited); }
.sg-h-complaints { fill: var(--sg-h-complaints); }
.sg-h-posted { fill: var(--sg-h-posted); }
.sg-h-falseAlarm { fill: var(--sg-h-false-alarm); }
.sg-h-mark { stroke: var(--sg-h-ink); fill: none; stroke-width: 1.5; }
.sg-h-dot { fill: var(--sg-h-ink); }
.sg-h-legend { display: flex; flex-wrap: wrap; gap: 0.25em 1em; list-style: none; padding: 0; margin: 0.25em 0 0.75em; }
.sg-h-legend li { display: flex; align-items: center; gap: 0.4em; }
.sg-h-legend svg { flex: none; border: 1px solid currentColor; }
.sg-h-table-wrap { overflow-x: auto; }
.sg-h-table-wrap:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.sg-h table { border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; }
.sg-h caption { text-align: start; font-weight: 600; padding: 0.25em 0; }
.sg-h th, .sg-h td { padding: 0.25em 0.5em; border-bottom: 1px solid var(--sg-h-grid); text-align: end; }
.sg-h th[scope="row"], .sg-h thead th:first-child { text-align: start; white-space: nowrap; }
.sg-h tfoot th, .sg-h tfoot td { font-weight: 600; }
.sg-h summary { cursor: pointer; }
`;

export const PRIVACY_CSS = `
.sg-p { max-width: 40em; }
.sg-p-muted { color: #555f6d; }
@media (prefers-color-scheme: dark) { .sg-p-muted { color: #b0b8c1; } }
.sg-p pre {
  max-height: 20em;
  overflow: auto;
  padding: 0.5em;
  border: 1px solid #8c959f;
  border-radius: 4px;
  font-size: 0.85em;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.sg-p pre:focus-visible, .sg-p-table-wrap:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.sg-p dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(6em, 1fr); gap: 0.25em 1em; margin: 0.5em 0; }
.sg-p dt { font-weight: 600; }
.sg-p dd { margin: 0; overflow-wrap: anywhere; }
.sg-p-table-wrap { overflow-x: auto; max-height: 24em; }
.sg-p table { border-collapse: collapse; font-size: 0.9em; }
.sg-p caption { text-align: start; font-weight: 600; padding: 0.25em 0; }
.sg-p th, .sg-p td { padding: 0.25em 0.5em; border-bottom: 1px solid #8c959f; text-align: start; vertical-align: top; }
.sg-p-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 1em 0; }
.sg-p-confirm { border: 2px solid #b3261e; border-radius: 6px; padding: 0.75em 1em; margin: 1em 0; }
@media (prefers-color-scheme: dark) { .sg-p-confirm { border-color: #f2b8b5; } }
.sg-p-confirm:focus-visible { outline: 2px solid Highlight; outline-offset: 2px; }
.sg-p-confirm h3 { margin-top: 0; }
.sg-p summary { cursor: pointer; }
.sg-p ul.sg-p-list { padding-inline-start: 1.25em; }
.sg-p li { overflow-wrap: anywhere; }
`;
