import { defineConfig } from '@playwright/test';

// End-to-end tests load the built extension (.output/chrome-mv3, made by `npm run test:e2e`)
// into real Chromium; see src/dev/launch.ts and tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
