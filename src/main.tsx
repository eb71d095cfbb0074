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
 * Until the app has taken the server-rendered page over, React is not listening: a click on a button would do
 * nothing, and a choice in a select or text typed in a box would never reach the app. So they are held: the
 * last button clicked is clicked again once the app is live, and each changed control's value is handed over
 * as if just typed. Links need no help: they navigate. Returns the hand-over.
 */
function holdEarlyInput(): () => void {
  let clicked: HTMLElement | null = null;
  const changed = new Map<HTMLInputElement | HTMLSelectElement, string>();
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('#root button') : null;
    if (!(button instanceof HTMLElement)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    clicked = button;
  };
  const onInput = (event: Event) => {
    const control = event.target;
    const text = control instanceof HTMLInputElement && !['checkbox', 'radio'].includes(control.type);
    if ((text || control instanceof HTMLSelectElement) && control.closest('#root'))
      changed.set(control, control.value);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
  return () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('change', onInput, true);
    for (const [control, value] of changed) {
      if (control.isConnected) handOver(control, value);
    }
    if (clicked?.isConnected) clicked.click();
  };
}

/**
 * Gives React a value the user chose before it was listening. React only reports a change from the value it
 * last saw, so that value (the server's) is put back through React's own setter first; the user's value then
 * goes in through the element's native setter, and the event React listens for follows.
 */
function handOver(control: HTMLInputElement | HTMLSelectElement, value: string) {
  const select = control instanceof HTMLSelectElement;
  const served = select
    ? ([...control.options].find((o) => o.defaultSelected) ?? control.options[0])?.value
    : control.defaultValue;
  control.value = served ?? '';
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
}

// zod probes for `new Function` when its first schema is built; our CSP (no eval) refuses it and reports a
// violation on every page. zod reads this global config when it loads, so with `jitless` set first, it never
// probes. Nothing before this line imports zod. Guarded by e2e/pdf-viewer.spec.ts.
// Set on the existing object if there is one: zod keeps a reference to the object it found when it loaded.
const zodConfig = globalThis as { __zod_globalConfig?: Record<string, unknown> };
Object.assign((zodConfig.__zod_globalConfig ??= {}), { jitless: true });

const handOverEarlyInput = rendered ? holdEarlyInput() : () => {};
void afterFirstPaint()
  .then(() => import('./boot'))
  .then((app) => app.live)
  .finally(handOverEarlyInput);
