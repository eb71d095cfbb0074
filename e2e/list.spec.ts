import type { Page } from '@playwright/test';
import { api as apiPaths } from '../src/paths';
import { expect, shot, test } from './fixtures';

// Issue 3, journey 1: the review list follows the search box and the filters, keeps them in the URL, and a
// reload shows the same list.

const titleLinks = (page: Page) => page.getByRole('table').getByRole('link');
const filterButton = (page: Page, name: string) =>
  page.getByRole('search', { name: 'Filter reviews' }).getByRole('button', { name: new RegExp(`^${name}`) });

/** Opens a filter's panel, ticks one option, and closes the panel again with Escape (the choice stays). */
async function pick(page: Page, filter: string, option: string) {
  await filterButton(page, filter).click();
  await page.getByRole('group', { name: filter }).getByRole('checkbox', { name: option }).check();
  await page.keyboard.press('Escape');
  await expect(filterButton(page, filter)).toHaveAttribute('aria-expanded', 'false');
}

test('filter and search the list; a reload shows the same result', async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  // A word no other review has, so the search isolates this test's reviews from the seed and other workers.
  const word = `zq${Date.now().toString(36)}w${test.info().workerIndex}r${test.info().retry}`;
  const alpha = await createReview({ title: `${word} Alpha`, securityReviewStatus: 'IN_PROGRESS' });
  await createReview({ title: `${word} Bravo` });
  await createReview({
    title: `${word} Charlie`,
    securityReviewType: 'SECURITY',
    securityReviewStatus: 'IN_PROGRESS',
  });
  const delta = await createReview({
    title: `${word} Delta`,
    securityReviewType: 'SECURITY',
    securityReviewStatus: 'IN_PROGRESS',
  });
  // A questionnaire review needs no form to be finalized: Delta becomes Completed and Rejected.
  const finalized = await api.post(apiPaths.actions(delta.vendorId, delta.id), {
    data: { action: 'finalize', decision: 'REJECTED' },
  });
  expect(finalized.status(), await finalized.text()).toBe(200);
  expect(alpha.status).toBe('IN_PROGRESS');

  await signInViaApi('reviewer');
  await page.goto('/reviews');
  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await page.getByLabel('Order').selectOption({ label: 'A → Z' });

  // The list follows typing: no Enter.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially(word);
  await expect(titleLinks(page)).toHaveText([
    `${word} Alpha`,
    `${word} Bravo`,
    `${word} Charlie`,
    `${word} Delta`,
  ]);

  await pick(page, 'Status', 'In progress');
  await pick(page, 'Status', 'Completed');
  await expect(titleLinks(page)).toHaveText([`${word} Alpha`, `${word} Charlie`, `${word} Delta`]);
  await pick(page, 'Type', 'Security questionnaire');
  await expect(titleLinks(page)).toHaveText([`${word} Charlie`, `${word} Delta`]);
  await pick(page, 'Decision', 'Rejected');
  await expect(titleLinks(page)).toHaveText([`${word} Delta`]);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: `${word} Delta` }) });
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('Rejected');
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
  await shot(page, 'list-1-filtered');

  const url = new URL(page.url());
  expect(url.searchParams.get('q')).toBe(word);
  expect(url.searchParams.getAll('status')).toEqual(['IN_PROGRESS', 'COMPLETED']);
  expect(url.searchParams.getAll('type')).toEqual(['SECURITY']);
  expect(url.searchParams.getAll('decision')).toEqual(['REJECTED']);

  await page.reload();
  await expect(search).toHaveValue(word);
  await expect(filterButton(page, 'Status')).toHaveAccessibleName('Status 2 selected');
  await expect(filterButton(page, 'Type')).toHaveAccessibleName('Type: Security questionnaire');
  await expect(filterButton(page, 'Decision')).toHaveAccessibleName('Decision: Rejected');
  await expect(page.getByLabel('Sort by')).toHaveValue('title');
  await expect(titleLinks(page)).toHaveText([`${word} Delta`]);
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
  await shot(page, 'list-2-reloaded');

  // Clearing the search alone widens the list again, still filtered.
  await search.clear();
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(page.getByRole('link', { name: `${word} Delta` })).toBeVisible();
  await expect(page.getByRole('link', { name: `${word} Charlie` })).toHaveCount(0);
});
