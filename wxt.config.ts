import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { ALL_MATCHES } from './src/sites/catalogue.ts';

// Dev builds (`npm start`) also run on http://localhost so the demo page can show the product
// without touching a real site. Production builds never ask for localhost.
const DEV_ONLY_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * The end-to-end build (`wxt build --mode e2e`) is the production build plus three test hosts
 * already granted, as if the parent had said yes to the browser's prompt (which cannot be clicked
 * in a test): a forum for the generic adapter, another Mastodon instance, and the stand-in
 * school website a config is imported from.
 */
const E2E_GRANTED = ['https://forum.example.com/*', 'https://social.example.net/*', 'https://brooklane.example.sch.uk/*'];

/**
 * webextension-polyfill is a UMD file. Imported as it is, the bundler wraps it as CommonJS and
 * copies its export property by property, which makes the browser build every extension API
 * object (runtime, storage, i18n, …) the moment a page loads. Given a `module` of its own and an
 * `export default`, it is an ES module: the same code, run once, and `browser` is its export as it
 * is. (The check that this happened: `npm run bench:browser`, start cost.)
 */
function polyfillAsModule(): Plugin {
  return {
    name: 'schoolgate:polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id.split('?')[0]!)) return null;
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

export default defineConfig({
  // One `browser` API everywhere: webextension-polyfill, through WXT's module.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [polyfillAsModule(), preact()],
  }),
  manifest: ({ mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    // scripting: to register the content script on sites the parent turns on, and only those.
    permissions: ['storage', 'alarms', 'scripting'],
    // Another site is asked for at the moment the parent turns it on, one origin at a time.
    // (Firefox's MV2 manifest has no optional_host_permissions: hosts go in optional_permissions.)
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // The guard (loaded by the content script on the page's first use) and the detector and
    // interstitial (on a composer's first use). A per-session dynamic URL, so no page can probe
    // for them.
    web_accessible_resources: [{ resources: ['guard.js', 'lazy.js'], matches: ['https://*/*', ...(mode === 'development' ? DEV_ONLY_MATCHES : [])], use_dynamic_url: true }],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    // WXT turns `action` into MV2's browser_action but leaves out the icon
    ...(manifestVersion === 2 ? { browser_action: { default_title: '__MSG_extName__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } } } : {}),
    ...(mode === 'development' ? { host_permissions: DEV_ONLY_MATCHES } : mode === 'e2e' ? { host_permissions: E2E_GRANTED } : {}),
    browser_specific_settings: {
      gecko: {
        id: 'schoolgate@schoolgate.example',
        strict_min_version: '115.0',
        // Nothing is collected or transmitted: drafts are checked on the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script (entrypoints/watch.ts) is built as a plain script and declared here
      // rather than through defineContentScript: WXT's content-script runtime would cost every
      // watched page about a millisecond at start, for features it does not use.
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: [...ALL_MATCHES], js: ['watch.js'], run_at: 'document_start' }];
      if (wxt.config.mode !== 'development') return;
      for (const script of manifest.content_scripts) {
        script.matches = [...(script.matches ?? []), ...DEV_ONLY_MATCHES];
      }
    },
  },
});
