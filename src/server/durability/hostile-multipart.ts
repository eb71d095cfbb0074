import fc from 'fast-check';
import { ELF, PNG, pdf } from '../files/test-fixtures';
import type { HostileRequest, Ids } from './hostile-ops';

/*
 * Malformed uploads (operations 4, 7, 9, 14), written byte by byte so that anything can be broken: a field with
 * a bad value, an unknown field or file part, no file, a refused file, an over-long field, a repeated field, a
 * wrong or missing boundary, a body cut short, JSON instead of multipart, noise.
 */
interface FilePart {
  name: string;
  filename: string;
  bytes: Buffer;
  type?: string;
}
type Part = { name: string; value: string } | FilePart;

interface UploadOp {
  name: string;
  url: (ids: Ids) => string;
  fileField: 'file' | 'files';
  fields: (ids: Ids) => Record<string, string>;
  /** Bad values per field (each must be refused). */
  bad: Record<string, string[]>;
  goodFile: () => FilePart;
}

const PDF = pdf(['hostile']);
const CSV = Buffer.from('q,a\n1,yes\n');
const reviewBase = (ids: Ids) => `/public/v2/vendors/${ids.vendorId}/security-reviews`;
const ENUM_BAD = ['BOGUS', '0', '9', '', '1.0', 'soc_report'];

const OPS: UploadOp[] = [
  {
    name: 'create with file',
    url: (ids) => `${reviewBase(ids)}/with-file`,
    fileField: 'file',
    fields: () => ({
      title: 'T',
      reviewDeadlineAt: '2030-01-31T00:00:00Z',
      securityReviewStatus: 'NOT_YET_STARTED',
      securityReviewType: 'SOC_REPORT',
    }),
    bad: {
      title: ['', 'x'.repeat(256)],
      reviewDeadlineAt: ['2026-02-30T00:00:00Z', '2030-01-31', 'never'],
      requestedAt: ['2026-13-01T00:00:00Z'],
      securityReviewStatus: ENUM_BAD,
      securityReviewType: ENUM_BAD,
      documentType: ENUM_BAD,
      requesterUserId: ['abc', '0', '-1', '99999999999', '987654', '1e3'],
      note: ['x'.repeat(1001)],
    },
    goodFile: () => ({ name: 'file', filename: 'report.pdf', bytes: PDF, type: 'application/pdf' }),
  },
  {
    name: 'document',
    url: (ids) => `/public/v2/vendors/${ids.vendorId}/documents`,
    fileField: 'file',
    fields: (ids) => ({ type: 'COMPLIANCE_REPORT', securityReviewId: String(ids.reviewId) }),
    bad: { type: ENUM_BAD, securityReviewId: ['abc', '0', '-1', '99999999999', '987654', '1.5'] },
    goodFile: () => ({ name: 'file', filename: 'report.pdf', bytes: PDF, type: 'application/pdf' }),
  },
  ...(['vendor', 'review'] as const).map((scope): UploadOp => ({
    name: `${scope} questionnaire`,
    url: (ids) =>
      scope === 'vendor'
        ? `/public/v2/vendors/${ids.vendorId}/security-questionnaires`
        : `${reviewBase(ids)}/${ids.reviewId}/security-questionnaires`,
    fileField: 'files',
    fields: () => ({}),
    bad: {},
    goodFile: () => ({ name: 'files', filename: 'answers.csv', bytes: CSV, type: 'text/csv' }),
  })),
];

function encode(parts: Part[], boundary: string): Buffer {
  const chunks = parts.flatMap((p) => {
    const disposition = `Content-Disposition: form-data; name="${p.name}"`;
    return 'filename' in p
      ? [
          Buffer.from(`--${boundary}\r\n${disposition}; filename="${p.filename}"\r\n`),
          Buffer.from(`Content-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`),
          p.bytes,
          Buffer.from('\r\n'),
        ]
      : [Buffer.from(`--${boundary}\r\n${disposition}\r\n\r\n${p.value}\r\n`)];
  });
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

const BAD_FILES: FilePart[] = [
  { name: '', filename: 'tool.exe', bytes: ELF },
  { name: '', filename: 'report.pdf', bytes: PNG },
  { name: '', filename: 'report.pdf', bytes: Buffer.alloc(0) },
  { name: '', filename: 'noextension', bytes: PDF },
  { name: '', filename: '../../etc/passwd', bytes: CSV },
  { name: '', filename: 'picture.png.exe', bytes: PNG },
  { name: '', filename: 'report.pdf', bytes: ELF },
];

type Case = { label: string; parts: Part[] } | { label: string; body: Buffer; type: string };

function cases(op: UploadOp, ids: Ids): fc.Arbitrary<Case> {
  const fields = Object.entries(op.fields(ids)).map(([name, value]) => ({ name, value }));
  const good = [...fields, op.goodFile()];
  const options: fc.Arbitrary<Case>[] = [
    fc.constantFrom(...BAD_FILES).map((f) => ({
      label: `file ${f.filename} (${f.bytes.length} bytes)`,
      parts: [...fields, { ...f, name: op.fileField }],
    })),
    fc.constant({ label: 'no file', parts: fields }),
    fc.string({ minLength: 1, maxLength: 12 }).map((name) => ({
      label: `unknown field ${name}`,
      parts: [...good, { name: `x-${name.replace(/["\r\n]/g, '')}`, value: 'v' }],
    })),
    fc.constant({
      label: 'file under an unknown name',
      parts: [...good, { ...op.goodFile(), name: 'attachment' }],
    }),
    fc.constant({
      label: 'field over 64 KiB',
      parts: [{ name: 'title', value: 'x'.repeat(70_000) }, ...good],
    }),
    fc.constant({
      label: op.fileField === 'file' ? 'two files' : 'eleven files',
      parts: [...fields, ...Array.from({ length: op.fileField === 'file' ? 2 : 11 }, () => op.goodFile())],
    }),
  ];
  const badFields = Object.entries(op.bad).flatMap(([name, values]) =>
    values.map((value) => ({ name, value })),
  );
  if (badFields.length > 0)
    options.push(
      fc.constantFrom(...badFields).map((bad) => ({
        label: `${bad.name} = ${bad.value.slice(0, 30)}`,
        parts: [...fields.filter((f) => f.name !== bad.name), bad, op.goodFile()],
      })),
      fc.constantFrom(...fields.map((f) => f.name)).map((name) => ({
        label: `${name} given twice`,
        parts: [...good, fields.find((f) => f.name === name) ?? { name, value: '' }],
      })),
    );
  if (op.name === 'create with file')
    options.push(
      fc.constantFrom(...fields.map((f) => f.name)).map((name) => ({
        label: `no ${name}`,
        parts: [...fields.filter((f) => f.name !== name), op.goodFile()],
      })),
    );
  const body = encode(good, 'B0UNDARY');
  const type = 'multipart/form-data; boundary=B0UNDARY';
  options.push(
    fc.constant({ label: 'wrong boundary', body, type: 'multipart/form-data; boundary=other' }),
    fc.constant({ label: 'no boundary', body, type: 'multipart/form-data' }),
    fc.integer({ min: 10, max: body.length - 60 }).map((cut) => ({
      label: `cut at ${cut} of ${body.length}`,
      body: body.subarray(0, cut),
      type,
    })),
    fc
      .uint8Array({ minLength: 1, maxLength: 2000 })
      .map((bytes) => ({ label: 'noise', body: Buffer.from(bytes), type })),
    fc.constant({
      label: 'JSON instead',
      body: Buffer.from(JSON.stringify(op.fields(ids))),
      type: 'application/json',
    }),
  );
  return fc.oneof(...options);
}

export function multipartRequest(ids: Ids): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...OPS).chain((op) =>
    cases(op, ids).map((c): HostileRequest => {
      const body = 'parts' in c ? encode(c.parts, 'B0UNDARY') : c.body;
      const type = 'parts' in c ? 'multipart/form-data; boundary=B0UNDARY' : c.type;
      return {
        label: `${op.name}: ${c.label}`,
        method: 'POST',
        url: op.url(ids),
        headers: { ...ids.auth, 'content-type': type },
        payload: body,
      };
    }),
  );
}
