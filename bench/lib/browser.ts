import { chromium, type Browser, type BrowserContext } from '@playwright/test';

/** Debian's Chromium (Playwright's own download is not reachable here); CHROMIUM_PATH overrides. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  });
}

/** A fresh context (cold cache) already signed in with the session cookie `sid`. */
export async function signedInContext(browser: Browser, base: string, sid: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies([{ name: 'sid', value: sid, url: base, httpOnly: true, sameSite: 'Strict' }]);
  return context;
}
