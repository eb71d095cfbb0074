import { SOC_SECTIONS, type SocSection } from './soc-form';
import { isBlank } from './primitives';

/*
 * The finalize rules of API.md ("Required for finalizing"), as one pure function. The server computes
 * `missingRequiredFields` with it and the wizard runs it on the live form values, so both always agree.
 * Input is loose on purpose: a form being edited holds '' for cleared inputs and may lack whole sections.
 */

type Loose<T> = { [K in keyof T]?: T[K] | null | undefined };
export interface CompletenessInput {
  reviewerInformation?: Loose<{
    reviewerUserId: number | string;
    reviewer: string;
    reportIssueDate: string;
  }> | null;
  complianceScope?: Loose<{
    certification: string;
    scopeType: string;
    auditPeriod: string;
    auditPeriodRange: { start?: string | null; end?: string | null } | null;
    trustServiceCriteria: readonly string[];
  }> | null;
  reportOpinion?: Loose<{
    reportOpinion: string;
    encompassBusinessNeeds: boolean;
    followUpActivity: string;
  }> | null;
  findings?: Loose<{ findings: readonly unknown[]; hasMaterialImpact: boolean }> | null;
  endUserControls?: unknown;
  servicesAndLocations?: Loose<{ services: readonly unknown[] }> | null;
  cpaFirm?: Loose<{ cpaFirm: string }> | null;
  subserviceOrganizations?: Loose<{
    subserviceOrganization: string;
    subserviceOrganizationProcedurePerformed: string;
  }> | null;
}

export interface SectionCompleteness {
  isComplete: boolean;
  missingRequiredFields: string[];
}
export type Completeness = Record<SocSection, SectionCompleteness> & { readyToFinalize: boolean };

function missingBySection(form: CompletenessInput): Record<SocSection, string[]> {
  const ri = form.reviewerInformation ?? {};
  const cs = form.complianceScope ?? {};
  const ro = form.reportOpinion ?? {};
  const fi = form.findings ?? {};
  const sl = form.servicesAndLocations ?? {};
  const cpa = form.cpaFirm ?? {};
  const so = form.subserviceOrganizations ?? {};
  const when = (cond: boolean, path: string) => (cond ? [path] : []);

  const hasReviewer = !isBlank(ri.reviewerUserId) || !isBlank(ri.reviewer);
  const range = cs.auditPeriodRange;
  const criteria = cs.trustServiceCriteria ?? [];
  const criteriaAsked = isBlank(cs.certification) || cs.certification === 'SOC_2';
  const opinionChosen = !isBlank(ro.reportOpinion);

  return {
    reviewerInformation: [
      ...when(!hasReviewer, 'reviewerInformation.reviewer'),
      ...when(isBlank(ri.reportIssueDate), 'reviewerInformation.reportIssueDate'),
    ],
    complianceScope: [
      ...when(isBlank(cs.certification), 'complianceScope.certification'),
      ...when(isBlank(cs.scopeType), 'complianceScope.scopeType'),
      ...when(cs.scopeType === 'TYPE_1' && isBlank(cs.auditPeriod), 'complianceScope.auditPeriod'),
      ...when(
        cs.scopeType === 'TYPE_2' && (!range || isBlank(range.start) || isBlank(range.end)),
        'complianceScope.auditPeriodRange',
      ),
      ...when(criteriaAsked && criteria.length === 0, 'complianceScope.trustServiceCriteria'),
    ],
    reportOpinion: [
      ...when(!opinionChosen, 'reportOpinion.reportOpinion'),
      ...when(ro.encompassBusinessNeeds == null, 'reportOpinion.encompassBusinessNeeds'),
      ...when(
        opinionChosen && ro.reportOpinion !== 'UNQUALIFIED' && isBlank(ro.followUpActivity),
        'reportOpinion.followUpActivity',
      ),
    ],
    findings: when(
      (fi.findings?.length ?? 0) > 0 && fi.hasMaterialImpact == null,
      'findings.hasMaterialImpact',
    ),
    endUserControls: [],
    servicesAndLocations: when((sl.services?.length ?? 0) === 0, 'servicesAndLocations.services'),
    cpaFirm: when(isBlank(cpa.cpaFirm), 'cpaFirm.cpaFirm'),
    subserviceOrganizations: when(
      !isBlank(so.subserviceOrganization) && isBlank(so.subserviceOrganizationProcedurePerformed),
      'subserviceOrganizations.subserviceOrganizationProcedurePerformed',
    ),
  };
}

export function computeCompleteness(form: CompletenessInput): Completeness {
  const missing = missingBySection(form);
  const result = {} as Completeness;
  for (const section of SOC_SECTIONS) {
    const fields = missing[section];
    result[section] = { isComplete: fields.length === 0, missingRequiredFields: fields };
  }
  result.readyToFinalize = SOC_SECTIONS.every((s) => result[s].isComplete);
  return result;
}

/** One section's completeness, for the wizard's live status of the section being edited. */
export function sectionCompleteness(
  section: SocSection,
  values: CompletenessInput[SocSection],
): SectionCompleteness {
  const input: CompletenessInput = { [section]: values };
  return computeCompleteness(input)[section];
}

/** Human names for missing-field paths (the wizard lists them and focuses the input on click). */
export const FIELD_LABELS: Record<string, string> = {
  'reviewerInformation.reviewer': 'Reviewer',
  'reviewerInformation.reportIssueDate': 'Report issue date',
  'complianceScope.certification': 'SOC report type',
  'complianceScope.scopeType': 'Scope type',
  'complianceScope.auditPeriod': 'Audit date',
  'complianceScope.auditPeriodRange': 'Audit period',
  'complianceScope.trustServiceCriteria': 'Trust services criteria',
  'reportOpinion.reportOpinion': 'Report opinion',
  'reportOpinion.encompassBusinessNeeds': 'Covers our business needs',
  'reportOpinion.followUpActivity': 'Follow-up activity',
  'findings.hasMaterialImpact': 'Material impact',
  'servicesAndLocations.services': 'Services',
  'cpaFirm.cpaFirm': 'CPA firm',
  'subserviceOrganizations.subserviceOrganizationProcedurePerformed':
    'Procedures performed on subservice organizations',
};
