import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDb, type Db } from '../store/db';

/* The operators' command, run as operators run it (a child process on DATA_DIR), checked through the server. */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-cli-'));
let app: FastifyInstance;
let db: Db;
beforeAll(async () => {
  db = openDb(path.join(dataDir, 'soc-review.sqlite'));
  app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DIST_DIR: path.join(dataDir, 'dist') }),
    db,
  });
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function users(args: string[], input?: string) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/users.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } });
const generated = (out: string) => /shown only now[^:]*: (\S+)/.exec(out)?.[1] ?? '';

describe('npm run users', { timeout: 30_000 }, () => {
  it('add: a generated password, shown once, that signs in with the chosen role', () => {
    const res = users(['add', '--email', 'Ops@Example.com', '--role', 'manager', '--first-name', 'Olga']);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Added manager ops@example\.com \(id \d+\)/);
    const password = generated(res.out);
    expect(password).toHaveLength(24);
    return login('ops@example.com', password).then((r) => {
      expect(r.statusCode).toBe(200);
      expect(r.json()).toMatchObject({ role: 'manager', firstName: 'Olga', lastName: null });
    });
  });

  it('refuses a duplicate email, a bad role, a bad email, a short password, an unknown command (exit 2)', () => {
    expect(users(['add', '--email', 'ops@example.com', '--role', 'reviewer']).code).toBe(2);
    const badRole = users(['add', '--email', 'r@example.com', '--role', 'admin']);
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain('--role must be one of: reviewer, manager, auditor');
    expect(users(['add', '--email', 'nope', '--role', 'reviewer']).code).toBe(2);
    expect(
      users(['add', '--email', 'r@example.com', '--role', 'reviewer', '--password-stdin'], 'short\n').code,
    ).toBe(2);
    expect(users(['frobnicate']).code).toBe(2);
    expect(users(['add', '--bogus']).code).toBe(2);
    expect(users(['list']).out).not.toContain('r@example.com');
  });

  it('reset-password: the new password works, the old one does not, and sessions end', async () => {
    users(
      ['add', '--email', 'rev@example.com', '--role', 'reviewer', '--password-stdin'],
      'first password 1\n',
    );
    const signedIn = await login('rev@example.com', 'first password 1');
    expect(signedIn.statusCode).toBe(200);
    const cookie = `sid=${signedIn.cookies.find((c) => c.name === 'sid')?.value ?? ''}`;
    const res = users(
      ['reset-password', '--email', 'REV@example.com', '--password-stdin'],
      'second password 2\n',
    );
    expect(res.code).toBe(0);
    expect(generated(res.out)).toBe('');
    expect((await login('rev@example.com', 'first password 1')).statusCode).toBe(401);
    expect((await login('rev@example.com', 'second password 2')).statusCode).toBe(200);
    expect((await app.inject({ url: '/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect(users(['reset-password', '--email', 'nobody@example.com']).code).toBe(2);
  });

  it('disable: no sign-in, sessions and keys stop; enable lets them sign in again; list shows both', async () => {
    users(['add', '--email', 'aud@example.com', '--role', 'auditor', '--password-stdin'], 'auditor pass 1\n');
    const signedIn = await login('aud@example.com', 'auditor pass 1');
    const cookie = `sid=${signedIn.cookies.find((c) => c.name === 'sid')?.value ?? ''}`;
    expect(users(['disable', '--email', 'aud@example.com']).code).toBe(0);
    expect((await app.inject({ url: '/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await login('aud@example.com', 'auditor pass 1')).statusCode).toBe(401);
    expect(users(['list']).out).toMatch(/aud@example\.com {2}auditor {2}disabled /);
    expect(users(['enable', '--email', 'aud@example.com']).code).toBe(0);
    expect((await login('aud@example.com', 'auditor pass 1')).statusCode).toBe(200);
    expect(users(['list']).out).toMatch(/aud@example\.com {2}auditor {2}active/);
  });
});
