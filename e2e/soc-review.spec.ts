import type { Page } from '@playwright/test';
import { Review } from '../src/contract/review';
import { api as apiPaths, paths } from '../src/paths';
import { expect, sectionLink, shot, test } from './fixtures';

// Issue 3, journey 2: a manager fills an empty SOC review section by section, the rail's missing counts fall
// as they type, Finalize enables only once all eight are complete on the server; then finalize and reopen.

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** The review's status badge carries the word (the header's; the rail says "complete", never "Completed"). */
const status = (page: Page, word: string) => page.getByRole('main').getByText(word, { exact: true });
const group = (page: Page, legend: string) => page.getByRole('group', { name: new RegExp(`^${legend}`) });

/** The rail's words for each section; while typing, the current one may also say "• unsaved" (a draft). */
async function expectRail(page: Page, states: Record<string, string>) {
  for (const [title, state] of Object.entries(states)) {
    await expect(sectionLink(page, title)).toHaveAccessibleName(
      new RegExp(`^${title} — ${state}( • unsaved)?$`),
    );
  }
}

/** "Save and continue": the server's answer marks the section, and the next one opens. */
async function saveAndContinue(page: Page, section: string, state: string, next: string) {
  await expect(button(page, 'Finalize')).toBeDisabled();
  await button(page, 'Save and continue').click();
  await expect(heading(page, next)).toBeVisible();
  await expect(sectionLink(page, next)).toHaveAttribute('aria-current', 'page');
  await expect(sectionLink(page, section)).toHaveAccessibleName(`${section} — ${state}`);
}

test('fill an empty SOC review, finalize it as Approved with conditions, then reopen it', async ({
  page,
  api,
  createReview,
  signIn,
}) => {
  test.setTimeout(90_000); // one long journey through eight sections and two dialogs
  const review = await createReview();
  await signIn('manager', paths.review(review.vendorId, review.id));

  await expect(heading(page, 'Reviewer information')).toBeVisible();
  await expect(status(page, 'Not yet started')).toBeVisible();
  await expectRail(page, {
    'Reviewer information': '2 missing',
    'Compliance scope': '3 missing',
    'Report opinion': '2 missing',
    Findings: 'complete',
    'End-user controls': 'complete',
    'Services and locations': '1 missing',
    'CPA firm': '1 missing',
    'Subservice organizations': 'complete',
  });
  await expect(button(page, 'Finalize')).toHaveAccessibleDescription(
    'Complete all sections to finalize (3 of 8 complete)',
  );
  await shot(page, 'soc-1-empty');

  // 1. Reviewer information: the reviewer is a choice to make, then the report's date.
  await page.getByRole('combobox', { name: /^Reviewer/ }).selectOption({ label: 'Riley Chen' });
  await expectRail(page, { 'Reviewer information': '1 missing' });
  await page.getByLabel(/^Report issue date/).fill('2025-03-01');
  await expectRail(page, { 'Reviewer information': 'complete' });
  await saveAndContinue(page, 'Reviewer information', 'complete', 'Compliance scope');
  await expect(status(page, 'In progress')).toBeVisible();

  // 2. Compliance scope: a SOC 2 Type 2 over a year, two criteria.
  await page.getByRole('radio', { name: 'SOC 2', exact: true }).check();
  await expectRail(page, { 'Compliance scope': '2 missing' });
  await page.getByRole('radio', { name: 'Type 2', exact: true }).check();
  await page.getByLabel(/^Audit period start/).fill('2024-01-01');
  await expectRail(page, { 'Compliance scope': '2 missing' });
  await page.getByLabel(/^Audit period end/).fill('2024-12-31');
  await expectRail(page, { 'Compliance scope': '1 missing' });
  await page.getByRole('checkbox', { name: 'Security', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Availability', exact: true }).check();
  await expectRail(page, { 'Compliance scope': 'complete' });
  await shot(page, 'soc-2-compliance-scope');
  await saveAndContinue(page, 'Compliance scope', 'complete', 'Report opinion');

  // 3. Report opinion: a qualified opinion asks for a follow-up activity.
  await group(page, 'Report opinion').getByRole('radio', { name: 'Qualified', exact: true }).check();
  await expectRail(page, { 'Report opinion': '2 missing' });
  await group(page, 'Covers our business needs').getByRole('radio', { name: 'Yes', exact: true }).check();
  await expectRail(page, { 'Report opinion': '1 missing' });
  await page.getByLabel(/^Follow-up activity/).fill('Ask for the bridge letter covering Q1');
  await expectRail(page, { 'Report opinion': 'complete' });
  await saveAndContinue(page, 'Report opinion', 'complete', 'Findings');

  // 4. Findings: a finding makes "Material impact" required.
  await button(page, 'Add finding').click();
  await expectRail(page, { Findings: '1 missing' });
  await page.getByLabel('Finding 1 description').fill('Two terminated users kept access for 10 days');
  await group(page, 'Material impact').getByRole('radio', { name: 'No', exact: true }).check();
  await expectRail(page, { Findings: 'complete' });
  await saveAndContinue(page, 'Findings', 'complete', 'End-user controls');

  // 5. End-user controls: nothing is required, but what is entered is kept.
  await button(page, 'Add control').click();
  await page.getByLabel('Control 1 description').fill('Customers review their users quarterly');
  await page.getByRole('checkbox', { name: /^In place at our company/ }).check();
  await expectRail(page, { 'End-user controls': 'complete' });
  await saveAndContinue(page, 'End-user controls', 'complete', 'Services and locations');

  // 6. Services and locations: one service is required.
  await button(page, 'Add service').click();
  await page.getByLabel('Service 1 name').fill('Payroll processing');
  await expectRail(page, { 'Services and locations': 'complete' });
  await button(page, 'Add location').click();
  await page.getByLabel('Location 1 city').fill('Dublin');
  await page.getByLabel('Location 1 state or country').fill('Ireland');
  await saveAndContinue(page, 'Services and locations', 'complete', 'CPA firm');

  // 7. CPA firm: the last section with something missing (Subservice organizations is complete while empty).
  await page.getByRole('textbox', { name: /^CPA firm/ }).fill('Example CPA LLP');
  await expectRail(page, { 'CPA firm': 'complete' });
  await page.getByLabel('Procedures performed on the CPA firm').fill('Checked the AICPA peer review');
  await saveAndContinue(page, 'CPA firm', 'complete', 'Subservice organizations');
  // All eight are complete on the server now: it offers finalize, and only now.
  await expect(page.getByText('Ready to finalize')).toBeVisible();
  await expect(button(page, 'Finalize')).toBeEnabled();

  // 8. Subservice organizations: naming one asks what was done about it.
  await page.getByRole('textbox', { name: 'Subservice organizations', exact: true }).fill('Cirrus Cloud');
  await expectRail(page, { 'Subservice organizations': '1 missing' });
  await page.getByRole('radio', { name: 'Carve-out', exact: true }).check();
  await page.getByLabel(/^Procedures performed on subservice organizations/).fill('Read their SOC 2 report');
  await expectRail(page, { 'Subservice organizations': 'complete' });
  // Finalizing now would leave these edits out: it waits for them to be saved.
  await expect(button(page, 'Finalize')).toHaveAccessibleDescription(
    'Save or discard your changes in Subservice organizations first',
  );
  await expect(button(page, 'Finalize')).toBeDisabled();
  await expect(button(page, 'Save and continue')).toHaveCount(0);
  await button(page, 'Save').click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  for (const link of await page.getByRole('navigation', { name: 'Form sections' }).getByRole('link').all()) {
    await expect(link).toHaveAccessibleName(/ — complete$/);
  }
  await expect(button(page, 'Finalize')).toBeEnabled();
  await shot(page, 'soc-3-ready');

  await button(page, 'Finalize').click();
  const finalize = page.getByRole('dialog', { name: 'Finalize review' });
  await finalize.getByRole('radio', { name: 'Approved with conditions', exact: true }).check();
  await finalize.getByLabel(/^Note/).fill('Approved on condition of the bridge letter by March.');
  await shot(page, 'soc-4-finalize-dialog');
  await finalize.getByRole('button', { name: 'Finalize review' }).click();
  await expect(finalize).toBeHidden();
  await expect(status(page, 'Completed')).toBeVisible();
  await expect(page.getByText('This review is completed, so its form is read-only.').first()).toBeVisible();
  await expect(button(page, 'Save')).toHaveCount(0);
  await expect(button(page, 'Finalize')).toBeDisabled();
  await shot(page, 'soc-5-completed');

  await button(page, 'Reopen').click();
  const reopen = page.getByRole('dialog', { name: 'Reopen review' });
  await expect(reopen.getByRole('checkbox', { name: 'Reset decision to Pending' })).not.toBeChecked();
  await reopen.getByRole('button', { name: 'Reopen review' }).click();
  await expect(reopen).toBeHidden();
  await expect(status(page, 'In progress')).toBeVisible();
  await expect(button(page, 'Save')).toBeEnabled();
  await expect(button(page, 'Finalize')).toBeEnabled();
  await shot(page, 'soc-6-reopened');

  // The server holds the same story: reopened, the decision kept, the finalization with its note.
  const stored = Review.parse(await (await api.get(apiPaths.review(review.vendorId, review.id))).json());
  expect(stored).toMatchObject({
    status: 'IN_PROGRESS',
    decision: 'APPROVED_WITH_CONDITIONS',
    finalization: {
      decision: 'APPROVED_WITH_CONDITIONS',
      note: 'Approved on condition of the bridge letter by March.',
    },
  });
  expect(stored.socReviewForm?.readyToFinalize).toBe(true);
  expect(stored.socReviewForm?.subserviceOrganizations.subserviceOrganizationUsingInclusiveMethod).toBe(
    false,
  );
});
