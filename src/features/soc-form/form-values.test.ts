import { describe, expect, it } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { normalizeForSave, sectionResolver, toFormValues } from './form-values';

describe("'' ↔ null adapter", () => {
  it('turns stored nulls into empty inputs', () => {
    const form = emptySocForm();
    expect(toFormValues('cpaFirm', form.cpaFirm)).toEqual({ cpaFirm: '', cpaProcedurePerformed: '' });
    expect(toFormValues('complianceScope', form.complianceScope)).toEqual({
      certification: null,
      scopeType: null,
      auditPeriod: '',
      auditPeriodRange: { start: '', end: '' },
      trustServiceCriteria: [],
    });
    // Choices that are not text stay null: a radio group shows "nothing chosen".
    expect(toFormValues('reportOpinion', form.reportOpinion)).toEqual({
      reportOpinion: null,
      encompassBusinessNeeds: null,
      followUpActivity: '',
    });
  });

  it('keeps stored values as they are', () => {
    const values = toFormValues('complianceScope', {
      certification: 'SOC_2',
      scopeType: 'TYPE_2',
      auditPeriod: null,
      auditPeriodRange: { start: '2025-01-01', end: '2025-12-31' },
      trustServiceCriteria: ['SECURITY'],
    });
    expect(values.auditPeriodRange).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(values.auditPeriod).toBe('');
  });

  it("sends '' and blank text as null, and an empty range as null", () => {
    expect(
      normalizeForSave('cpaFirm', { cpaFirm: '   ', cpaProcedurePerformed: 'Checked the licence' }),
    ).toEqual({
      cpaFirm: null,
      cpaProcedurePerformed: 'Checked the licence',
    });
    expect(
      normalizeForSave('complianceScope', {
        scopeType: null,
        auditPeriod: '',
        auditPeriodRange: { start: '', end: '' },
      }),
    ).toMatchObject({ auditPeriod: null, auditPeriodRange: null });
  });

  it('clears fields the form hides for the choices made', () => {
    const scope = normalizeForSave('complianceScope', {
      certification: 'SOC_1',
      scopeType: 'TYPE_1',
      auditPeriod: '2025-06-30',
      auditPeriodRange: { start: '2025-01-01', end: '2025-02-01' },
      trustServiceCriteria: ['SECURITY'],
    });
    expect(scope).toEqual({
      certification: 'SOC_1',
      scopeType: 'TYPE_1',
      auditPeriod: '2025-06-30',
      auditPeriodRange: null,
      trustServiceCriteria: null,
    });
    expect(
      normalizeForSave('reportOpinion', { reportOpinion: 'UNQUALIFIED', followUpActivity: 'old note' })
        .followUpActivity,
    ).toBeNull();
    expect(
      normalizeForSave('findings', { findings: [], hasMaterialImpact: true }).hasMaterialImpact,
    ).toBeNull();
  });

  it("validates with the contract's schema after normalizing", async () => {
    const resolve = sectionResolver('complianceScope');
    const ok = await resolve(
      {
        certification: 'SOC_2',
        scopeType: 'TYPE_2',
        auditPeriod: '',
        auditPeriodRange: { start: '', end: '' },
      },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(ok.errors).toEqual({});
    expect(ok.values).toMatchObject({ auditPeriod: null, auditPeriodRange: null });

    const bad = await resolve(
      { scopeType: 'TYPE_2', auditPeriodRange: { start: '2025-06-01', end: '2025-01-01' } },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(bad.errors).toHaveProperty(
      'auditPeriodRange.end.message',
      'The end of the audit period must be after its start',
    );
  });
});
