import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Dev builds (`npm start`) also run on http://localhost so the demo page can show the product
// without touching a real site. Production builds never ask for localhost.
const DEV_ONLY_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // One `browser` API everywhere: webextension-polyfill, through WXT's module.
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    permissions: ['storage', 'alarms'],
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    ...(mode === 'development' ? { host_permissions: DEV_ONLY_MATCHES } : {}),
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
