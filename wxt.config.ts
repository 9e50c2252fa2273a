import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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

export default defineConfig({
  // One `browser` API everywhere: webextension-polyfill, through WXT's module.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
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
    // The detector and interstitial, loaded by the content script on first use. A per-session
    // dynamic URL, so no page can probe for it.
    web_accessible_resources: [{ resources: ['lazy.js'], matches: ['https://*/*', ...(mode === 'development' ? DEV_ONLY_MATCHES : [])], use_dynamic_url: true }],
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
      if (wxt.config.mode !== 'development') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEV_ONLY_MATCHES];
      }
    },
  },
});
