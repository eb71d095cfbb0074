// `npm run build`: the SPA into dist/, then the server's render of /reviews (src/entry-server.tsx) into
// dist/ssr/ (vite.config.ts picks the folder). Also used by `npm start` and the e2e runner.
import { pathToFileURL } from 'node:url';
import { bin, run } from './proc.mjs';

export const SSR_ENTRY = 'src/entry-server.tsx';

// A production build whatever the shell's NODE_ENV: Vite picks React's JSX runtime by it, and the server
// build runs React's production build (vite.config.ts), which has no development JSX runtime.
const env = { ...process.env, NODE_ENV: 'production' };

/** Resolves with the exit code of the first build that fails, else 0. */
export async function buildApp() {
  const client = await run(bin('vite'), ['build', '--logLevel', 'warn'], { env });
  if (client !== 0) return client;
  return run(bin('vite'), ['build', '--ssr', SSR_ENTRY, '--logLevel', 'warn'], { env });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await buildApp());
