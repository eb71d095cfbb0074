import { describe, expect, it } from 'vitest';
import { emptySocForm, type SocFormData } from '../../contract/soc-form';
import { addMonths, reviewFlags } from './review-flags';

const ids = (form: SocFormData, today = '2026-03-01') => reviewFlags(form, today).map((f) => f.id);

describe('reviewFlags', () => {
  it('flags nothing on an empty form', () => {
    expect(ids(emptySocForm())).toEqual([]);
  });

  it('flags a report whose period ended more than 12 months ago, with the gap in days', () => {
    const form = emptySocForm();
    form.complianceScope.scopeType = 'TYPE_2';
    form.complianceScope.auditPeriodRange = { start: '2024-01-01', end: '2024-12-31' };
    const [stale] = reviewFlags(form, '2026-03-01');
    expect(stale?.id).toBe('stale');
    expect(stale?.detail).toContain('425 days');
    // Within 12 months: no stale flag, but the bridge-letter gap is shown.
    const recent = reviewFlags(form, '2025-03-01');
    expect(recent.map((f) => f.id)).toEqual(['gap']);
    expect(recent[0]?.title).toBe('Bridge letter gap: 60 days');
  });

  it('flags Type 1 only, a Type 2 period under 6 months, and a non-clean opinion', () => {
    const t1 = emptySocForm();
    t1.complianceScope.scopeType = 'TYPE_1';
    t1.complianceScope.auditPeriod = '2026-02-01';
    expect(ids(t1)).toEqual(['gap', 'type1']);

    const short = emptySocForm();
    short.complianceScope.scopeType = 'TYPE_2';
    short.complianceScope.auditPeriodRange = { start: '2025-09-01', end: '2026-01-31' };
    short.reportOpinion.reportOpinion = 'QUALIFIED';
    expect(ids(short)).toEqual(['gap', 'short-period', 'opinion']);
    short.complianceScope.auditPeriodRange = { start: '2025-08-01', end: '2026-01-31' };
    expect(ids(short)).not.toContain('short-period');
  });

  it('flags material findings, CUECs not in place (counted) and carve-out subservice organizations', () => {
    const form = emptySocForm();
    form.findings = { findings: [{ description: 'x' }], hasMaterialImpact: true };
    form.endUserControls.userControls = [
      { description: 'a', inPlace: false },
      { description: 'b', inPlace: true },
      { description: 'c', inPlace: false },
    ];
    form.subserviceOrganizations.subserviceOrganizationUsingInclusiveMethod = false;
    const flags = reviewFlags(form, '2026-03-01');
    expect(flags.map((f) => f.id)).toEqual(['material', 'cuecs', 'carve-out']);
    expect(flags[1]?.title).toBe('2 end-user controls not in place');
  });

  it('adds calendar months, clamped to the end of the month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2024-01-15', 12)).toBe('2025-01-15');
  });
});
