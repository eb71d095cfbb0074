import type { Locator, Page } from '@playwright/test';
import { Review } from '../src/contract/review';
import { api as apiPaths, paths } from '../src/paths';
import { expect, sectionLink, shot, test } from './fixtures';

// Issue 3, journey 4: one section done with the keyboard only (Tab, Shift+Tab, Space, Enter, arrows and typing;
// no clicks), from the section rail to the saved answer.

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
  // Keyboard focus must be visible: the browser matches :focus-visible only for keyboard-style focus.
  expect(await target.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
}

test('the Compliance scope section filled in and saved with the keyboard alone', async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  const review = await createReview();
  await signInViaApi('reviewer');
  await page.goto(paths.review(review.vendorId, review.id));
  await expect(page.getByRole('heading', { name: 'Reviewer information', level: 2 })).toBeVisible();

  // From the rail to the section.
  const link = sectionLink(page, 'Compliance scope');
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Compliance scope', level: 2 })).toBeVisible();
  await expect(link).toHaveAccessibleName('Compliance scope — 3 missing');

  // A radio group is one Tab stop; Space picks the focused option, the arrows move the choice.
  await tabTo(page, page.getByRole('radio', { name: 'SOC 1', exact: true }));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'SOC 2', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Type 1', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Type 2', exact: true })).toBeChecked();
  await expect(link).toHaveAccessibleName(/^Compliance scope — 2 missing/);

  // Dates typed into the browser's date inputs (month, day, year in en-US).
  const start = page.getByLabel(/^Audit period start/);
  await tabTo(page, start);
  await page.keyboard.type('01012024');
  const end = page.getByLabel(/^Audit period end/);
  await tabTo(page, end);
  await page.keyboard.type('12312024');
  await expect(start).toHaveValue('2024-01-01');
  await expect(end).toHaveValue('2024-12-31');
  await expect(link).toHaveAccessibleName(/^Compliance scope — 1 missing/);

  // Checkboxes: each is a Tab stop. Tick Availability, then go back to tick Security.
  await tabTo(page, page.getByRole('checkbox', { name: 'Availability' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('checkbox', { name: 'Security' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(link).toHaveAccessibleName(/^Compliance scope — complete/);
  await shot(page, 'keyboard-1-filled');

  const save = page.getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await expect(link).toHaveAccessibleName('Compliance scope — complete');
  await shot(page, 'keyboard-2-saved');

  const stored = Review.parse(await (await api.get(apiPaths.review(review.vendorId, review.id))).json());
  expect(stored.socReviewForm?.complianceScope).toMatchObject({
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    auditPeriodRange: { start: '2024-01-01', end: '2024-12-31' },
    trustServiceCriteria: expect.arrayContaining(['SECURITY', 'AVAILABILITY']),
    isComplete: true,
  });
});
