import { FIELD_LABELS } from '../../contract/completeness';
import { SOC_SECTIONS, type SocSection } from '../../contract/soc-form';

export const SECTION_TITLES: Record<SocSection, string> = {
  reviewerInformation: 'Reviewer information',
  complianceScope: 'Compliance scope',
  reportOpinion: 'Report opinion',
  findings: 'Findings',
  endUserControls: 'End-user controls',
  servicesAndLocations: 'Services and locations',
  cpaFirm: 'CPA firm',
  subserviceOrganizations: 'Subservice organizations',
};

export function isSocSection(value: string | undefined): value is SocSection {
  return (SOC_SECTIONS as readonly string[]).includes(value ?? '');
}

export function nextSection(section: SocSection): SocSection | null {
  return SOC_SECTIONS[SOC_SECTIONS.indexOf(section) + 1] ?? null;
}

/** "3 missing" / "complete": the words the rail and the summary use for a section's state. */
export function missingText(count: number): string {
  return count === 0 ? 'complete' : `${count} missing`;
}

export function fieldLabel(path: string): string {
  return FIELD_LABELS[path] ?? path.split('.').pop() ?? path;
}

/**
 * Where focus goes when the user picks a missing field: the form's field name, or (lists without rows) the id
 * suffix of the list's "Add …" button.
 */
export const FOCUS_TARGETS: Record<string, { field: string } | { addButton: string }> = {
  'reviewerInformation.reviewer': { field: 'reviewerUserId' },
  'reviewerInformation.reportIssueDate': { field: 'reportIssueDate' },
  'complianceScope.certification': { field: 'certification' },
  'complianceScope.scopeType': { field: 'scopeType' },
  'complianceScope.auditPeriod': { field: 'auditPeriod' },
  'complianceScope.auditPeriodRange': { field: 'auditPeriodRange.start' },
  'complianceScope.trustServiceCriteria': { field: 'trustServiceCriteria' },
  'reportOpinion.reportOpinion': { field: 'reportOpinion' },
  'reportOpinion.encompassBusinessNeeds': { field: 'encompassBusinessNeeds' },
  'reportOpinion.followUpActivity': { field: 'followUpActivity' },
  'findings.hasMaterialImpact': { field: 'hasMaterialImpact' },
  'servicesAndLocations.services': { addButton: 'services' },
  'cpaFirm.cpaFirm': { field: 'cpaFirm' },
  'subserviceOrganizations.subserviceOrganizationProcedurePerformed': {
    field: 'subserviceOrganizationProcedurePerformed',
  },
};

/** The id of a list's "Add …" button, so a missing-list link can focus it. */
export const addButtonId = (section: SocSection, list: string) => `${section}-${list}-add`;

/** The id of a section's Save button, so focus can return to it after a conflict is resolved. */
export const saveButtonId = (section: SocSection) => `${section}-save`;
