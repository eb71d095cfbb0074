import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedLarge } from '../scripts/seed-large';
import { openDb } from '../src/server/store/db';
import { signIn } from './lib/api';
import { launch } from './lib/browser';
import { printTable, unavailable, writeResults, type Row } from './lib/report';
import { PORTS, REPO, startApp, type Running } from './lib/server';
import { p1 } from './p1-bundle';
import { p2 } from './p2-lcp';
import { p3 } from './p3-typing';
import { p4 } from './p4-get-review';
import { p5 } from './p5-list-query';
import { p6 } from './p6-upload';

/*
 * `npm run bench`: P1..P6, each against its baseline measured now, on this machine. Prints one table and
 * writes bench/results/latest.json. A measure that cannot run (a missing browser, a route not built yet)
 * becomes a FAIL row saying why; the others still run. Servers use ports 4200–4299 and are stopped here.
 */
const rows: Row[] = [];
// `--only P2,P3` runs just those rows (P1 still runs whenever P2/P3 do: they measure its build).
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const onlyValue =
  onlyArg === '--only' ? process.argv[process.argv.indexOf(onlyArg) + 1] : onlyArg?.split('=')[1];
const only = onlyValue ? new Set(onlyValue.toUpperCase().split(',')) : null;
const wants = (id: string) => !only || only.has(id);
const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
const tmp = await mkdtemp(path.join(tmpdir(), 'soc-bench-'));

async function step(name: string, fallback: Row[], fn: () => Promise<Row[]>) {
  const ids = fallback.map((r) => r.id);
  const needed = ids.some(wants) || (ids.includes('P1') && (wants('P2') || wants('P3')));
  if (!needed) return;
  const started = performance.now();
  log(`${name}…`);
  try {
    rows.push(...(await fn()));
  } catch (error) {
    log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    rows.push(...fallback);
  }
  log(`${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

try {
  let distDir: string | null = null;
  await step(
    'P1 bundle size',
    [unavailable('P1', 'gzip JS+CSS loaded by /reviews', 'B', '≤ floor + 25 kB', 'build failed')],
    async () => {
      const result = await p1(tmp);
      distDir = result.distDir;
      return result.rows;
    },
  );
  await step(
    'P4 GET one review',
    [unavailable('P4', 'GET one SOC review req/s', 'req/s', '≥ 0.5× bare; ≥ 1.5× json-server', 'see log')],
    p4,
  );
  await step(
    'P5 list page of 100,000',
    [unavailable('P5', 'list page 20 server p95', 'ms', '≤ 10 ms', 'see log')],
    p5,
  );

  const browserRows = [
    unavailable('P2', 'LCP of /reviews', 'ms', '≤ 1.3× static', 'see log'),
    unavailable('P3', 'keystroke → next paint', 'ms', 'median ≤ 16 ms, p95 ≤ 50 ms', 'see log'),
  ];
  await step('P2/P3 browser', browserRows, async () => {
    if (!distDir) throw new Error('no app build (P1 failed)');
    const dataDir = path.join(tmp, 'p2-data');
    const db = openDb(path.join(dataDir, 'soc-review.sqlite'));
    seedLarge(db, { reviews: 1000 });
    db.close();
    let app: Running | undefined;
    const browser = await launch();
    try {
      app = await startApp({ port: PORTS.p2App, dataDir, distDir });
      const sid = await signIn(app.url, 'reviewer@example.com');
      const out: Row[] = [];
      if (wants('P2'))
        out.push(
          ...(await p2({ browser, base: app.url, sid, distDir, tmp }).catch((e: unknown) => {
            log(`P2 failed: ${String(e)}`);
            return [browserRows[0]!];
          })),
        );
      if (wants('P3'))
        out.push(
          ...(await p3({ browser, base: app.url, sid }).catch((e: unknown) => {
            log(`P3 failed: ${String(e)}`);
            return [browserRows[1]!];
          })),
        );
      return out;
    } finally {
      await browser.close();
      await app?.stop();
    }
  });
  await step(
    'P6 200 MB upload',
    [unavailable('P6', '200 MB upload', 'MB/s', '≥ 0.5× bare; RSS growth ≤ 30 MB', 'see log')],
    () => p6(tmp),
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}

printTable(rows);
// A partial run must not overwrite the full run's record.
const file = path.join(REPO, `bench/results/${only ? `only-${[...only].join('-')}` : 'latest'}.json`);
await writeResults(rows, file);
log(`wrote ${path.relative(REPO, file)}`);
