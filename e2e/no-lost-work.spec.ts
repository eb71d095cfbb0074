import type { Locator, Page } from '@playwright/test';
import { Review } from '../src/contract/review';
import { api as apiPaths, paths } from '../src/paths';
import { expect, signInWithForm, test } from './fixtures';

// Issue 6, "No lost work": typing survives going offline and a reload, and two people saving the same answer
// see each other's version instead of one silently overwriting the other.

const cpaFirm = (page: Page) => page.getByRole('textbox', { name: /^CPA firm/ });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });
const saveStatus = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Types at the end of a field, as a user going on with their sentence (a focus by script puts the caret first). */
async function typeOn(field: Locator, text: string) {
  await field.press('End');
  await field.pressSequentially(text);
}

/** Optional screenshots for a human look (SHOTS=/some/folder). */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

test('typing survives going offline and a reload, and is saved once back online', async ({
  page,
  context,
  signIn,
  createReview,
  api,
}) => {
  const review = await createReview();
  await signIn('reviewer', paths.reviewSection(review.vendorId, review.id, 'cpaFirm'));
  await expect(page.getByRole('heading', { name: 'CPA firm', level: 2 })).toBeVisible();

  await cpaFirm(page).fill('Deloitte');
  await context.setOffline(true);
  await typeOn(cpaFirm(page), ' & Touche');
  await saveButton(page).click();
  await expect(saveStatus(page, "Offline — will save when you're back online")).toBeVisible();
  // The inputs stay usable while the save waits for the network; this part is newer than the waiting save.
  await typeOn(cpaFirm(page), ' LLP');
  await expect(cpaFirm(page)).toBeEnabled();
  await expect(page.getByRole('link', { name: /^CPA firm — .* • unsaved$/ })).toBeVisible();
  await shot(page, '1-offline');

  // The built SPA cannot load without a network, so the reload happens online; the unsaved edits come back
  // from the browser's draft whatever the waiting save managed to do meanwhile.
  page.on('dialog', (dialog) => void dialog.accept()); // "Leave site?" (beforeunload: there are unsaved changes)
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText(/Unsaved changes from \d{2}:\d{2} restored/)).toBeVisible();
  await expect(cpaFirm(page)).toHaveValue('Deloitte & Touche LLP');
  await shot(page, '2-restored');

  await saveButton(page).click();
  await expect(saveStatus(page, /^Saved at \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText(/Unsaved changes from/)).toBeHidden();
  await expect(page.getByRole('link', { name: 'CPA firm — complete' })).toBeVisible();
  await shot(page, '3-saved');

  await page.reload();
  await expect(cpaFirm(page)).toHaveValue('Deloitte & Touche LLP');
  await expect(page.getByText(/Unsaved changes from/)).toBeHidden();
  const stored = Review.parse(await (await api.get(apiPaths.review(review.vendorId, review.id))).json());
  expect(stored.socReviewForm?.cpaFirm.cpaFirm).toBe('Deloitte & Touche LLP');
});

test('two people save the same answer: the second sees both versions and keeps theirs', async ({
  page,
  browser,
  baseURL,
  signIn,
  createReview,
  api,
}) => {
  const review = await createReview();
  const url = paths.reviewSection(review.vendorId, review.id, 'cpaFirm');
  const other = await browser.newContext({ baseURL });
  try {
    const pageB = await other.newPage();
    await signIn('reviewer', url);
    await signInWithForm(pageB, 'manager', url);
    await expect(cpaFirm(page)).toHaveValue('');
    await expect(cpaFirm(pageB)).toHaveValue('');

    await cpaFirm(page).fill('Deloitte');
    await saveButton(page).click();
    await expect(saveStatus(page, /^Saved at/)).toBeVisible();

    await cpaFirm(pageB).fill('KPMG');
    await saveButton(pageB).click();
    const conflict = pageB.getByRole('region', { name: /someone else saved changes/ });
    await expect(conflict).toBeVisible();
    const row = conflict.getByRole('row', { name: /CPA firm/ });
    await expect(row).toContainText('Deloitte');
    await expect(row).toContainText('KPMG');
    await expect(conflict.getByRole('radio', { name: 'CPA firm: yours' })).toBeChecked();
    await shot(pageB, '4-conflict');

    await conflict.getByRole('button', { name: 'Keep all mine' }).click();
    await conflict.getByRole('button', { name: 'Use these answers' }).click();
    await expect(conflict).toBeHidden();
    await expect(cpaFirm(pageB)).toHaveValue('KPMG');
    await saveButton(pageB).click();
    await expect(saveStatus(pageB, /^Saved at/)).toBeVisible();
    await shot(pageB, '5-after-conflict');

    const stored = Review.parse(await (await api.get(apiPaths.review(review.vendorId, review.id))).json());
    expect(stored.socReviewForm?.cpaFirm.cpaFirm).toBe('KPMG');
  } finally {
    await other.close();
  }
});

test('a draft waits for its own user across signing out and in, and is never shown to another', async ({
  page,
  signIn,
  createReview,
}) => {
  const review = await createReview();
  const url = paths.reviewSection(review.vendorId, review.id, 'cpaFirm');
  await signIn('reviewer', url);
  await cpaFirm(page).fill('Grant Thornton');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  await signInWithForm(page, 'manager', url);
  await expect(cpaFirm(page)).toHaveValue('');
  await expect(page.getByText(/Unsaved changes from/)).toBeHidden();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signInWithForm(page, 'reviewer', url);
  await expect(page.getByText(/Unsaved changes from \d{2}:\d{2} restored/)).toBeVisible();
  await expect(cpaFirm(page)).toHaveValue('Grant Thornton');
});
