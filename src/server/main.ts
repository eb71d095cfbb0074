import path from 'node:path';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { DEMO_KEYS, DEMO_PASSWORD, seedDemo } from './seed';
import { openDb } from './store/db';
import { deleteExpiredSessions } from './store/sessions';

/*
 * Start: node --import tsx src/server/main.ts. Reset the demo: stop the server, delete DATA_DIR, start again.
 */
function loadOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const config = loadOrExit();
const db = openDb(path.join(config.dataDir, 'soc-review.sqlite'));
deleteExpiredSessions(db, new Date());
const seeded = config.seedDemo && seedDemo(db, new Date());
const app = await buildApp({ config, db });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  await app.close();
  db.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

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
