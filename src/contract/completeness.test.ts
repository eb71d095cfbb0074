import { describe, expect, it } from 'vitest';
import { computeCompleteness, sectionCompleteness, type CompletenessInput } from './completeness';
import { emptySocForm, SOC_SECTIONS, type SocFormData } from './soc-form';

/* Every row of API.md's "Required for finalizing" table, with its exact path and order. */

function completeForm(): SocFormData {
  return {
    reviewerInformation: { reviewerUserId: 7, reportIssueDate: '2025-03-01' },
    complianceScope: {
      certification: 'SOC_2',
      scopeType: 'TYPE_2',
      auditPeriod: null,
      auditPeriodRange: { start: '2024-01-01', end: '2024-12-31' },
      trustServiceCriteria: ['SECURITY'],
    },
    reportOpinion: { reportOpinion: 'UNQUALIFIED', encompassBusinessNeeds: true, followUpActivity: null },
    findings: { findings: [], hasMaterialImpact: null },
    endUserControls: { userControls: [] },
    servicesAndLocations: { services: [{ name: 'Hosting' }], locations: [] },
    cpaFirm: { cpaFirm: 'Example CPA LLP', cpaProcedurePerformed: null },
    subserviceOrganizations: {
      subserviceOrganization: null,
      subserviceOrganizationUsingInclusiveMethod: null,
      subserviceOrganizationProcedurePerformed: null,
    },
  };
}

function withChange(change: (f: SocFormData) => void): SocFormData {
  const f = completeForm();
  change(f);
  return f;
}

const missing = (form: CompletenessInput) => {
  const c = computeCompleteness(form);
  return SOC_SECTIONS.flatMap((s) => c[s].missingRequiredFields);
};

describe('computeCompleteness', () => {
  it('a complete form is ready, every section complete', () => {
    const c = computeCompleteness(completeForm());
    expect(c.readyToFinalize).toBe(true);
    for (const s of SOC_SECTIONS) expect(c[s]).toEqual({ isComplete: true, missingRequiredFields: [] });
  });

  it('an empty form misses every required path, in the table order', () => {
    const c = computeCompleteness(emptySocForm());
    expect(c.readyToFinalize).toBe(false);
    expect(missing(emptySocForm())).toEqual([
      'reviewerInformation.reviewer',
      'reviewerInformation.reportIssueDate',
      'complianceScope.certification',
      'complianceScope.scopeType',
      'complianceScope.trustServiceCriteria',
      'reportOpinion.reportOpinion',
      'reportOpinion.encompassBusinessNeeds',
      'servicesAndLocations.services',
      'cpaFirm.cpaFirm',
    ]);
    expect(c.endUserControls).toEqual({ isComplete: true, missingRequiredFields: [] });
    expect(c.findings.isComplete).toBe(true);
    expect(c.subserviceOrganizations.isComplete).toBe(true);
  });

  it('a missing section (undefined or null) counts as empty', () => {
    expect(missing({})).toEqual(missing(emptySocForm()));
    expect(
      computeCompleteness({ reviewerInformation: null }).reviewerInformation.missingRequiredFields,
    ).toEqual(['reviewerInformation.reviewer', 'reviewerInformation.reportIssueDate']);
  });

  describe('reviewerInformation', () => {
    it('no reviewer', () => {
      const f = withChange((f) => (f.reviewerInformation.reviewerUserId = null));
      expect(missing(f)).toEqual(['reviewerInformation.reviewer']);
      expect(computeCompleteness(f).reviewerInformation.isComplete).toBe(false);
      expect(computeCompleteness(f).readyToFinalize).toBe(false);
    });
    it('a reviewer display name also counts (a response read back)', () => {
      expect(
        missing({
          ...completeForm(),
          reviewerInformation: { reviewer: 'Jane Doe', reportIssueDate: '2025-01-01' },
        }),
      ).toEqual([]);
    });
    it('no report issue date', () => {
      expect(missing(withChange((f) => (f.reviewerInformation.reportIssueDate = null)))).toEqual([
        'reviewerInformation.reportIssueDate',
      ]);
    });
  });

  describe('complianceScope', () => {
    it('no certification: missing, and criteria are asked for (not chosen ≈ SOC 2)', () => {
      const f = withChange((f) => {
        f.complianceScope.certification = null;
        f.complianceScope.trustServiceCriteria = [];
      });
      expect(missing(f)).toEqual(['complianceScope.certification', 'complianceScope.trustServiceCriteria']);
    });
    it('no scope type: neither audit date nor range is asked for', () => {
      const f = withChange((f) => {
        f.complianceScope.scopeType = null;
        f.complianceScope.auditPeriodRange = null;
      });
      expect(missing(f)).toEqual(['complianceScope.scopeType']);
    });
    it('TYPE_1 needs an audit date, not a range', () => {
      const f = withChange((f) => {
        f.complianceScope.scopeType = 'TYPE_1';
        f.complianceScope.auditPeriodRange = null;
      });
      expect(missing(f)).toEqual(['complianceScope.auditPeriod']);
      f.complianceScope.auditPeriod = '2024-06-30';
      expect(missing(f)).toEqual([]);
    });
    it('TYPE_2 needs an audit period range (both ends), not a date', () => {
      const f = withChange((f) => (f.complianceScope.auditPeriodRange = null));
      expect(missing(f)).toEqual(['complianceScope.auditPeriodRange']);
      f.complianceScope.auditPeriodRange = { start: '2024-01-01', end: null };
      expect(missing(f)).toEqual(['complianceScope.auditPeriodRange']);
      f.complianceScope.auditPeriodRange = { start: '', end: '2024-12-31' };
      expect(missing(f)).toEqual(['complianceScope.auditPeriodRange']);
    });
    it('SOC_2 without criteria (null or [])', () => {
      expect(missing(withChange((f) => (f.complianceScope.trustServiceCriteria = null)))).toEqual([
        'complianceScope.trustServiceCriteria',
      ]);
      expect(missing(withChange((f) => (f.complianceScope.trustServiceCriteria = [])))).toEqual([
        'complianceScope.trustServiceCriteria',
      ]);
    });
    it.each(['SOC_1', 'SOC_3'] as const)('%s does not ask for criteria', (certification) => {
      const f = withChange((f) => {
        f.complianceScope.certification = certification;
        f.complianceScope.trustServiceCriteria = null;
      });
      expect(missing(f)).toEqual([]);
    });
    it('all five paths at once keep the table order', () => {
      const f = withChange((f) => {
        f.complianceScope = {
          certification: null,
          scopeType: null,
          auditPeriod: null,
          auditPeriodRange: null,
          trustServiceCriteria: null,
        };
      });
      expect(missing(f)).toEqual([
        'complianceScope.certification',
        'complianceScope.scopeType',
        'complianceScope.trustServiceCriteria',
      ]);
      f.complianceScope.scopeType = 'TYPE_1';
      expect(missing(f)).toEqual([
        'complianceScope.certification',
        'complianceScope.auditPeriod',
        'complianceScope.trustServiceCriteria',
      ]);
    });
  });

  describe('reportOpinion', () => {
    it('no opinion: missing, and no follow-up is asked for', () => {
      const f = withChange((f) => (f.reportOpinion.reportOpinion = null));
      expect(missing(f)).toEqual(['reportOpinion.reportOpinion']);
    });
    it('encompassBusinessNeeds null is missing; false is an answer', () => {
      expect(missing(withChange((f) => (f.reportOpinion.encompassBusinessNeeds = null)))).toEqual([
        'reportOpinion.encompassBusinessNeeds',
      ]);
      expect(missing(withChange((f) => (f.reportOpinion.encompassBusinessNeeds = false)))).toEqual([]);
    });
    it('UNQUALIFIED needs no follow-up', () => {
      expect(missing(withChange((f) => (f.reportOpinion.followUpActivity = null)))).toEqual([]);
    });
    it.each(['QUALIFIED', 'ADVERSE', 'DISCLAIMER'] as const)('%s needs a follow-up activity', (opinion) => {
      const f = withChange((f) => (f.reportOpinion.reportOpinion = opinion));
      expect(missing(f)).toEqual(['reportOpinion.followUpActivity']);
      f.reportOpinion.followUpActivity = 'Asked the vendor for a remediation plan';
      expect(missing(f)).toEqual([]);
    });
    it('order: opinion, business needs, follow-up', () => {
      const f = withChange((f) => {
        f.reportOpinion = { reportOpinion: 'ADVERSE', encompassBusinessNeeds: null, followUpActivity: null };
      });
      expect(missing(f)).toEqual(['reportOpinion.encompassBusinessNeeds', 'reportOpinion.followUpActivity']);
    });
  });

  describe('findings', () => {
    it('no findings: material impact is not asked for', () => {
      expect(missing(completeForm())).toEqual([]);
    });
    it('a finding present without material impact', () => {
      const f = withChange((f) => (f.findings.findings = [{ description: 'Late access reviews' }]));
      expect(missing(f)).toEqual(['findings.hasMaterialImpact']);
      f.findings.hasMaterialImpact = false;
      expect(missing(f)).toEqual([]);
    });
  });

  it('endUserControls never requires anything', () => {
    const c = computeCompleteness({ endUserControls: null });
    expect(c.endUserControls).toEqual({ isComplete: true, missingRequiredFields: [] });
  });

  it('servicesAndLocations: no service (locations do not count)', () => {
    const f = withChange((f) => {
      f.servicesAndLocations = { services: [], locations: [{ city: 'Dublin', stateOrCountry: 'Ireland' }] };
    });
    expect(missing(f)).toEqual(['servicesAndLocations.services']);
  });

  it('cpaFirm: no CPA firm', () => {
    expect(missing(withChange((f) => (f.cpaFirm.cpaFirm = null)))).toEqual(['cpaFirm.cpaFirm']);
  });

  describe('subserviceOrganizations', () => {
    it('none named: nothing required', () => {
      expect(missing(completeForm())).toEqual([]);
    });
    it('one named without procedures performed', () => {
      const f = withChange((f) => (f.subserviceOrganizations.subserviceOrganization = 'Cloud Co (hosting)'));
      expect(missing(f)).toEqual(['subserviceOrganizations.subserviceOrganizationProcedurePerformed']);
      f.subserviceOrganizations.subserviceOrganizationProcedurePerformed = 'Reviewed their SOC 2';
      expect(missing(f)).toEqual([]);
    });
  });

  describe('blank strings count as missing', () => {
    it.each([
      [
        'reviewerInformation.reportIssueDate',
        (f: SocFormData) => (f.reviewerInformation.reportIssueDate = ''),
      ],
      [
        'complianceScope.auditPeriod',
        (f: SocFormData) => {
          f.complianceScope.scopeType = 'TYPE_1';
          f.complianceScope.auditPeriod = '   ';
        },
      ],
      [
        'reportOpinion.followUpActivity',
        (f: SocFormData) => {
          f.reportOpinion.reportOpinion = 'QUALIFIED';
          f.reportOpinion.followUpActivity = '  \n ';
        },
      ],
      ['cpaFirm.cpaFirm', (f: SocFormData) => (f.cpaFirm.cpaFirm = ' ')],
      [
        'subserviceOrganizations.subserviceOrganizationProcedurePerformed',
        (f: SocFormData) => {
          f.subserviceOrganizations.subserviceOrganization = 'Cloud Co';
          f.subserviceOrganizations.subserviceOrganizationProcedurePerformed = '';
        },
      ],
    ])('%s', (path, change) => {
      expect(missing(withChange(change))).toEqual([path]);
    });

    it('blank form values as the wizard holds them', () => {
      const form: CompletenessInput = {
        ...completeForm(),
        reviewerInformation: { reviewerUserId: '', reportIssueDate: '2025-01-01' },
        complianceScope: { ...completeForm().complianceScope, certification: '', scopeType: '' },
        reportOpinion: { reportOpinion: '', encompassBusinessNeeds: true },
      };
      expect(missing(form)).toEqual([
        'reviewerInformation.reviewer',
        'complianceScope.certification',
        'complianceScope.scopeType',
        'reportOpinion.reportOpinion',
      ]);
    });

    it('a blank subservice organization name asks for nothing', () => {
      expect(missing(withChange((f) => (f.subserviceOrganizations.subserviceOrganization = '  ')))).toEqual(
        [],
      );
    });
  });

  it('sectionCompleteness judges one section alone', () => {
    expect(sectionCompleteness('cpaFirm', { cpaFirm: 'X' })).toEqual({
      isComplete: true,
      missingRequiredFields: [],
    });
    expect(sectionCompleteness('findings', { findings: [{}], hasMaterialImpact: null })).toEqual({
      isComplete: false,
      missingRequiredFields: ['findings.hasMaterialImpact'],
    });
  });
});
