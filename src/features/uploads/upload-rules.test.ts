import { describe, expect, it } from 'vitest';
import { checkFiles, formatBytes, MAX_UPLOAD_BYTES, type UploadTarget } from './upload-rules';

const doc: UploadTarget = { kind: 'document', type: 'COMPLIANCE_REPORT' };
const questionnaire: UploadTarget = { kind: 'questionnaire' };
const file = (name: string, size = 10) => new File([new Uint8Array(size)], name);

describe('checkFiles', () => {
  it('refuses a type that is not allowed, naming the file and what is allowed', () => {
    const { accepted, rejected } = checkFiles([file('setup.exe'), file('report.PDF')], doc);
    expect(accepted.map((f) => f.name)).toEqual(['report.PDF']);
    expect(rejected.map((r) => r.message)).toEqual([
      'setup.exe: this file type is not allowed (allowed: PDF, Word, Excel, PowerPoint, OpenDocument, CSV, GIF, JPEG, PNG)',
    ]);
  });

  it('uses the questionnaire list: no images', () => {
    const { rejected } = checkFiles(
      [file('scan.png'), file('answers.csv'), file('answers.xlsx')],
      questionnaire,
    );
    expect(rejected.map((r) => r.message)).toEqual([
      'scan.png: this file type is not allowed for a questionnaire (allowed: PDF, Word, Excel, PowerPoint, OpenDocument, CSV)',
    ]);
  });

  it('refuses files without an extension, empty files and files over the limit', () => {
    const big = { name: 'huge.pdf', size: MAX_UPLOAD_BYTES + 1 } as File;
    const { accepted, rejected } = checkFiles(
      [file('README'), file('empty.pdf', 0), big, file('ok.pdf')],
      doc,
    );
    expect(accepted.map((f) => f.name)).toEqual(['ok.pdf']);
    expect(rejected.map((r) => r.message)).toEqual([
      expect.stringMatching(/^README: this file type is not allowed/),
      'empty.pdf: the file is empty',
      'huge.pdf: the file is too large (25.0 MB; the limit is 25.0 MB a file)',
    ]);
  });

  it('accepts exactly the limit', () => {
    const edge = { name: 'edge.pdf', size: 1000 } as File;
    expect(checkFiles([edge], doc, 1000).accepted).toHaveLength(1);
    expect(checkFiles([edge], doc, 999).rejected).toHaveLength(1);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [1536, '1.5 KB'],
    [200 * 1024, '200 KB'],
    [3.25 * 1024 * 1024, '3.3 MB'],
  ])('%d → %s', (n, text) => expect(formatBytes(n)).toBe(text));
});
