import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILES_PER_REQUEST, Questionnaire, QuestionnairePage } from '../../contract/files';
import { ELF, PNG, docx, pdf } from '../files/test-fixtures';
import { postForm, postRefused, type Part } from '../files/test-multipart';
import { createTestApp, EMAILS, errorOf, errorPaths, type TestApp } from '../test/harness';
import { createReview } from '../test/fixtures';

/* Operations 7 and 9 (uploads) and 8 and 16 (lists): one questionnaire per request, holding all its files. */
let t: TestApp;
let v: number;
let r: number;
const CSV = readFileSync(new URL('../../../e2e/fixtures/questionnaire.csv', import.meta.url));
beforeAll(async () => {
  t = await createTestApp();
  v = t.vendor('Acme Cloud');
  r = (await createReview(t, v)).id;
});
afterAll(() => t.close());

const reviewUrl = () => `/public/v2/vendors/${v}/security-reviews/${r}/security-questionnaires`;
const vendorUrl = () => `/public/v2/vendors/${v}/security-questionnaires`;

async function list(url: string) {
  const res = await t.app.inject({ url, headers: t.bearer('auditor') });
  expect(res.statusCode, res.body).toBe(200);
  return QuestionnairePage.parse(res.json());
}

const refused = (url: string, parts: Part[], status: number) => postRefused(t, url, parts, status);

describe('review questionnaires (operations 9 and 8)', () => {
  it('stores one questionnaire with all the files of the request, in the spec shape', async () => {
    const answers = pdf(['Answers']);
    const res = await postForm(t, reviewUrl(), [
      ['files', answers, 'answers.pdf', 'application/pdf'],
      ['files', CSV, 'questionnaire.csv', 'text/csv'],
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const q = Questionnaire.parse(res.json());
    expect(q).toMatchObject({
      title: 'answers.pdf, questionnaire.csv',
      completedBy: 'Acme Cloud',
      recipientEmail: EMAILS.reviewer,
      isCompleted: true,
      isManualUpload: true,
      responseId: null,
      status: 'SENT',
      completedAt: q.dateSent,
      totalQuestions: null,
      totalQuestionsAnswered: null,
      reminderDate: null,
    });
    expect(q.files?.map((f) => [f.name, f.size, f.contentType])).toEqual([
      ['answers.pdf', answers.length, 'application/pdf'],
      ['questionnaire.csv', CSV.length, 'text/csv'],
    ]);
    const csv = await t.app.inject({ url: q.files?.[1]?.downloadUrl ?? '' });
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload).toEqual(CSV);

    const listed = await list(reviewUrl());
    expect(listed.data.map((x) => x.id)).toEqual([q.id]);
    expect(listed.data[0]?.files).toHaveLength(2);
    // A review's questionnaire is not a vendor-level one.
    expect((await list(vendorUrl())).data).toEqual([]);
  });

  it('refuses types not allowed for questionnaires, wrong content, too many files, text fields', async () => {
    const png = await refused(reviewUrl(), [['files', PNG, 'scan.png']], 415);
    expect(errorOf(png).errors?.[0]?.path).toBe('files');
    expect(errorOf(png).errors?.[0]?.message).toContain('scan.png');
    // One bad file among good ones: the whole request is refused and nothing of it is kept.
    await refused(
      reviewUrl(),
      [
        ['files', pdf(), 'good.pdf'],
        ['files', ELF, 'bad.xlsx'],
        ['files', docx(), 'good.docx'],
      ],
      415,
    );
    const many: Part[] = Array.from({ length: MAX_FILES_PER_REQUEST + 1 }, (_, i) => [
      'files',
      pdf(),
      `q${i}.pdf`,
    ]);
    expect(errorPaths(await refused(reviewUrl(), many, 413))).toEqual(['files']);
    expect(
      errorPaths(
        await refused(
          reviewUrl(),
          [
            ['title', 'x'],
            ['files', pdf(), 'a.pdf'],
          ],
          400,
        ),
      ),
    ).toEqual(['title']);
    expect(errorPaths(await refused(reviewUrl(), [['file', pdf(), 'a.pdf']], 400))).toEqual(['file']);
    expect(errorPaths(await refused(reviewUrl(), [['files', Buffer.alloc(0), 'a.csv']], 400))).toEqual([
      'files',
    ]);
  });

  it('accepts exactly the file count limit', async () => {
    const max: Part[] = Array.from({ length: MAX_FILES_PER_REQUEST }, (_, i) => [
      'files',
      pdf(),
      `q${i}.pdf`,
    ]);
    const res = await postForm(t, reviewUrl(), max);
    expect(res.statusCode, res.body).toBe(201);
    expect(Questionnaire.parse(res.json()).files).toHaveLength(MAX_FILES_PER_REQUEST);
  });

  it('answers 404 for a review of another vendor and 403 for an auditor', async () => {
    const other = t.vendor('Other');
    const url = `/public/v2/vendors/${other}/security-reviews/${r}/security-questionnaires`;
    expect((await postForm(t, url, [['files', pdf(), 'a.pdf']])).statusCode).toBe(404);
    expect(
      (await postForm(t, reviewUrl(), [['files', pdf(), 'a.pdf']], t.bearer('auditor'))).statusCode,
    ).toBe(403);
  });
});

describe('vendor questionnaires (operations 7 and 16)', () => {
  it('stores vendor-level uploads and pages through them newest first', async () => {
    const w = t.vendor('Paged vendor');
    const url = `/public/v2/vendors/${w}/security-questionnaires`;
    for (const name of ['first.csv', 'second.csv', 'third.csv']) {
      const res = await postForm(t, url, [['files', CSV, name]]);
      expect(res.statusCode, res.body).toBe(201);
    }
    const first = await list(`${url}?size=2&includeTotalCount=true`);
    expect(first.data.map((q) => q.title)).toEqual(['third.csv', 'second.csv']);
    expect(first.pagination.totalCount).toBe(3);
    const second = await list(`${url}?size=2&cursor=${first.pagination.cursor ?? ''}`);
    expect(second.data.map((q) => q.title)).toEqual(['first.csv']);
    expect(second.pagination.cursor).toBeNull();
  });
});
