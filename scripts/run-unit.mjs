// `npm run test:unit`: Vitest (both projects), then one plain closing line for CI:
//   unit: 120 passed, 0 failed[, 3 skipped]
// Extra arguments go to Vitest (e.g. `node scripts/run-unit.mjs src/contract`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, run } from './proc.mjs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'soc-review-unit-'));
const reportFile = path.join(tmp, 'vitest.json');

const code = await run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);

let report = null;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch {
  // No report: Vitest failed before running anything (bad config, no test files); its own output says why.
}
rmSync(tmp, { recursive: true, force: true });

if (!report) {
  console.log(`[unit] Vitest wrote no report (exit code ${code})`);
  console.log('unit: 0 passed, 0 failed');
  process.exit(code || 1);
}

const passed = report.numPassedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
// A test file that fails to load (syntax error, failing import, failing beforeAll) has no failed tests of its
// own; count each such file as one failure so the closing line never reads "0 failed" on a red run.
const brokenFiles = (report.testResults ?? []).filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
);
for (const file of brokenFiles)
  console.log(`[unit] ${path.relative(process.cwd(), file.name)} failed to run`);
const failed = (report.numFailedTests ?? 0) + brokenFiles.length;

console.log(`unit: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);

if (passed + failed === 0) {
  console.error('[unit] no tests ran');
  process.exit(1);
}
process.exit(failed > 0 || code !== 0 ? code || 1 : 0);
