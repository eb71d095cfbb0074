import path from 'node:path';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { DEMO_KEYS, DEMO_PASSWORD, seedDemo } from './seed';
import { runStartupChecks, summaryLine, type StartupReport } from './startup-checks';
import { openDb, type Db } from './store/db';
import { deleteExpiredSessions } from './store/sessions';

/*
 * Start: node --import tsx src/server/main.ts. Reset the demo: stop the server, delete DATA_DIR, start again.
 * Start-up refuses, with a message and exit code 1, a bad setting or a damaged database; it repairs what a kill
 * can leave in the file store (startup-checks.ts) before anything listens.
 */
const SHUTDOWN_TIMEOUT_MS = 10_000;

function fail(error: unknown): never {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

function loadOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    fail(error);
  }
}

function openOrExit(file: string): Db {
  try {
    return openDb(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(`The database ${file} could not be opened: ${reason}`);
  }
}

const config = loadOrExit();
const db = openOrExit(path.join(config.dataDir, 'soc-review.sqlite'));
const report: StartupReport = await runStartupChecks(db, config.dataDir).catch((error: unknown) => {
  db.close();
  return fail(error);
});
deleteExpiredSessions(db, new Date());
const seeded = config.seedDemo && seedDemo(db, new Date());
const app = await buildApp({ config, db });
app.log.info({ startupCheck: report }, summaryLine(report));
if (report.missing.length > 0)
  app.log.warn({ missing: report.missing }, 'stored files that the database names are missing');

/*
 * Graceful stop: app.close() stops accepting connections, answers requests that arrive meanwhile with 503
 * (return503OnClosing) and waits for those in flight; only then is the database closed. A second signal while
 * stopping changes nothing (the stop is already under way); the timer ends a stop that hangs.
 */
let stopping = false;
function stop(signal: string): void {
  if (stopping) {
    app.log.warn({ signal }, 'already stopping: waiting for requests in flight');
    return;
  }
  stopping = true;
  app.log.info({ signal }, 'stopping: finishing requests in flight');
  setTimeout(() => {
    app.log.error(`did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  // Node closes the connections idle at close(); one that turns idle a moment later (its response was still
  // going out) would hold the stop open until its keep-alive timeout (72 s), so keep closing idle ones.
  setInterval(() => app.server.closeIdleConnections(), 100).unref();
  app.close().then(
    () => {
      db.close();
      app.log.info('stopped');
      process.exit(0);
    },
    (error: unknown) => {
      app.log.error({ err: error }, 'error while stopping');
      if (db.open) db.close();
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
console.log(`SOC Review listening on http://${config.host}:${port}`);
if (config.seedDemo) {
  console.log(seeded ? 'Demo data loaded into a new database.' : 'Demo accounts (if not replaced):');
  for (const [email, key] of Object.entries(DEMO_KEYS)) {
    console.log(`  ${email} / password "${DEMO_PASSWORD}" / API key ${key}`);
  }
}
