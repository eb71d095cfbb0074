import { describe, expect, it } from 'vitest';
import { mapServerErrors } from './server-errors';

describe('mapServerErrors', () => {
  it("strips the request body's prefix so each message lands on the form's field", () => {
    const mapped = mapServerErrors('complianceScope', [
      { path: 'socForm.complianceScope.auditPeriodRange.end', message: 'The end must be after the start' },
      { path: 'socForm.complianceScope.certification', message: 'Invalid option' },
    ]);
    expect(mapped.fields).toEqual([
      { name: 'auditPeriodRange.end', message: 'The end must be after the start' },
      { name: 'certification', message: 'Invalid option' },
    ]);
    expect(mapped.other).toEqual([]);
  });

  it('keeps list indexes (findings.1.description)', () => {
    const mapped = mapServerErrors('findings', [
      { path: 'socForm.findings.findings.1.description', message: 'Required' },
    ]);
    expect(mapped.fields).toEqual([{ name: 'findings.1.description', message: 'Required' }]);
  });

  it('puts errors of other sections, or of the body itself, aside', () => {
    const mapped = mapServerErrors('cpaFirm', [
      { path: 'socForm.findings.findings.0.description', message: 'Required' },
      { path: 'socForm.cpaFirm', message: 'Unrecognized key' },
      { path: '', message: 'Malformed JSON' },
    ]);
    expect(mapped.fields).toEqual([]);
    expect(mapped.other).toEqual([
      'socForm.findings.findings.0.description: Required',
      'socForm.cpaFirm: Unrecognized key',
      'Malformed JSON',
    ]);
  });
});
