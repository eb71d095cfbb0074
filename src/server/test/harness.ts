import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ErrorBody } from '../../contract/errors';
import type { Role } from '../../contract/enums';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config';
import { DEMO_KEYS, seedAccounts } from '../seed';
import { openDb, type Db } from '../store/db';
import { insertVendor } from '../store/vendors';

/*
 * The real app on a real SQLite file in a temp folder, with the three demo users and keys (API.md). Tests add
 * their own vendors and reviews, so they never depend on the demo data set.
 */
export const EMAILS: Record<Role, string> = {
  reviewer: 'reviewer@example.com',
  manager: 'manager@example.com',
  auditor: 'auditor@example.com',
};
const USERS = [
  {
    email: EMAILS.reviewer,
    firstName: 'Riley',
    lastName: 'Chen',
    role: 'reviewer',
    jobTitle: 'Security Analyst',
  },
  { email: EMAILS.manager, firstName: 'Morgan', lastName: 'Patel', role: 'manager', jobTitle: 'GRC Manager' },
  {
    email: EMAILS.auditor,
    firstName: 'Avery',
    lastName: 'Johnson',
    role: 'auditor',
    jobTitle: 'Internal Auditor',
  },
] as const;

/** An error answer, parsed (tests read `errors`, `current`, … through it). */
export function errorOf(res: LightMyRequestResponse): ErrorBody {
  return ErrorBody.parse(res.json());
}

/** The field paths of a 400 answer. */
export function errorPaths(res: LightMyRequestResponse): string[] {
  return (errorOf(res).errors ?? []).map((e) => e.path);
}

/** `app.inject` talks to `localhost:80` over http, so that is the app's own origin in tests. */
export const ORIGIN = 'http://localhost:80';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  config: Config;
  dataDir: string;
  userIds: Record<Role, number>;
  close(): Promise<void>;
  bearer(role: Role): { authorization: string };
  /** Signs in through POST /auth/login; returns the headers a browser would send next (cookie + Origin). */
  login(role: Role): Promise<{ cookie: string; origin: string }>;
  vendor(name?: string): number;
}

export async function createTestApp(
  overrides: { env?: Record<string, string>; now?: () => Date } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DIST_DIR: path.join(dataDir, 'dist'),
    ...overrides.env,
  });
  const db = openDb(path.join(dataDir, 'soc-review.sqlite'));
  const ids = seedAccounts(db, USERS, new Date());
  const userIds = {
    reviewer: ids.get(EMAILS.reviewer) ?? 0,
    manager: ids.get(EMAILS.manager) ?? 0,
    auditor: ids.get(EMAILS.auditor) ?? 0,
  };
  const app = await buildApp({ config, db, ...(overrides.now ? { now: overrides.now } : {}) });

  return {
    app,
    db,
    config,
    dataDir,
    userIds,
    async close() {
      await app.close();
      db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
    bearer: (role) => ({ authorization: `Bearer ${DEMO_KEYS[EMAILS[role]] ?? ''}` }),
    async login(role) {
      const res = await app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { origin: ORIGIN },
        payload: { email: EMAILS[role], password: 'demo' },
      });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const sid = res.cookies.find((c) => c.name === 'sid');
      if (!sid) throw new Error('login set no sid cookie');
      return { cookie: `sid=${sid.value}`, origin: ORIGIN };
    },
    vendor: (name = 'Acme Vendor') => insertVendor(db, { name }, new Date().toISOString()),
  };
}
