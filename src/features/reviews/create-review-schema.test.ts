import { describe, expect, it } from 'vitest';
import {
  CreateReviewForm,
  defaultDeadline,
  formFieldFor,
  toCreateRequest,
  toCreateWithFileForm,
} from './create-review-schema';

const valid = {
  vendorId: '4',
  title: '  Acme SOC 2 Type 2  ',
  type: 'SOC_REPORT',
  deadline: '2026-07-01',
  requesterUserId: '2',
  note: '',
};

describe('new review form', () => {
  it('turns the form into a contract-valid create request', () => {
    const values = CreateReviewForm.parse(valid);
    expect(values.vendorId).toBe(4);
    expect(toCreateRequest(values)).toEqual({
      securityReviewStatus: 'NOT_YET_STARTED',
      securityReviewType: 'SOC_REPORT',
      title: 'Acme SOC 2 Type 2',
      reviewDeadlineAt: '2026-07-01T23:59:59Z',
      requesterUserId: 2,
      note: null,
    });
  });

  it('asks for a vendor, a title and a deadline, and keeps the contract limits', () => {
    const result = CreateReviewForm.safeParse({
      ...valid,
      vendorId: '',
      title: '   ',
      deadline: '',
      note: 'x'.repeat(1001),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      vendorId: 'Choose a vendor',
      title: 'Enter a title',
      deadline: 'Choose a deadline',
      note: 'Must be at most 1000 characters',
    });
  });

  it('puts a server 400 error next to the field it names', () => {
    expect(formFieldFor({ path: 'reviewDeadlineAt', message: 'x' })).toBe('deadline');
    expect(formFieldFor({ path: 'requesterUserId', message: 'x' })).toBe('requesterUserId');
    expect(formFieldFor({ path: 'securityReviewStatus', message: 'x' })).toBeNull();
  });

  it('proposes a deadline 30 days out', () => {
    expect(defaultDeadline(new Date('2026-03-10T10:00:00Z'))).toBe('2026-04-09');
  });
});

describe('new review with a file (operation 4)', () => {
  it('sends the create fields as text and the file as `file`', () => {
    const file = new File(['%PDF-1.4'], 'acme-soc2.pdf', { type: 'application/pdf' });
    const form = toCreateWithFileForm(CreateReviewForm.parse({ ...valid, note: ' Sent by Acme ' }), file);
    const entries = [...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]);
    expect(entries).toEqual([
      ['title', 'Acme SOC 2 Type 2'],
      ['reviewDeadlineAt', '2026-07-01T23:59:59Z'],
      ['securityReviewStatus', 'NOT_YET_STARTED'],
      ['securityReviewType', 'SOC_REPORT'],
      ['requesterUserId', '2'],
      ['note', 'Sent by Acme'],
      ['documentType', 'COMPLIANCE_REPORT'],
      ['file', 'acme-soc2.pdf'],
    ]);
  });
});
