import { Review } from '../src/contract/review';
import { api as apiPaths, paths } from '../src/paths';
import { expect, sectionLink, test } from './fixtures';

// Issue 3, journey 3: a rule only the server can judge. The form checks the same zod schema as the server, so
// the browser is made to believe it is five days later: a report issue date two days ahead passes the browser's
// check, the real server (on the real UTC date) refuses it, and its message lands on that field.

const DAY = 86_400_000;

test("the server's validation error lands on its field and the typed value stays", async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  const review = await createReview();
  const inTwoDays = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
  await page.clock.install({ time: new Date(Date.now() + 5 * DAY) });
  await signInViaApi('reviewer');
  await page.goto(paths.review(review.vendorId, review.id));

  const date = page.getByLabel(/^Report issue date/);
  await date.fill(inTwoDays);
  // The browser's own check passes: the date is no later than its (shifted) today.
  await expect(sectionLink(page, 'Reviewer information')).toHaveAccessibleName(
    /^Reviewer information — 1 missing/,
  );

  const answer = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && r.url().includes(apiPaths.review(review.vendorId, review.id)),
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const response = await answer;
  expect(response.status()).toBe(400);
  const body: unknown = await response.json();
  expect(body).toMatchObject({
    errors: [{ path: 'socForm.reviewerInformation.reportIssueDate', message: expect.any(String) }],
  });
  const [{ message }] = (body as { errors: [{ message: string }] }).errors;

  // Next to the field: announced, tied to the input, and the input marked invalid with its value kept.
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(date).toHaveValue(inTwoDays);
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: some answers need fixing.' }),
  ).toBeVisible();

  // Nothing was written.
  const stored = Review.parse(await (await api.get(apiPaths.review(review.vendorId, review.id))).json());
  expect(stored.status).toBe('NOT_YET_STARTED');
  expect(stored.socReviewForm?.reviewerInformation.reportIssueDate).toBeNull();
});
