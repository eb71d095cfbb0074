import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { seedDemo } from '../seed';
import { openDb } from '../store/db';

export interface LoggedApp {
  app: FastifyInstance;
  /** Every log line the app wrote, as written. */
  lines: string[];
  close(): Promise<void>;
}

/**
 * The real app with its real logger for `nodeEnv`, on a demo-seeded temp database, its lines captured; plus a
 * route that throws, so tests can see what a 500 logs.
 */
export async function createLoggedApp(nodeEnv: 'development' | 'production'): Promise<LoggedApp> {
  const lines: string[] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `soc-review-log-${nodeEnv}-`));
  const config = loadConfig({ NODE_ENV: nodeEnv, DATA_DIR: dataDir, DIST_DIR: path.join(dataDir, 'dist') });
  const db = openDb(path.join(dataDir, 'soc-review.sqlite'));
  seedDemo(db, new Date());
  const app = await buildApp({ config, db, logStream: { write: (line) => void lines.push(line) } });
  app.get('/public/v2/boom', { config: { permission: 'vendors-get' } }, async () => {
    throw new Error('boom');
  });
  return {
    app,
    lines,
    async close() {
      await app.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
