// Small process helpers shared by the scripts in this folder (no dependencies: they must run before anything else).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A local tool from node_modules/.bin (Windows uses the .cmd shim). */
export function bin(name) {
  return path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/**
 * Runs a command with inherited stdio and resolves with its exit code (a signal counts as failure).
 * SIGINT/SIGTERM sent to us are passed on, so Ctrl-C stops the child cleanly instead of orphaning it.
 */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      cleanup();
      reject(err);
    });
    child.on('exit', (code, signal) => {
      cleanup();
      resolve(code ?? (signal ? 128 + (signalNumbers[signal] ?? 1) : 1));
    });
    function cleanup() {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    }
  });
}

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
