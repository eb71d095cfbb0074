// `npm run test:e2e`: find (or install) Chromium, build the SPA once, run Playwright against the real server
// (playwright.config.ts starts it on port 4173 with a fresh database), then print one plain line for CI:
//   e2e: 12 passed, 0 failed
// Extra arguments go to Playwright (e.g. `node scripts/run-e2e.mjs e2e/smoke.spec.ts --headed`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ensureBrowser } from './ensure-browser.mjs';
import { buildApp } from './build.mjs';
import { bin, run } from './proc.mjs';

let chromium;
try {
  chromium = await ensureBrowser();
} catch (err) {
  console.error(`[e2e] ${err instanceof Error ? err.message : String(err)}`);
  console.log('e2e: 0 passed, 0 failed');
  process.exit(1);
}
console.log(`[e2e] browser: ${chromium}`);

const built = await buildApp();
if (built !== 0) {
  console.error('[e2e] the web app did not build (see above)');
  console.log('e2e: 0 passed, 0 failed');
  process.exit(built);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'soc-review-e2e-'));
const reportFile = path.join(tmp, 'playwright.json');
const dataDir = path.join(tmp, 'data');
const code = await run(bin('playwright'), ['test', '--reporter=list,json', ...process.argv.slice(2)], {
  env: {
    ...process.env,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
    E2E_DATA_DIR: dataDir,
    SKIP_BUILD: '1',
  },
});

let report = null;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  // No report: Playwright stopped before running (bad config, server did not start); its output says why.
}
// The server has stopped by now (Playwright waits for it), so its database can go.
rmSync(tmp, { recursive: true, force: true });

if (!report?.stats) {
  console.log(`[e2e] Playwright wrote no report (exit code ${code})`);
  console.log('e2e: 0 passed, 0 failed');
  process.exit(code || 1);
}

for (const error of report.errors ?? [])
  console.log(`[e2e] error outside tests: ${firstLine(error.message)}`);
const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
// Flaky = failed once, passed on retry: it counts as passed, but say so.
const passed = expected + flaky;
const extras = [skipped && `${skipped} skipped`, flaky && `${flaky} flaky (passed on retry)`].filter(Boolean);
console.log(`e2e: ${passed} passed, ${unexpected} failed${extras.map((e) => `, ${e}`).join('')}`);

if (passed + unexpected === 0) {
  console.error('[e2e] no tests ran');
  process.exit(1);
}
process.exit(unexpected > 0 || code !== 0 ? code || 1 : 0);

function firstLine(text = '') {
  // Playwright's messages carry ANSI colours and stack traces; one clean line is enough here.
  return stripVTControlCharacters(text).split('\n')[0];
}
