// Lint: the TypeScript rules, and the layering rule that keeps the detector (src/engine) and the
// config parser (src/config) pure, so they run in Node, in a worker or on any page.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules the pure layers may not import: the browser, the DOM, storage, UI, Node. */
export const PURE_FORBIDDEN_IMPORTS = [
  { group: ['wxt', 'wxt/*', '#imports'], message: 'src/engine and src/config must not use the extension APIs.' },
  { group: ['webextension-polyfill', '@wxt-dev/*'], message: 'src/engine and src/config must not use the extension APIs.' },
  { group: ['idb', 'idb/*'], message: 'Storage belongs in src/storage, not in the pure layers.' },
  { group: ['preact', 'preact/*', '@preact/*', 'react', 'react-dom'], message: 'UI belongs in src/ui, not in the pure layers.' },
  {
    group: ['**/storage/**', '**/ui/**', '**/composer/**', '**/sites/**', '**/entrypoints/**', '**/cli/**', '**/messages.ts'],
    message: 'src/engine and src/config may import only each other and plain libraries.',
  },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url'], message: 'The pure layers must run outside Node too.' },
];

/** Globals of the browser, the DOM and Node that the pure layers may not touch. */
export const PURE_FORBIDDEN_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'sessionStorage',
  'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket', 'Element', 'HTMLElement', 'Node', 'MutationObserver',
  'getComputedStyle', 'requestAnimationFrame', 'process', 'require', 'Buffer', 'global', '__dirname',
].map((name) => ({ name, message: 'src/engine and src/config must not use browser, DOM or Node globals.' }));

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/engine/**', 'src/config/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: PURE_FORBIDDEN_IMPORTS }],
      'no-restricted-globals': ['error', ...PURE_FORBIDDEN_GLOBALS],
    },
  },
  {
    // The fixture pages (stand-ins for the sites' composers) are plain browser JS and JSX.
    files: ['tests/fixtures/sites/**/*.{js,jsx}'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    // Command-line tools and dev scripts print to the terminal.
    files: ['src/cli/**', 'src/dev/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
);
