import path from 'node:path';
import { BUDGET_OVER_FLOOR, buildServerRender, kb, measureApp, measureFloor } from './bundle-size';
import { ratioOf, type Row } from './lib/report';

/*
 * P1: gzip bytes of the JS and CSS `/reviews` loads in the production build, against the floor app (same
 * libraries, one entry) built in the same run. Also the deterministic CI check (scripts/check-bundle-size.mjs).
 * The app build is kept in `tmp/dist` (with its server render) for P2 and P3, so the browser runs measure
 * exactly what was weighed.
 */
export async function p1(tmp: string): Promise<{ rows: Row[]; distDir: string }> {
  const distDir = path.join(tmp, 'dist');
  const floor = await measureFloor(path.join(tmp, 'floor'));
  const app = await measureApp(distDir);
  await buildServerRender(distDir);
  const budget = floor.gzip + BUDGET_OVER_FLOOR;
  const lazy = app.misplaced.length ? `; NOT lazy: ${app.misplaced.join(', ')}` : '; wizard/uploads/PDF lazy';
  return {
    distDir,
    rows: [
      {
        id: 'P1',
        measure: `gzip JS+CSS loaded by /reviews (${app.files.length} files${lazy})`,
        value: app.gzip,
        unit: 'B',
        baseline: floor.gzip,
        ratio: ratioOf(app.gzip, floor.gzip),
        budget: `≤ floor + ${kb(BUDGET_OVER_FLOOR)} (${budget.toLocaleString('en-US')} B)`,
        pass: app.gzip <= budget && app.misplaced.length === 0,
      },
    ],
  };
}
