import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { paths } from '../src/paths';
import { expect, test } from './fixtures';

// Issue 4 in the browser: real drag-and-drop onto the zone, the file chooser, per-file progress, the list,
// downloads compared byte for byte, refusals by the browser and by the server, and New review with a file.
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const PDF = path.join(FIXTURES, 'sample-report.pdf');
const CSV = path.join(FIXTURES, 'questionnaire.csv');
const EXE = path.join(FIXTURES, 'not-allowed.exe');

interface DropFile {
  name: string;
  type: string;
  base64: string;
}
const fileOf = (file: string, type: string, name = path.basename(file)): DropFile => ({
  name,
  type,
  base64: readFileSync(file).toString('base64'),
});

/**
 * What a real drop delivers to react-dropzone: dragenter, dragover and drop events carrying a DataTransfer that
 * holds File objects (built in the page from the fixture bytes).
 */
async function dropFiles(page: Page, zone: Locator, files: DropFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list: DropFile[]) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

async function downloadBytes(page: Page, link: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile(await download.path());
}

const zoneOf = (page: Page) => page.getByRole('group', { name: /Upload files: drop them here/ });

test.beforeEach(async ({ signInViaApi }) => {
  await signInViaApi('reviewer');
});

test('two files dropped on the zone upload with progress, are listed and download intact', async ({
  page,
  createReview,
}) => {
  const review = await createReview();
  await page.goto(paths.review(review.vendorId, review.id));
  await expect(page.getByText('No questionnaires or documents yet.')).toBeVisible();

  await dropFiles(page, zoneOf(page), [fileOf(PDF, 'application/pdf'), fileOf(CSV, 'text/csv')]);

  // Each file has its own progress bar; both reach the end and say so.
  const uploads = page.getByRole('list', { name: 'Uploads' });
  for (const name of ['sample-report.pdf', 'questionnaire.csv']) {
    const bar = uploads.getByRole('progressbar', { name });
    const item = uploads.getByRole('listitem').filter({ has: page.getByRole('progressbar', { name }) });
    await expect(item).toHaveAttribute('data-status', 'done');
    await expect(item).toContainText('Uploaded');
    const [value, max] = await bar.evaluate((el: HTMLProgressElement) => [el.value, el.max]);
    expect(value).toBe(max);
  }

  const table = page.getByRole('table', { name: 'Questionnaires and documents of this review' });
  const pdfLink = table.getByRole('link', { name: 'sample-report.pdf (download)' });
  const csvLink = table.getByRole('link', { name: 'questionnaire.csv (download)' });
  await expect(pdfLink).toBeVisible();
  await expect(csvLink).toBeVisible();
  await expect(table.getByRole('row', { name: /sample-report\.pdf/ })).toContainText('Compliance report');

  expect(await downloadBytes(page, pdfLink)).toEqual(readFileSync(PDF));
  expect(await downloadBytes(page, csvLink)).toEqual(readFileSync(CSV));
  // Finished items leave the queue; the list keeps them.
  await expect(uploads).toBeHidden({ timeout: 10_000 });
  await expect(pdfLink).toBeVisible();
});

test('a questionnaire chosen with "Choose files" is uploaded and listed as a questionnaire', async ({
  page,
  createReview,
}) => {
  const review = await createReview();
  await page.goto(paths.review(review.vendorId, review.id));
  await page.getByLabel('These files are').selectOption('questionnaire');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(CSV);

  const table = page.getByRole('table', { name: 'Questionnaires and documents of this review' });
  const row = table.getByRole('row', { name: /questionnaire\.csv/ });
  await expect(row).toContainText('Questionnaire');
  await expect(row).toContainText('reviewer@example.com');
  expect(await downloadBytes(page, row.getByRole('link'))).toEqual(readFileSync(CSV));
});

test('refused files say why: a type not allowed, and content that does not match', async ({
  page,
  createReview,
}) => {
  const review = await createReview();
  await page.goto(paths.review(review.vendorId, review.id));

  // The browser refuses an .exe before sending anything.
  await dropFiles(page, zoneOf(page), [fileOf(EXE, 'application/x-msdownload')]);
  const refusals = page.getByRole('alert', { name: 'Files not uploaded' });
  await expect(refusals).toContainText('not-allowed.exe: this file type is not allowed');

  // An executable renamed .pdf passes the browser's check; the server sniffs it and refuses it (415).
  await dropFiles(page, zoneOf(page), [fileOf(EXE, 'application/pdf', 'renamed.pdf')]);
  const item = page.getByRole('list', { name: 'Uploads' }).locator('li', { hasText: 'renamed.pdf' });
  await expect(item).toHaveAttribute('data-status', 'failed');
  await expect(item.getByRole('alert')).toHaveText("The file's content does not match its .pdf extension.");
  await expect(page.getByText('No questionnaires or documents yet.')).toBeVisible();
});

test('New review with a report file creates both at once', async ({ page, vendor }) => {
  await page.goto(paths.reviews());
  await page.getByRole('button', { name: 'New review' }).click();
  const dialog = page.getByRole('dialog', { name: 'New review' });
  await dialog.getByLabel('Vendor').selectOption(String(vendor.id));
  const title = `E2E with file ${Date.now().toString(36)}`;
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Report file').setInputFiles(PDF);
  await dialog.getByRole('button', { name: 'Create review' }).click();

  await expect(page).toHaveURL(/\/vendors\/\d+\/reviews\/\d+/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const link = page.getByRole('link', { name: 'sample-report.pdf (download)' });
  await expect(link).toBeVisible();
  expect(await downloadBytes(page, link)).toEqual(readFileSync(PDF));
});
