import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/* main.ts as an operator runs it: a real process on a real port (this suite's range, 3700–3799). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  const first = 3700 + Math.floor(Math.random() * 90);
  for (let i = 0; i < 100; i++) {
    const port = 3700 + ((first - 3700 + i) % 100);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer().once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 3700–3799');
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the process printed its "listening" line. */
  ready: Promise<void>;
}

export function startServer(dataDir: string, port: number, env: Record<string, string> = {}): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DIST_DIR: path.join(dataDir, 'dist'),
      SEED_DEMO: 'true',
      RATE_LIMIT_PER_MIN: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    const line = `SOC Review listening on http://127.0.0.1:${port}`;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(line)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`server not listening after 20 s:\n${output}`)), 20_000).unref();
  });
  ready.catch(() => undefined); // awaited by the caller; no unhandled rejection if never awaited
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output, exited, ready };
}

/** The JSON log lines a process printed (other lines, such as the listening line, are skipped). */
export function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
