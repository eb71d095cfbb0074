import './styles/global.css';

/*
 * The entry is tiny on purpose. On the server-rendered review list the rows are already in the HTML, but they
 * show only once the browser paints, and evaluating the app (its modules, then hydration: a few hundred ms on
 * a slow laptop) would run first and hold that paint back (issue 7, P2). So the app starts right after the
 * first paint. Its files download meanwhile: index.html preloads them (vite.config.ts, preloadApp).
 */
function afterFirstPaint(): Promise<void> {
  // A hidden tab paints no frames; there is nothing to show first, so start at once.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  // rAF runs just before the frame's paint; the timeout after it, once that frame is painted.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// zod probes for `new Function` when its first schema is built; our CSP (no eval) refuses it and reports a
// violation on every page. zod reads this global config when it loads, so with `jitless` set first, it never
// probes. Nothing before this line imports zod. Guarded by e2e/pdf-viewer.spec.ts.
const zodConfig = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };

void afterFirstPaint().then(() => import('./boot'));
