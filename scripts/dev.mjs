// `npm run dev`: the API server (restarting on changes, PORT 3000) and Vite (5173, proxying /public, /auth and
// /files to the API) side by side, each line prefixed. Open http://localhost:5173. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { bin, root } from './proc.mjs';

const env = { ...process.env, PORT: process.env.PORT ?? '3000' };
if (process.stdout.isTTY) env.FORCE_COLOR ??= '1';

const procs = [
  {
    name: 'api',
    color: 36,
    cmd: process.execPath,
    args: ['--import', 'tsx', '--watch', 'src/server/main.ts'],
  },
  {
    name: 'web',
    color: 35,
    cmd: bin('vite'),
    args: ['--strictPort', '--port', process.env.VITE_PORT ?? '5173'],
  },
];

let stopping = false;
const children = procs.map(({ name, color, cmd, args }) => {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tag = process.stdout.isTTY ? `\x1b[${color}m[${name}]\x1b[0m` : `[${name}]`;
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => console.log(`${tag} ${line}`));
  }
  child.on('exit', (code, signal) => {
    if (!stopping) console.log(`${tag} exited (${signal ?? code}); stopping the other one`);
    stop(code ?? 1);
  });
  return child;
});

function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  // A child that ignores SIGTERM must not keep the terminal hostage.
  setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 5000).unref();
  process.exitCode = code;
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
