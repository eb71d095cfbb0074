import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { paths, api as apiPaths } from '../src/paths';
import { expect, shot, test } from './fixtures';

// Issue 3: axe-core on the review list (a filter open) and on the wizard (radio groups; list rows with a radio
// group): no serious or critical violations.

/** axe's serious and critical findings, one readable line per offending element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}\n    ${n.failureSummary ?? ''}`,
      ),
    );
}

test('the review list, with a filter open, has no serious accessibility violations', async ({
  page,
  signInViaApi,
}) => {
  test.slow(); // axe checks every element of the page (colour contrast of each cell included)
  await signInViaApi('reviewer');
  await page.goto('/reviews');
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  await page.getByRole('button', { name: /^Status/ }).click();
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('checkbox').first()).toBeVisible();
  await shot(page, 'a11y-list');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the SOC wizard has no serious accessibility violations', async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  test.slow(); // two full axe passes
  const review = await createReview();
  // A Type 2 scope shows the audit period's dates; findings show the list rows and the "Material impact" group.
  const socForm = {
    complianceScope: { scopeType: 'TYPE_2' },
    findings: { findings: [{ description: 'Late access review' }, { description: 'No DR test' }] },
  };
  const saved = await api.put(apiPaths.review(review.vendorId, review.id), {
    data: { socForm },
    headers: { 'X-List-Mode': 'replace' },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await signInViaApi('reviewer');

  await page.goto(paths.reviewSection(review.vendorId, review.id, 'complianceScope'));
  await expect(page.getByRole('radio', { name: 'SOC 2', exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Type 2', exact: true })).toBeChecked();
  await expect(page.getByLabel(/^Audit period start/)).toBeVisible();
  expect(await seriousViolations(page), 'Compliance scope').toEqual([]);

  await page.goto(paths.reviewSection(review.vendorId, review.id, 'findings'));
  await expect(page.getByLabel('Finding 2 description')).toHaveValue('No DR test');
  await expect(page.getByRole('group', { name: /^Material impact/ })).toBeVisible();
  await shot(page, 'a11y-findings');
  expect(await seriousViolations(page), 'Findings').toEqual([]);
});
