import type { Page } from '@playwright/test';
import { api as apiPaths } from '../src/paths';
import { DEMO, expect, shot, test } from './fixtures';

// Issue 7, P2: the review list is rendered on the server. Its rows are readable before any script runs, and
// the app then takes over the same DOM (hydration) without fetching the list again or logging an error.

const unique = () => `ssr${Date.now().toString(36)}w${test.info().workerIndex}r${test.info().retry}`;

test('the list is readable with scripts off: the rows come in the HTML', async ({
  browser,
  baseURL,
  createReview,
}) => {
  const word = unique();
  await createReview({ title: `${word} Payroll SOC 2`, securityReviewStatus: 'IN_PROGRESS' });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const login = await context.request.post(apiPaths.login(), {
      data: { email: DEMO.users.reviewer.email, password: DEMO.password },
      headers: { Origin: new URL(baseURL ?? '').origin },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await page.goto(`/reviews?q=${word}`);
    await expect(page).toHaveTitle('Reviews · SOC Review');
    await expect(page.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: `${word} Payroll SOC 2` })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the app adopts the server-rendered list: no second fetch, no error, and it is live', async ({
  page,
  createReview,
  signInViaApi,
}) => {
  const word = unique();
  await createReview({ title: `${word} Alpha`, securityReviewStatus: 'IN_PROGRESS' });
  await createReview({ title: `${word} Bravo hostile </script><script>window.__pwned = 1</script>` });
  await signInViaApi('reviewer');
  const listRequests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes(apiPaths.reviews())) listRequests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(`/reviews?q=${word}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: `${word} Alpha` })).toBeVisible();
  // The hostile title is text: shown as typed, and its script never ran.
  await expect(page.getByRole('link', { name: /Bravo hostile <\/script><script>/ })).toBeVisible();
  // The data block holds it as data; the page has the entry and that block, and no script the title made.
  const rendered = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].map((s) => s.type),
    data: document.getElementById('ssr-state')?.textContent ?? '',
  }));
  expect(rendered.scripts.sort()).toEqual(['application/json', 'module']);
  expect(JSON.stringify(JSON.parse(rendered.data))).toContain(`${word} Bravo hostile </script><script>`);
  expect(listRequests).toEqual([]);
  expect(problems).toEqual([]);
  await shot(page, 'ssr-list');

  // Hydrated: the search box drives the list (a client fetch now), and the URL follows.
  await page.getByRole('searchbox', { name: 'Search' }).fill(`${word} Alpha`);
  await expect(page).toHaveURL(/q=.*Alpha/);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  expect(listRequests.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

/**
 * Opens /reviews with the app's code held back, so what the test does surely lands on the server's HTML before
 * hydration; returns the release.
 */
async function openBeforeTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/reviews', { waitUntil: 'domcontentloaded' });
  return release;
}

test('a choice or text entered before the app has taken the page over reaches it once live', async ({
  page,
  signInViaApi,
}) => {
  await signInViaApi('reviewer');
  const release = await openBeforeTheApp(page);
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await page.getByRole('searchbox', { name: 'Search' }).fill('SOC 2');
  release();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page).toHaveURL(/q=SOC\+2/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('SOC 2');
});

test('a click before the app has taken the page over is not lost: it happens once the app is live', async ({
  page,
  signInViaApi,
}) => {
  await signInViaApi('manager');
  const release = await openBeforeTheApp(page);
  await page.getByRole('button', { name: 'New review' }).click();
  await expect(page.getByRole('dialog', { name: 'New review' })).toHaveCount(0); // nothing listens yet
  release();
  await expect(page.getByRole('dialog', { name: 'New review' })).toBeVisible();
});
