import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UploadError } from './errors';
import { looksLikeText, type UploadKind } from './sniff';
import { stageUpload } from './stage';
import { CFB, ELF, EXE, GIF, JPEG, PNG, docx, odt, pdf, zip } from './test-fixtures';
import { listStore, streamOf, tempDataDir } from './test-helpers';

let dataDir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dataDir, remove } = await tempDataDir()));
afterEach(() => remove());

const stage = (bytes: Buffer, fileName: string, kind: UploadKind = 'document') =>
  stageUpload(streamOf(bytes), { dataDir, kind, fileName, maxBytes: 1024 * 1024 });

async function refusal(bytes: Buffer, fileName: string, kind: UploadKind = 'document'): Promise<UploadError> {
  const error = await stage(bytes, fileName, kind).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadError);
  expect(await listStore(dataDir)).toEqual({ tmp: [], files: [] });
  return error as UploadError;
}

const CSV = Buffer.from('Question,Answer,Comment\n"Do you encrypt data at rest?",Yes,"AES-256, KMS"\n');

describe('content sniffing', () => {
  it.each([
    ['report.pdf', pdf(['SOC 2 Type 2']), 'application/pdf'],
    ['scan.PNG', PNG, 'image/png'],
    ['photo.jpg', JPEG, 'image/jpeg'],
    ['photo.jpeg', JPEG, 'image/jpeg'],
    ['logo.gif', GIF, 'image/gif'],
    ['letter.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['letter.odt', odt(), 'application/vnd.oasis.opendocument.text'],
    ['legacy.doc', CFB, 'application/msword'],
    ['answers.csv', CSV, 'text/csv'],
    ['latin1.csv', Buffer.from('Frage;Antwort\nVerschl\u00fcsselung;Ja\n', 'latin1'), 'text/csv'],
  ])('accepts %s as %s', async (name, bytes, contentType) => {
    const staged = await stage(bytes, name);
    expect(staged).toMatchObject({ size: bytes.length, contentType, originalName: name });
  });

  it.each([
    ['ELF renamed .pdf', ELF, 'setup.pdf'],
    ['EXE renamed .pdf', EXE, 'setup.pdf'],
    ['PNG renamed .pdf', PNG, 'picture.pdf'],
    ['PDF renamed .png', pdf(), 'report.png'],
    ['PDF renamed .csv', pdf(), 'data.csv'],
    ['CSV with a NUL byte', Buffer.from('a,b\n1,\u0000\n'), 'data.csv'],
    ['plain zip renamed .docx', zip([{ name: 'notes.txt', data: 'hello' }]), 'notes.docx'],
    ['docx renamed .xlsx', docx(), 'sheet.xlsx'],
    ['text renamed .doc', Buffer.from('just text'), 'memo.doc'],
  ])('refuses %s with 415', async (_label, bytes, name) => {
    const error = await refusal(bytes, name);
    expect(error.status).toBe(415);
    expect(error.problem).toBe('content-mismatch');
  });

  it('refuses an extension that is not allowed before storing a byte', async () => {
    const error = await refusal(EXE, 'setup.exe');
    expect([error.status, error.problem]).toEqual([415, 'type-not-allowed']);
    expect(error.detail).toContain('setup.exe');
  });

  it('applies the questionnaire list: images are documents only', async () => {
    expect((await refusal(PNG, 'scan.png', 'questionnaire')).problem).toBe('type-not-allowed');
    await expect(stage(CSV, 'q.csv', 'questionnaire')).resolves.toMatchObject({ contentType: 'text/csv' });
  });

  it('refuses an empty file with 400', async () => {
    const error = await refusal(Buffer.alloc(0), 'empty.pdf');
    expect([error.status, error.problem]).toEqual([400, 'empty']);
  });
});

describe('looksLikeText', () => {
  it('accepts UTF-8 cut in the middle of a character', () => {
    const bytes = Buffer.from('Réponse,été\n');
    expect(looksLikeText(bytes.subarray(0, bytes.indexOf(0xa9)))).toBe(true);
  });
  it('refuses control characters in a non-UTF-8 text', () => {
    expect(looksLikeText(Buffer.from([0x41, 0xe9, 0x01, 0x42]))).toBe(false);
  });
});
