import { test as base, expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Role } from '../src/contract/enums';
import { page as pageOf } from '../src/contract/pagination';
import { Review } from '../src/contract/review';
import type { CreateReviewRequest } from '../src/contract/review';
import { Vendor } from '../src/contract/vendor';
import { api as apiPaths } from '../src/paths';

/** The demo accounts the server seeds into every new database (API.md, "Demo seed"). */
export const DEMO = {
  password: 'demo',
  users: {
    reviewer: { email: 'reviewer@example.com', apiKey: 'demo-reviewer-key' },
    manager: { email: 'manager@example.com', apiKey: 'demo-manager-key' },
    auditor: { email: 'auditor@example.com', apiKey: 'demo-auditor-key' },
  },
} as const satisfies { password: string; users: Record<Role, { email: string; apiKey: string }> };

interface Fixtures {
  /** The real API as the demo manager (may do everything), for setting up data. */
  api: APIRequestContext;
  /** The real API as another role, e.g. to check what an auditor may not do. Disposed after the test. */
  apiAs: (role: Role) => Promise<APIRequestContext>;
  /** Signs in through the sign-in form, starting at `path` (the app shows the form in place on any route). */
  signIn: (role: Role, path?: string) => Promise<void>;
  /** Signs in through POST /auth/login (the page's context gets the cookie): for tests not about signing in. */
  signInViaApi: (role: Role) => Promise<void>;
  /** A vendor from the seed. */
  vendor: Vendor;
  /** Creates a review through the API (defaults: SOC_REPORT, NOT_YET_STARTED, due in 30 days, a unique title). */
  createReview: (overrides?: Partial<CreateReviewRequest>) => Promise<Review>;
}

export const test = base.extend<Fixtures>({
  api: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${DEMO.users.manager.apiKey}` },
    });
    await use(context);
    await context.dispose();
  },

  apiAs: async ({ playwright, baseURL }, use) => {
    const contexts: APIRequestContext[] = [];
    await use(async (role) => {
      const context = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { Authorization: `Bearer ${DEMO.users[role].apiKey}` },
      });
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((c) => c.dispose()));
  },

  signIn: async ({ page }, use) => {
    await use((role, path = '/reviews') => signInWithForm(page, role, path));
  },

  signInViaApi: async ({ page, baseURL }, use) => {
    await use(async (role) => {
      // The server checks Origin on cookie sign-ins, as a browser would send it.
      const response = await page.request.post(apiPaths.login(), {
        data: { email: DEMO.users[role].email, password: DEMO.password },
        headers: { Origin: new URL(baseURL ?? page.url()).origin },
      });
      expect(response.status(), await response.text()).toBe(200);
    });
  },

  vendor: async ({ api }, use) => {
    const response = await api.get(apiPaths.vendors(), { params: { size: 1 } });
    expect(response.status(), await response.text()).toBe(200);
    const [vendor] = pageOf(Vendor).parse(await response.json()).data;
    if (!vendor) throw new Error('The seed has no vendor: is SEED_DEMO on?');
    await use(vendor);
  },

  createReview: async ({ api, vendor }, use, testInfo) => {
    let count = 0;
    await use(async (overrides = {}) => {
      count += 1;
      // Unique across workers and retries, so a test can find its own review by title.
      const tag = `${testInfo.workerIndex}.${testInfo.retry}.${count}.${Date.now().toString(36)}`;
      const body: CreateReviewRequest = {
        title: `E2E ${testInfo.title.slice(0, 80)} ${tag}`,
        securityReviewType: 'SOC_REPORT',
        securityReviewStatus: 'NOT_YET_STARTED',
        reviewDeadlineAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        ...overrides,
      };
      const response = await api.post(apiPaths.vendorReviews(vendor.id), { data: body });
      expect(response.status(), await response.text()).toBe(201);
      return Review.parse(await response.json());
    });
  },
});

export { expect };

export async function signInWithForm(page: Page, role: Role, path = '/reviews'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(DEMO.users[role].email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeHidden();
}

/** A section's link in the wizard's rail; its accessible name says its state ("Findings — 1 missing"). */
export function sectionLink(page: Page, title: string) {
  return page
    .getByRole('navigation', { name: 'Form sections' })
    .getByRole('link', { name: new RegExp(`^${title} — `) });
}

/** A screenshot for a human look, only when SHOTS names a folder (e.g. SHOTS=/tmp/shots). */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}
