import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from '../test/harness';

/** A text field, or a file part: [name, bytes, filename, content type?]. */
export type Part =
  [name: string, value: string] | [name: string, bytes: Buffer, filename: string, type?: string];

/** A real multipart body, encoded by Node's own FormData (undici), as a browser would send it. */
export async function formBody(parts: Part[]): Promise<{ headers: Record<string, string>; payload: Buffer }> {
  const form = new FormData();
  for (const part of parts) {
    if (part.length === 2) form.append(part[0], part[1]);
    else
      form.append(
        part[0],
        new Blob([new Uint8Array(part[1])], { type: part[3] ?? 'application/octet-stream' }),
        part[2],
      );
  }
  const response = new Response(form);
  return {
    headers: { 'content-type': response.headers.get('content-type') ?? '' },
    payload: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * A multipart body written byte by byte, for file names FormData would escape (control characters): the
 * name goes into the header as given.
 */
export function rawFileBody(
  field: string,
  filename: string,
  bytes: Buffer,
): { headers: Record<string, string>; payload: Buffer } {
  const boundary = 'soc-review-test-boundary-7f3a';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

export async function postForm(
  t: TestApp,
  url: string,
  parts: Part[],
  auth: Record<string, string> = t.bearer('reviewer'),
): Promise<LightMyRequestResponse> {
  const body = await formBody(parts);
  return t.app.inject({ method: 'POST', url, headers: { ...auth, ...body.headers }, payload: body.payload });
}

/** What an upload can leave behind: the store folders and the rows. Equal before and after a refused upload. */
export async function storeState(t: TestApp) {
  const list = (dir: string) => readdir(join(t.dataDir, dir)).catch(() => [] as string[]);
  const count = (table: string) =>
    (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    tmp: (await list('tmp')).sort(),
    files: (await list('files')).sort(),
    reviews: count('reviews'),
    documents: count('documents'),
    questionnaires: count('questionnaires'),
    questionnaireFiles: count('questionnaire_files'),
  };
}

/** Posts the form, expects `status`, and checks that the refusal left nothing behind (files or rows). */
export async function postRefused(t: TestApp, url: string, parts: Part[], status: number) {
  const before = await storeState(t);
  const res = await postForm(t, url, parts);
  expect(res.statusCode, res.body).toBe(status);
  expect(await storeState(t)).toEqual(before);
  return res;
}
