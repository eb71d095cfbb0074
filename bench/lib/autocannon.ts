import { spawn } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';
import { REPO } from './server';

const Result = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p99: z.number(), average: z.number() }),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
});
export type CannonResult = z.infer<typeof Result>;

/** autocannon's CLI in its own process (so the load generator does not share the bench's event loop). */
export function autocannon(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
) {
  const args = [
    path.join(REPO, 'node_modules/autocannon/autocannon.js'),
    '-c',
    String(opts.connections),
    '-d',
    String(opts.seconds),
    '-j',
    ...Object.entries(opts.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}=${v}`]),
    url,
  ];
  return new Promise<CannonResult>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), (opts.seconds + 30) * 1000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      try {
        resolve(Result.parse(JSON.parse(out)));
      } catch {
        reject(new Error(`autocannon exited ${code}: ${err.slice(-500)}`));
      }
    });
  });
}
