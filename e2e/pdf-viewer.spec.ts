import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { VendorDocument } from '../src/contract/files';
import type { Review } from '../src/contract/review';
import { api as apiPaths, paths } from '../src/paths';
import { expect, sectionLink, shot, test } from './fixtures';

// The reviewer reads the vendor's SOC report beside the form: open the uploaded PDF from the documents list,
// it renders under the real server's Content Security Policy, the form stays usable, and the URL keeps it open
// across section links and a reload; Back closes it.
const PDF = path.join(import.meta.dirname, 'fixtures', 'sample-report.pdf');

/**
 * Whatever the console, the browser's own log (CSP refusals, failed loads) or a CSP violation event complains
 * about, to be asserted empty at the end (zod runs jitless, see src/zod-config.ts, so it never probes eval).
 */
async function watchProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') problems.push(`log: ${entry.source} ${entry.text} ${entry.url ?? ''}`);
  });
  await cdp.send('Log.enable');
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return problems;
}

/** True when some pixel of the viewer's first canvas is not white: the page was really drawn. */
/** The sample SOC report, uploaded through the API as the review's compliance report. */
async function uploadReport(api: APIRequestContext, review: Review): Promise<VendorDocument> {
  const upload = await api.post(apiPaths.documents(review.vendorId), {
    multipart: {
      type: 'COMPLIANCE_REPORT',
      securityReviewId: String(review.id),
      file: { name: 'sample-report.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) },
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return VendorDocument.parse(await upload.json());
}

async function canvasHasInk(page: Page): Promise<boolean> {
  return page
    .getByRole('region', { name: 'Pages of sample-report.pdf' })
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) return false;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i] ?? 255) < 200 && (data[i + 1] ?? 255) < 200 && (data[i + 2] ?? 255) < 200) return true;
      }
      return false;
    });
}

test('open the SOC report beside the form, fill the form, reload, and close it with Back', async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  const problems = await watchProblems(page);
  const review = await createReview();
  const document = await uploadReport(api, review);

  await signInViaApi('manager');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(paths.review(review.vendorId, review.id));
  await page.getByRole('button', { name: 'Open sample-report.pdf beside the form' }).click();

  const viewer = page.getByRole('region', { name: 'sample-report.pdf (PDF viewer)' });
  await expect(viewer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?doc=${document.id}$`));
  await expect(viewer.getByLabel('Page', { exact: true })).toHaveValue('1');
  await expect(viewer.getByText('of 1', { exact: true })).toBeVisible();
  await expect.poll(() => canvasHasInk(page)).toBe(true);
  // The text layer: the report's words are selectable text, not only pixels.
  await expect(viewer.getByText('Acme Cloud Storage, Inc.')).toBeAttached();
  await shot(page, 'pdf-viewer-1440');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  // Zoom steps and fit width.
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false');
  await viewer.getByRole('button', { name: 'Fit width' }).click();
  await expect(viewer.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true');

  // The form stays usable beside it.
  await page.getByLabel(/^Report issue date/).fill('2025-03-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await expect(viewer).toBeVisible();

  // Another section of the form (its link knows nothing of ?doc): the viewer stays open.
  await sectionLink(page, 'Compliance scope').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Compliance scope' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/complianceScope\\?doc=${document.id}$`));
  await expect(viewer).toBeVisible();

  // A reload keeps it open and drawn.
  await page.reload();
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('of 1', { exact: true })).toBeVisible();
  await expect.poll(() => canvasHasInk(page)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'pdf-viewer-1280');

  // Back goes back through the section change, then closes the viewer.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Reviewer information' })).toBeVisible();
  await expect(viewer).toBeVisible();
  await page.goBack();
  await expect(viewer).toBeHidden();
  await expect(page).toHaveURL(paths.review(review.vendorId, review.id));

  // Open again, then Close viewer.
  await page.getByRole('button', { name: 'Open sample-report.pdf beside the form' }).click();
  await expect(viewer).toBeVisible();
  await viewer.getByRole('button', { name: 'Close viewer' }).click();
  await expect(viewer).toBeHidden();

  expect(problems).toEqual([]);
});

test('a link that expired is refreshed, and a file that is not a PDF says it could not be opened', async ({
  page,
  api,
  createReview,
  signInViaApi,
}) => {
  const problems = await watchProblems(page);
  const review = await createReview();
  await uploadReport(api, review);
  await signInViaApi('reviewer');

  // The first download answers 404, as an expired signed link does: the viewer refetches the list and retries.
  let expired = 0;
  await page.route('**/files/*', async (route) => {
    if (expired++ === 0) return route.fulfill({ status: 404, body: '' });
    return route.continue();
  });
  await page.goto(paths.review(review.vendorId, review.id));
  await page.getByRole('button', { name: 'Open sample-report.pdf beside the form' }).click();
  const viewer = page.getByRole('region', { name: 'sample-report.pdf (PDF viewer)' });
  await expect(viewer.getByText('of 1', { exact: true })).toBeVisible();
  await expect.poll(() => canvasHasInk(page)).toBe(true);
  expect(expired).toBe(2);

  // Bytes that are not a PDF: a human message, and the page is otherwise fine.
  await page.unroute('**/files/*');
  await page.route('**/files/*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/pdf', body: 'not a pdf at all' }),
  );
  await page.reload();
  await expect(viewer.getByRole('alert')).toContainText('This PDF could not be opened');
  await expect(viewer.getByRole('alert')).toContainText('The file is damaged or is not a PDF.');
  await expect(page.getByRole('heading', { level: 2, name: 'Reviewer information' })).toBeVisible();

  // The 404 the test made up is a console error of its own; nothing else may be.
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});
