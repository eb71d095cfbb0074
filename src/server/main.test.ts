import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReviewPage } from '../contract/review';

/* main.ts as an operator starts it: a real process, a real port, the demo seed, a graceful stop. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'soc-review-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A free port in this project's test range (3100–3199). */
async function freePort(): Promise<number> {
  for (let port = 3100 + Math.floor(Math.random() * 50); port < 3200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3100–3199');
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      DIST_DIR: path.join(dataDir, 'dist'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(check: () => boolean, what: () => string, ms = 15_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out; output so far:\n${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('main.ts', () => {
  let server: { child: ChildProcess; output: () => string; exited: Promise<number | null> } | undefined;
  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('starts, seeds the demo, serves the API, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    server = start({ PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true' });
    const line = `SOC Review listening on http://127.0.0.1:${port}`;
    const s = server;
    await waitFor(() => s.output().includes(line), s.output);
    expect(s.output()).toContain('demo-reviewer-key');

    const res = await fetch(
      `http://127.0.0.1:${port}/public/v2/vendor-security-reviews?includeTotalCount=true`,
      {
        headers: { authorization: 'Bearer demo-reviewer-key' },
      },
    );
    expect(res.status).toBe(200);
    const page = ReviewPage.parse(await res.json());
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.pagination.totalCount).toBeGreaterThan(0);

    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  }, 30_000);

  it('a bad setting stops start-up with a clear message and exit code 1', async () => {
    const bad = start({ PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/Invalid configuration:\s+PORT: /);
  }, 30_000);
});
