import { z } from 'zod';
import { Certification, ReportOpinion, ScopeType, TrustServiceCriterion } from '../../contract/enums';
import type { SocSection } from '../../contract/soc-form';

/*
 * The shape of one section's form values as a draft holds them (inputs keep '' for empty text, so text is a string
 * or null). Deliberately looser than the save schemas: a draft is work in progress (blank list rows, a half-chosen
 * range), but a draft of another shape (an older app version, a hand-edited entry) must never reach the form.
 */
const text = z.string().nullable();
const yesNo = z.boolean().nullable();

export const DRAFT_VALUES = {
  reviewerInformation: z.object({
    reviewerUserId: z.number().int().positive().nullable(),
    reportIssueDate: text,
  }),
  complianceScope: z.object({
    certification: Certification.nullable(),
    scopeType: ScopeType.nullable(),
    auditPeriod: text,
    auditPeriodRange: z.object({ start: text, end: text }).nullable(),
    trustServiceCriteria: z.array(TrustServiceCriterion).nullable(),
  }),
  reportOpinion: z.object({
    reportOpinion: ReportOpinion.nullable(),
    encompassBusinessNeeds: yesNo,
    followUpActivity: text,
  }),
  findings: z.object({ findings: z.array(z.object({ description: z.string() })), hasMaterialImpact: yesNo }),
  endUserControls: z.object({
    userControls: z.array(z.object({ description: z.string(), inPlace: z.boolean() })),
  }),
  servicesAndLocations: z.object({
    services: z.array(z.object({ name: z.string() })),
    locations: z.array(z.object({ city: z.string(), stateOrCountry: z.string() })),
  }),
  cpaFirm: z.object({ cpaFirm: text, cpaProcedurePerformed: text }),
  subserviceOrganizations: z.object({
    subserviceOrganization: text,
    subserviceOrganizationUsingInclusiveMethod: yesNo,
    subserviceOrganizationProcedurePerformed: text,
  }),
} as const satisfies Record<SocSection, z.ZodType>;
