import { describe, expect, it } from 'vitest';
import { emptySocForm } from '../../contract/soc-form';
import { chooseAll, differingFields, mergeSection, sameSection } from './conflict';
import { fieldTitle, showValue } from './conflict-format';
import { toFormValues, type SectionIn } from './form-values';

const cpa = (cpaFirm: string, cpaProcedurePerformed = ''): SectionIn<'cpaFirm'> => ({
  cpaFirm,
  cpaProcedurePerformed,
});

describe('conflict diff', () => {
  it('lists the fields whose saved value would differ, in form order', () => {
    expect(differingFields('cpaFirm', cpa('Deloitte', 'Peer review'), cpa('KPMG', 'Peer review'))).toEqual([
      'cpaFirm',
    ]);
    expect(differingFields('cpaFirm', cpa('Deloitte'), cpa('KPMG', 'Licence lookup'))).toEqual([
      'cpaFirm',
      'cpaProcedurePerformed',
    ]);
    expect(sameSection('cpaFirm', cpa('Deloitte'), cpa('Deloitte'))).toBe(true);
  });

  it('does not count what would not be saved: blank vs empty text, a hidden field', () => {
    expect(differingFields('cpaFirm', cpa(''), cpa('   '))).toEqual([]);
    const theirs = toFormValues('complianceScope', {
      ...emptySocForm().complianceScope,
      scopeType: 'TYPE_1',
      auditPeriod: '2026-01-31',
    });
    // Yours typed an audit period range earlier, but Type 1 hides it: not a difference.
    const yours = { ...theirs, auditPeriodRange: { start: '2025-01-01', end: '2025-12-31' } };
    expect(differingFields('complianceScope', theirs, yours)).toEqual([]);
  });

  it('compares lists whole, item by item', () => {
    const theirs: SectionIn<'findings'> = { findings: [{ description: 'A' }], hasMaterialImpact: false };
    const yours: SectionIn<'findings'> = {
      findings: [{ description: 'A' }, { description: 'B' }],
      hasMaterialImpact: false,
    };
    expect(differingFields('findings', theirs, yours)).toEqual(['findings']);
  });
});

describe('conflict merge', () => {
  const theirs = cpa('Deloitte', 'Peer review report');
  const yours = cpa('KPMG', 'Licence lookup');

  it("keeps the user's answers by default, and theirs where chosen", () => {
    expect(mergeSection('cpaFirm', theirs, yours, {})).toEqual(yours);
    expect(mergeSection('cpaFirm', theirs, yours, { cpaFirm: 'theirs' })).toEqual(
      cpa('Deloitte', 'Licence lookup'),
    );
  });

  it('takes all of one side with "Keep all mine" / "Take all theirs"', () => {
    const fields = differingFields('cpaFirm', theirs, yours);
    expect(mergeSection('cpaFirm', theirs, yours, chooseAll(fields, 'theirs'))).toEqual(theirs);
    expect(mergeSection('cpaFirm', theirs, yours, chooseAll(fields, 'yours'))).toEqual(yours);
  });

  it('does not change its inputs', () => {
    const before = structuredClone(theirs);
    const merged = mergeSection('cpaFirm', theirs, yours, { cpaFirm: 'theirs' });
    merged.cpaFirm = 'changed';
    expect(theirs).toEqual(before);
  });
});

describe('conflict values as the user reads them', () => {
  it('uses labels, names and spelled-out dates', () => {
    expect(fieldTitle('complianceScope', 'auditPeriodRange')).toBe('Audit period');
    expect(showValue('certification', 'SOC_2')).toEqual({ kind: 'text', text: 'SOC 2' });
    expect(showValue('reviewerUserId', 4, (id) => `Person ${id}`)).toEqual({
      kind: 'text',
      text: 'Person 4',
    });
    expect(showValue('auditPeriodRange', { start: '2025-01-01', end: '2025-12-31' })).toEqual({
      kind: 'text',
      text: 'Jan 1, 2025 – Dec 31, 2025',
    });
    expect(showValue('hasMaterialImpact', null)).toEqual({ kind: 'empty', text: 'Not answered' });
    expect(showValue('cpaFirm', '')).toEqual({ kind: 'empty', text: 'Empty' });
  });

  it('shows lists item by item', () => {
    expect(showValue('locations', [{ city: 'Austin', stateOrCountry: 'TX' }])).toEqual({
      kind: 'list',
      items: ['Austin, TX'],
    });
    expect(showValue('userControls', [{ description: 'MFA', inPlace: false }])).toEqual({
      kind: 'list',
      items: ['MFA — not in place'],
    });
    expect(showValue('services', [])).toEqual({ kind: 'empty', text: 'None' });
  });
});
