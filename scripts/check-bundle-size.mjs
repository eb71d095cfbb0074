// P1 as a deterministic check (part of `npm test`): production-build the app and the bundle floor into temp
// folders, gzip what `/reviews` loads (entry JS, its static imports, the reviews route's lazy chunk, their CSS)
// and fail when it weighs more than the floor + 25 kB, or when the wizard / uploads / PDF code is in it.
// The measuring code is bench/bundle-size.ts, shared with `npm run bench`. Closing line for CI:
//   size: 1 passed, 0 failed
import { tsImport } from 'tsx/esm/api';

const { measureBundles, kb, BUDGET_OVER_FLOOR } = await tsImport('../bench/bundle-size.ts', import.meta.url);

const report = await measureBundles();
const { app, floor, budget, pass } = report;
const verbose = process.argv.includes('--verbose');

if (verbose || !pass) {
  for (const f of app.files) console.log(`  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(10)}`);
}
console.log(
  `[size] /reviews loads ${kb(app.gzip)} gzip; floor ${kb(floor.gzip)} + ${kb(BUDGET_OVER_FLOOR)} = budget ${kb(budget)}` +
    ` (${app.gzip <= budget ? `${kb(budget - app.gzip)} to spare` : `${kb(app.gzip - budget)} OVER`})`,
);
for (const m of app.misplaced) console.log(`[size] must be a lazy chunk, but found ${m}`);
console.log(`size: ${pass ? 1 : 0} passed, ${pass ? 0 : 1} failed`);
process.exit(pass ? 0 : 1);
