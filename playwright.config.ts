import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The e2e suite drives the real server (API + built SPA) on its own port with a fresh database each run.
// `npm run test:e2e` (scripts/run-e2e.mjs) finds the browser, builds once and sets CHROMIUM_PATH, E2E_DATA_DIR
// and SKIP_BUILD; a bare `npx playwright test` works too (start.mjs then builds if dist/ is stale).
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
// Set on process.env so that worker processes, which load this file again, see the same folder.
const dataDir = (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'soc-review-e2e-')));
const ci = !!process.env.CI;

// Debian's chromium when present, else Playwright's own download (a developer laptop).
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: ci ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: ci ? 10_000 : 5_000 },
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off', // needs Playwright's ffmpeg download, which Debian's chromium setup does not have
    navigationTimeout: 15_000,
    actionTimeout: 10_000,
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath } },
    },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/auth/me`, // 401 when signed out counts as up
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'true',
      NODE_ENV: 'development', // as `npm start` runs it (the shell's NODE_ENV must not leak in)
      SKIP_BUILD: process.env.SKIP_BUILD ?? '0',
    },
  },
});
