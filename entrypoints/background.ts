import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { parseSchoolConfigValue } from '../src/config/index.ts';
import { DEMO_CONFIG } from '../src/config/presets/index.ts';
import { getSchools, putSchool } from '../src/storage/schools.ts';

// zod 4 probes `new Function` for speed; an extension's CSP forbids it and logs a violation.
z.config({ jitless: true });

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // `npm start` runs a development build with the demo school already loaded, so there is
    // something to try at once. Production builds start empty and ask the parent.
    if (import.meta.env.MODE === 'development' && reason === 'install' && (await getSchools()).length === 0) {
      const demo = parseSchoolConfigValue(DEMO_CONFIG);
      if (demo.ok) await putSchool(demo.config);
    }
  });
});
