import { expect, test } from './fixtures';

// The whole stack in one pass: the real server (fresh database with the demo seed), the built SPA, the sign-in
// form and the review list reading the real API.
test('a reviewer signs in and sees the seeded reviews', async ({ page, signIn }) => {
  await signIn('reviewer', '/');

  await expect(page).toHaveURL(/\/reviews(\?|$)/);
  // A recent seeded review (src/server/seed-data): its title carries the fiscal year, which moves with the clock.
  await expect(page.getByRole('link', { name: /^Tallyhire SOC 2 Type 1 — FY\d{4}$/ })).toBeVisible();
  const reviewRows = page.getByRole('row').filter({ has: page.getByRole('link') });
  await expect.poll(() => reviewRows.count()).toBeGreaterThanOrEqual(10);
});
