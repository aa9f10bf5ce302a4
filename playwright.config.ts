import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, chromiumArgs } from './scripts/lib/headless-chromium';

/**
 * Browser tests in Debian's Chromium (CI installs it with apt; Playwright's own browser downloads
 * cannot reach this network). `npm test` builds the app for the ports it picked and passes them in;
 * run alone, `npx playwright test` expects `npm run build` for ports 4300/4301.
 */
const appPort = Number(process.env.E2E_APP_PORT ?? 4300);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4301);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${appPort}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: chromiumArgs(),
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx scripts/start.ts --skip-build --reset',
    // The app server starts after the sandbox, so its page answering means both are up.
    url: `http://localhost:${appPort}/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(appPort),
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_DATA_DIR: `.sandbox-data/e2e-${sandboxPort}`,
    },
  },
});
