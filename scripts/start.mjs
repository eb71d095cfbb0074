// `npm start`: build the SPA when dist/ is missing or older than its sources, then run the server (API + SPA on
// one port). SKIP_BUILD=1 skips the build check (the e2e runner builds once itself).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './build.mjs';
import { root, run } from './proc.mjs';

const distDir = path.join(root, 'dist');
// Everything `vite build` reads. The server and tests are not part of the bundle, so editing them needs no rebuild.
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];
const ignored = (file) => file.startsWith(path.join(root, 'src', 'server')) || /\.test\.tsx?$/.test(file);

function newestMtime(file) {
  if (!existsSync(file) || ignored(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newestMtime(path.join(file, name))));
}

function needsBuild() {
  if (process.env.SKIP_BUILD === '1' || process.env.SKIP_BUILD === 'true') return false;
  // A DIST_DIR elsewhere is someone's prebuilt bundle: leave it alone.
  if (process.env.DIST_DIR && path.resolve(root, process.env.DIST_DIR) !== distDir) return false;
  if (!existsSync(path.join(root, 'index.html'))) return false; // no SPA in this checkout: API only
  const built = path.join(distDir, 'index.html');
  if (!existsSync(built) || !existsSync(path.join(distDir, 'ssr', 'entry-server.js'))) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > builtAt);
}

if (needsBuild()) {
  console.log('start: building the web app (npm run build)…');
  const code = await buildApp();
  if (code !== 0) {
    console.error(
      'start: the web app did not build; fix the errors above (or set SKIP_BUILD=1 to serve the API only).',
    );
    process.exit(code);
  }
}

const code = await run(process.execPath, ['--import', 'tsx', 'src/server/main.ts']);
process.exit(code);
