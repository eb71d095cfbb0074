import type { APIRequestContext, Page } from '@playwright/test';
import { Review } from '../src/contract/review';
import { Me } from '../src/contract/user';
import { api as apiPaths, paths } from '../src/paths';
import { DEMO, expect, signInWithForm, test } from './fixtures';

/*
 * Who may do what, on the screen: a reviewer fills a SOC form but cannot finalize it; a manager finalizes;
 * an auditor sees everything and can change nothing. The buttons a role may not use are shown disabled with
 * the reason, and the reasons come from GET /auth/me's permissions.
 */

/** Seven of the eight sections, complete (the CPA firm is left for the reviewer to fill in on screen). */
const sevenSections = (reviewerUserId: number) => ({
  reviewerInformation: { reviewerUserId, reportIssueDate: '2025-03-01' },
  complianceScope: {
    certification: 'SOC_2',
    scopeType: 'TYPE_2',
    auditPeriodRange: { start: '2024-01-01', end: '2024-12-31' },
    trustServiceCriteria: ['SECURITY', 'AVAILABILITY'],
  },
  reportOpinion: { reportOpinion: 'UNQUALIFIED', encompassBusinessNeeds: true },
  findings: { findings: [{ description: 'One access review was late' }], hasMaterialImpact: false },
  endUserControls: { userControls: [{ description: 'Customers review their user access', inPlace: true }] },
  servicesAndLocations: { services: [{ name: 'Payroll processing' }] },
  subserviceOrganizations: { subserviceOrganization: null },
});

async function whoAmI(request: APIRequestContext): Promise<Me> {
  const res = await request.get(apiPaths.me());
  expect(res.status()).toBe(200);
  return Me.parse(await res.json());
}

async function save(request: APIRequestContext, review: Review, socForm: object): Promise<Review> {
  const res = await request.put(apiPaths.review(review.vendorId, review.id), {
    data: { socForm },
    headers: { 'X-List-Mode': 'replace' },
  });
  expect(res.status(), await res.text()).toBe(200);
  return Review.parse(await res.json());
}

const finalize = (page: Page) => page.getByRole('button', { name: 'Finalize', exact: true });
const reopen = (page: Page) => page.getByRole('button', { name: 'Reopen', exact: true });

test('a reviewer completes the SOC form but cannot finalize; a manager signs in and finalizes', async ({
  page,
  apiAs,
  createReview,
  vendor,
}) => {
  const reviewerApi = await apiAs('reviewer');
  const reviewer = await whoAmI(reviewerApi);
  const created = await createReview();
  const seven = await save(reviewerApi, created, sevenSections(reviewer.id));
  expect(seven.socReviewForm?.readyToFinalize).toBe(false);

  // The reviewer fills in the last section on screen.
  await signInWithForm(page, 'reviewer', `${paths.review(vendor.id, created.id)}/cpaFirm`);
  await expect(page.getByRole('banner')).toContainText('Reviewer');
  await expect(page.getByRole('heading', { name: 'CPA firm' })).toBeVisible();
  await page.getByRole('textbox', { name: /^CPA firm/ }).fill('Example CPA LLP');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Ready to finalize')).toBeVisible();

  // Complete, but not theirs to finalize: disabled, with the reason next to it.
  await expect(finalize(page)).toBeDisabled();
  await expect(finalize(page)).toHaveAccessibleDescription('Only managers can finalize reviews');
  await expect(page.getByText('Only managers can finalize reviews')).toBeVisible();
  await expect(page.getByRole('link', { name: 'API keys' })).toHaveCount(0);

  // Sign out; the sign-in form shows in place, and the manager lands on the same review.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(DEMO.users.manager.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText('Manager');
  await expect(page).toHaveURL(new RegExp(`${paths.review(vendor.id, created.id)}/cpaFirm$`));

  await expect(finalize(page)).toBeEnabled();
  await finalize(page).click();
  const dialog = page.getByRole('dialog', { name: 'Finalize review' });
  await dialog.getByRole('radio', { name: 'Approved', exact: true }).check();
  await dialog.getByRole('button', { name: 'Finalize review' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Security review finalized successfully')).toBeVisible();
  await expect(reopen(page)).toBeEnabled();

  const after = await reviewerApi.get(apiPaths.review(vendor.id, created.id));
  expect(Review.parse(await after.json())).toMatchObject({ status: 'COMPLETED', decision: 'APPROVED' });
});

test('an auditor sees everything and can change nothing', async ({
  page,
  api,
  apiAs,
  createReview,
  vendor,
}) => {
  const reviewer = await whoAmI(await apiAs('reviewer'));
  const review = await save(api, await createReview(), {
    reviewerInformation: { reviewerUserId: reviewer.id, reportIssueDate: '2025-03-01' },
  });
  expect(review.status).toBe('IN_PROGRESS');
  const reviewId = review.id;

  await signInWithForm(page, 'auditor', paths.review(vendor.id, reviewId));
  await expect(page.getByRole('banner')).toContainText('Auditor');
  await expect(page.getByRole('heading', { name: 'Reviewer information' })).toBeVisible();
  await expect(page.getByText('You can read this review but not change it.').first()).toBeVisible();

  // The form is read-only: its fields are disabled and there is nothing to save.
  await expect(page.getByRole('combobox', { name: /^Reviewer/ })).toBeDisabled();
  await expect(page.getByLabel(/^Report issue date/)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit title' })).toHaveCount(0);
  // Files can be read but not added: no drop zone.
  await expect(page.getByRole('heading', { name: 'Questionnaires and documents' })).toBeVisible();
  await expect(page.getByLabel('Files to upload')).toHaveCount(0);
  await expect(page.getByText(/Drag files here/)).toHaveCount(0);
  // Neither action, each with its reason.
  await expect(finalize(page)).toBeDisabled();
  await expect(page.getByText('Only managers can finalize reviews')).toBeVisible();
  await expect(reopen(page)).toBeDisabled();
  await expect(page.getByText('Only managers can reopen reviews')).toBeVisible();
  // No API keys for auditors, in the header or at the address.
  await expect(page.getByRole('link', { name: 'API keys' })).toHaveCount(0);
  await page.goto(paths.apiKeys());
  await expect(page.getByText('Only managers can manage API keys')).toBeVisible();

  // And the server agrees, whatever the screen shows.
  const auditorApi = await apiAs('auditor');
  const put = await auditorApi.put(apiPaths.review(vendor.id, reviewId), { data: { title: 'x' } });
  expect(put.status()).toBe(403);
});

test('a session that ends mid-edit: sign in again in place, back on the same section with the typing kept', async ({
  page,
  baseURL,
  createReview,
  vendor,
}) => {
  const review = await createReview();
  const url = `${paths.review(vendor.id, review.id)}/cpaFirm`;
  await signInWithForm(page, 'reviewer', url);
  const field = page.getByRole('textbox', { name: /^CPA firm/ });
  await field.fill('Typed before the session ended LLP');

  // The session ends on the server (as after 12 idle hours); the page does not know yet.
  const origin = new URL(baseURL ?? page.url()).origin;
  expect((await page.request.post(apiPaths.logout(), { headers: { Origin: origin } })).status()).toBe(204);
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  // A 401 brings the sign-in form in place, at the same address.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await page.getByLabel('Email').fill(DEMO.users.reviewer.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('heading', { name: 'CPA firm' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(field).toHaveValue('Typed before the session ended LLP');
});
