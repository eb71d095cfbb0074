import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sleep } from './stats';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const HOST = '127.0.0.1';
/** The bench's ports: 4200–4299 only, one fixed port per role so runs never collide with each other. */
export const PORTS = {
  p2App: 4210,
  p2Static: 4211,
  p3App: 4220,
  p4App: 4240,
  p4Bare: 4241,
  p4JsonServer: 4242,
  p6App: 4260,
  p6Bare: 4261,
} as const;

export interface Running {
  url: string;
  child: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Spawns `node …args` and waits (at most `timeoutMs`) until stdout prints a line matching `ready`. Output is
 * drained (a full pipe would stall the server) and kept, so a failure can show what the child said.
 */
export async function startProcess(opts: {
  args: string[];
  env?: Record<string, string>;
  ready: RegExp;
  url: string;
  timeoutMs?: number;
}): Promise<Running> {
  const child = spawn(process.execPath, opts.args, {
    cwd: REPO,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    if (output.length < 20_000) output += chunk.toString();
  };
  child.stderr.on('data', keep);
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (opts.ready.test(output)) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before ready:\n${output.slice(-2000)}`)),
    );
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const ms = opts.timeoutMs ?? 30_000;
    timer = setTimeout(() => reject(new Error(`not ready after ${ms} ms:\n${output.slice(-2000)}`)), ms);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  try {
    await Promise.race([ready, timeout]);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { url: opts.url, child, pid: child.pid!, stop };
}

/**
 * The real server as users run it (`node --import tsx src/server/main.ts`), production mode, demo keys, the
 * rate limit lifted (the bench is one credential hammering on purpose).
 */
export function startApp(opts: {
  port: number;
  dataDir: string;
  distDir?: string;
  env?: Record<string, string>;
}) {
  return startProcess({
    args: ['--import', 'tsx', 'src/server/main.ts'],
    env: {
      PORT: String(opts.port),
      HOST,
      DATA_DIR: opts.dataDir,
      DIST_DIR: opts.distDir ?? path.join(REPO, 'dist'),
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      RATE_LIMIT_PER_MIN: '1000000',
      ...opts.env,
    },
    ready: /SOC Review listening on/,
    url: `http://${HOST}:${opts.port}`,
  });
}

/** Stops every started process, whatever happened (called from finally blocks). */
export async function stopAll(running: (Running | undefined)[]): Promise<void> {
  await Promise.all(running.map((r) => (r ? r.stop() : Promise.resolve())));
}
