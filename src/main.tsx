import './styles/global.css';

/*
 * The entry is tiny on purpose. On the server-rendered review list the rows are already in the HTML, but they
 * show only once the browser paints, and evaluating the app (its modules, then hydration: a few hundred ms on
 * a slow laptop) would run first and hold that paint back (issue 7, P2). So the app starts right after the
 * first paint, and only then asks for its files on that page (src/server/ssr.ts); other pages preload them
 * (vite.config.ts, preloadApp) and start at once.
 */
const rendered = document.getElementById('ssr-state') !== null;

function afterFirstPaint(): Promise<void> {
  // Nothing rendered on the server (any other page, or signed out): nothing to show first, so start at once.
  // Likewise in a hidden tab, which paints no frames.
  if (!rendered || document.visibilityState === 'hidden') return Promise.resolve();
  // The browser's own word that content is on screen (a frame drawn is not yet a frame shown), then one more
  // frame, in case that first paint came before the whole page was parsed. A page that somehow never reports
  // a paint still starts, after 2 s.
  const contentful = new Promise<void>((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 2000);
  });
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return contentful.then(nextFrame);
}

/**
 * A click on a server-rendered button before the app has taken the page over would do nothing (React is not
 * listening yet): the last one is held, and replayed once the app is live. Links need no help: they navigate.
 * Returns the replay.
 */
function holdEarlyClicks(): () => void {
  let held: HTMLElement | null = null;
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('#root button') : null;
    if (!(button instanceof HTMLElement)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = button;
  };
  document.addEventListener('click', onClick, true);
  return () => {
    document.removeEventListener('click', onClick, true);
    if (held?.isConnected) held.click();
  };
}

// zod probes for `new Function` when its first schema is built; our CSP (no eval) refuses it and reports a
// violation on every page. zod reads this global config when it loads, so with `jitless` set first, it never
// probes. Nothing before this line imports zod. Guarded by e2e/pdf-viewer.spec.ts.
// Set on the existing object if there is one: zod keeps a reference to the object it found when it loaded.
const zodConfig = globalThis as { __zod_globalConfig?: Record<string, unknown> };
Object.assign((zodConfig.__zod_globalConfig ??= {}), { jitless: true });

const replay = rendered ? holdEarlyClicks() : () => {};
void afterFirstPaint()
  .then(() => import('./boot'))
  .then((app) => app.live)
  .finally(replay);
