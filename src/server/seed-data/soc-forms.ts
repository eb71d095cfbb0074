import { emptySocForm, type SocFormData } from '../../contract/soc-form';
import type { VendorKey } from './people';
import { REPORT_PROFILES, type ReportProfile } from './report-profiles';
import { MORE_REPORT_PROFILES } from './report-profiles-more';
import { addDays, minDay, monthEnd, periodStart } from './time';

const PROFILES: Record<VendorKey, ReportProfile> = { ...REPORT_PROFILES, ...MORE_REPORT_PROFILES };

/**
 * How far a reviewer got. `empty` is a NOT_YET_STARTED review; `ready` fills every section (finalizable once
 * the seed sets the reviewer); the others are the partial stages a demo should show.
 */
export const FORM_STAGES = ['empty', 'scope', 'opinion', 'controls', 'almost', 'scattered', 'ready'] as const;
export type FormStage = (typeof FORM_STAGES)[number];

export function reportProfile(vendor: VendorKey): ReportProfile {
  return PROFILES[vendor];
}

/** Earlier years' reports were clean: same vendor and auditor, no findings, unqualified. */
function forYear(p: ReportProfile, fy: number): ReportProfile {
  if (fy === 0) return p;
  return {
    ...p,
    endMonthsAgo: p.endMonthsAgo - 12 * fy,
    opinion: 'UNQUALIFIED',
    encompassBusinessNeeds: true,
    followUpActivity: null,
    findings: [],
    hasMaterialImpact: null,
  };
}

/**
 * The form for a vendor's report of fiscal year offset `fy` (0 current, -1 last year…), filled up to `stage`.
 * The issue date follows the period end and is capped at `latestDay` (the review's creation day): the report
 * exists before anyone reviews it, and is never dated after now.
 */
export function buildSocForm(
  vendor: VendorKey,
  fy: number,
  stage: FormStage,
  now: Date,
  latestDay: string,
): SocFormData {
  const form = emptySocForm();
  if (stage === 'empty') return form;
  const p = forYear(PROFILES[vendor], fy);
  const end = monthEnd(now, p.endMonthsAgo);
  const has = (s: FormStage[]) => s.includes(stage);

  if (has(['scope', 'opinion', 'controls', 'almost', 'ready'])) {
    form.reviewerInformation.reportIssueDate = minDay(addDays(end, p.issueLagDays), latestDay);
    form.complianceScope = {
      certification: p.certification,
      scopeType: p.scopeType,
      auditPeriod: p.scopeType === 'TYPE_1' ? end : null,
      auditPeriodRange: p.scopeType === 'TYPE_2' ? { start: periodStart(end, p.periodMonths), end } : null,
      trustServiceCriteria: p.criteria,
    };
  }
  if (has(['opinion', 'controls', 'almost', 'ready'])) {
    form.reportOpinion = {
      reportOpinion: p.opinion,
      encompassBusinessNeeds: p.encompassBusinessNeeds,
      followUpActivity: p.followUpActivity,
    };
    // Mid-review the reviewer has listed the findings but not yet judged their impact.
    form.findings = {
      findings: p.findings.map((description) => ({ description })),
      hasMaterialImpact: stage === 'opinion' ? null : p.hasMaterialImpact,
    };
  }
  if (has(['controls', 'almost', 'scattered', 'ready'])) {
    form.endUserControls.userControls = p.userControls.map(([description, inPlace]) => ({
      description,
      inPlace,
    }));
    form.servicesAndLocations = {
      services: p.services.map((name) => ({ name })),
      locations: p.locations.map(([city, stateOrCountry]) => ({ city, stateOrCountry })),
    };
  }
  if (has(['almost', 'scattered', 'ready'])) {
    form.cpaFirm = { cpaFirm: p.cpaFirm, cpaProcedurePerformed: p.cpaProcedurePerformed };
  }
  if (has(['almost', 'scattered', 'ready']) && p.subservice) {
    // Named but not yet followed up, short of `ready`: the last thing reviewers tend to chase.
    form.subserviceOrganizations = {
      subserviceOrganization: p.subservice.name,
      subserviceOrganizationUsingInclusiveMethod: p.subservice.inclusive,
      subserviceOrganizationProcedurePerformed: stage === 'ready' ? p.subservice.procedure : null,
    };
  }
  return form;
}
