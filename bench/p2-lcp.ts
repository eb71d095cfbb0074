import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { signedInContext } from './lib/browser';
import { ratioOf, round, type Row } from './lib/report';
import { HOST, PORTS, startProcess, type Running } from './lib/server';
import { median } from './lib/stats';

/*
 * P2: LCP of /reviews (1,000 reviews in the database) in Chromium with 4× CPU throttling, cold cache, median
 * of 5; against a static HTML page of the same content (the rendered /reviews DOM with its scripts removed and
 * the same CSS), served by a bare node:http server, measured the same way. Runs alternate app / static.
 */
// P2_RUNS overrides, to compare variants with more runs than the budget asks for.
const RUNS = Number(process.env.P2_RUNS ?? 5);

declare global {
  interface Window {
    __lcp?: number;
  }
}

async function lcpOf(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ lcp: number; ttfb: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__lcp = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await ready(page);
    await page.waitForTimeout(500); // let the last candidate's paint be reported
    const lcp = await page.evaluate(() => window.__lcp ?? 0);
    // Time to first byte: for the app, mostly its server render of the page.
    const ttfb = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseStart,
    );
    // P2_DEBUG=1: each run's timeline (first byte, last byte, DOM interactive, DOMContentLoaded, first paint).
    if (process.env.P2_DEBUG) {
      const t = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
        return [n.responseStart, n.responseEnd, n.domInteractive, n.domContentLoadedEventStart, fcp].map(
          Math.round,
        );
      });
      process.stderr.write(
        `[p2] ${url.slice(-8)} lcp ${Math.round(lcp)} ttfb/respEnd/di/dcl/fcp ${t.join('/')}\n`,
      );
    }
    if (!lcp) throw new Error(`no largest-contentful-paint entry for ${url}`);
    return { lcp, ttfb };
  } finally {
    await page.close();
  }
}

const tableReady = async (page: Page) => {
  await page.getByRole('row').nth(20).waitFor({ timeout: 60_000 });
};

export async function p2(opts: {
  browser: Browser;
  base: string;
  sid: string;
  distDir: string;
  tmp: string;
}): Promise<Row[]> {
  const running: Running[] = [];
  try {
    // The static twin: the page as the app rendered it, minus every script (no JS runs).
    const snapshot = await signedInContext(opts.browser, opts.base, opts.sid);
    const page = await snapshot.newPage();
    // Once the app has settled (hydrated, the toaster's styles added), so every run copies the same page.
    await page.goto(`${opts.base}/reviews`, { waitUntil: 'networkidle' });
    await tableReady(page);
    await page.evaluate(() =>
      document
        .querySelectorAll('script, link[rel="modulepreload"], link[rel="prefetch"]')
        .forEach((el) => el.remove()),
    );
    // Stylesheets the app added at run time (a lazy chunk's CSS) carry absolute URLs of the app's origin; the
    // app's server forbids cross-origin use of its files (Cross-Origin-Resource-Policy), so the static twin must
    // load its own copies, or it renders without that CSS (a different, larger LCP element).
    const html =
      `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`.replaceAll(
        `${opts.base}/`,
        '/',
      );
    await snapshot.close();
    const staticDir = path.join(opts.tmp, 'p2-static');
    await mkdir(staticDir, { recursive: true });
    await writeFile(path.join(staticDir, 'index.html'), html);
    await cp(path.join(opts.distDir, 'assets'), path.join(staticDir, 'assets'), { recursive: true });
    const bare = await startProcess({
      args: ['bench/servers/bare.mjs', 'static', String(PORTS.p2Static), staticDir],
      ready: /ready/,
      url: `http://${HOST}:${PORTS.p2Static}`,
    });
    running.push(bare);

    const app: number[] = [];
    const stat: number[] = [];
    const ttfb: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await signedInContext(opts.browser, opts.base, opts.sid);
      const run = await lcpOf(a, `${opts.base}/reviews`, tableReady).finally(() => a.close());
      app.push(run.lcp);
      ttfb.push(run.ttfb);
      const s = await opts.browser.newContext({ viewport: { width: 1280, height: 800 } });
      stat.push((await lcpOf(s, `${bare.url}/`, tableReady).finally(() => s.close())).lcp);
    }
    const value = round(median(app), 0);
    const baseline = round(median(stat), 0);
    return [
      {
        id: 'P2',
        measure: `LCP of /reviews, 1,000 reviews, 4× CPU throttle, median of ${RUNS} (runs: ${app.map((n) => Math.round(n)).join(', ')}; static: ${stat.map((n) => Math.round(n)).join(', ')}; app first byte median ${Math.round(median(ttfb))} ms (the server render); server-rendered, static page ${(html.length / 1024).toFixed(0)} KiB HTML)`,
        value,
        unit: 'ms',
        baseline,
        ratio: ratioOf(value, baseline),
        budget: '≤ 1.3× static',
        pass: value <= 1.3 * baseline,
      },
    ];
  } finally {
    await Promise.all(running.map((r) => r.stop()));
  }
}
