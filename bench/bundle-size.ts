import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

/*
 * P1, shared by the bench and by scripts/check-bundle-size.mjs (the deterministic CI check): production-build
 * the app and the floor app into temp folders, follow what `/reviews` loads, and gzip it. Follows the build's
 * own chunk graph (entry → static imports → the reviews route's chunk, lazy or in the entry → their CSS), which is what the
 * emitted index.html and `__vitePreload` deps list, without needing `build.manifest`.
 */
export const REPO = path.resolve(import.meta.dirname, '..');
export const BUDGET_OVER_FLOOR = 25_000; // bytes: "floor + 25 KB", with KB as Vite prints it (1,000 bytes)
/** The module the router shows for /reviews (src/routes.tsx), lazily or not. */
const REVIEWS_ROUTE = 'src/features/reviews/reviews-page.tsx';
/** Code that must stay in lazy chunks, out of what /reviews loads. */
const MUST_BE_LAZY: [RegExp, string][] = [
  [/\/src\/features\/soc-form\//, 'the SOC form wizard'],
  [/\/src\/features\/uploads\//, 'uploads'],
  [/\/node_modules\/react-dropzone\//, 'react-dropzone (uploads)'],
  [/\/node_modules\/pdfjs-dist\//, 'pdfjs-dist (PDF)'],
];

export interface BundleFile {
  file: string;
  gzip: number;
}
export interface BundleMeasure {
  gzip: number;
  files: BundleFile[];
  /** What of MUST_BE_LAZY was found in the initial set: "the SOC form wizard in assets/index-x.js". */
  misplaced: string[];
}

type Output = Rolldown.RolldownOutput['output'];
type Chunk = Rolldown.OutputChunk;

async function viteBuild(root: string, outDir: string, floor: boolean): Promise<Output> {
  const result = await build({
    root,
    logLevel: 'silent',
    // The floor has no config of its own; the app builds with its real vite.config.ts.
    ...(floor ? { configFile: false as const, plugins: [react()] } : {}),
    build: { outDir, emptyOutDir: true, write: true, sourcemap: false },
  });
  if (Array.isArray(result)) return result[0]!.output;
  if ('output' in result) return result.output;
  throw new Error('vite build returned a watcher');
}

async function gzipFiles(outDir: string, files: Iterable<string>): Promise<BundleFile[]> {
  const out: BundleFile[] = [];
  for (const file of [...new Set(files)].sort()) {
    out.push({ file, gzip: gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length });
  }
  return out;
}

function initialChunks(output: Output): Chunk[] {
  const chunks = new Map(output.filter((o): o is Chunk => o.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error('The build has no entry chunk');
  // The route is either its own lazy chunk or part of the initial set (imported eagerly by the router).
  const route = [...chunks.values()].find(
    (c) => c.facadeModuleId?.endsWith(REVIEWS_ROUTE) || c.moduleIds.some((id) => id.endsWith(REVIEWS_ROUTE)),
  );
  if (!route) throw new Error(`No chunk holds ${REVIEWS_ROUTE}: has the reviews route moved?`);
  const seen = new Map<string, Chunk>();
  const visit = (c: Chunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const dep of c.imports) {
      const next = chunks.get(dep);
      if (next) visit(next);
    }
  };
  visit(entry);
  visit(route);
  return [...seen.values()];
}

export async function measureApp(outDir: string): Promise<BundleMeasure> {
  const chunks = initialChunks(await viteBuild(REPO, outDir, false));
  const css = chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]);
  const files = await gzipFiles(outDir, [...chunks.map((c) => c.fileName), ...css]);
  const misplaced = chunks.flatMap((c) =>
    MUST_BE_LAZY.filter(([re]) => c.moduleIds.some((id) => re.test(id))).map(
      ([, what]) => `${what} in ${c.fileName}`,
    ),
  );
  return { gzip: files.reduce((n, f) => n + f.gzip, 0), files, misplaced };
}

/** The server render of /reviews beside the app build (DIST_DIR/ssr), as `npm run build` makes it. */
export async function buildServerRender(distDir: string): Promise<void> {
  await build({
    root: REPO,
    logLevel: 'silent',
    build: { ssr: 'src/entry-server.tsx', outDir: path.join(distDir, 'ssr'), emptyOutDir: true },
  });
}

export async function measureFloor(outDir: string): Promise<BundleMeasure> {
  const output = await viteBuild(path.join(REPO, 'bench/floor'), outDir, true);
  const names = output.map((o) => o.fileName).filter((f) => /\.(js|css)$/.test(f));
  const files = await gzipFiles(outDir, names);
  return { gzip: files.reduce((n, f) => n + f.gzip, 0), files, misplaced: [] };
}

export interface BundleReport {
  app: BundleMeasure;
  floor: BundleMeasure;
  budget: number;
  pass: boolean;
}

/** Both builds, one after the other (each ~2 s here), into temp folders that are removed afterwards. */
export async function measureBundles(): Promise<BundleReport> {
  const dir = await mkdtemp(path.join(tmpdir(), 'soc-bench-p1-'));
  try {
    const floor = await measureFloor(path.join(dir, 'floor'));
    const app = await measureApp(path.join(dir, 'app'));
    const budget = floor.gzip + BUDGET_OVER_FLOOR;
    return { app, floor, budget, pass: app.gzip <= budget && app.misplaced.length === 0 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
