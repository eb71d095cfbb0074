import { z } from 'zod';
import { Certification, ReportOpinion, ScopeType, TrustServiceCriterion } from './enums';
import { Id, IsoDate, NonBlank, todayUtc } from './primitives';

/*
 * The SOC review form: what a save sends (each section partial, `null` clears), what is stored, and what a
 * response carries (the stored values plus each section's completeness). Objects are strict: an unknown
 * property is a 400, never silently dropped (API.md, Errors).
 */

export const SOC_SECTIONS = [
  'reviewerInformation',
  'complianceScope',
  'reportOpinion',
  'findings',
  'endUserControls',
  'servicesAndLocations',
  'cpaFirm',
  'subserviceOrganizations',
] as const;
export type SocSection = (typeof SOC_SECTIONS)[number];

const LONG = 30_000;
const optionalText = (max: number) =>
  z.string().max(max, `Must be at most ${max} characters`).nullable().optional();

export const AuditPeriodRange = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((r) => r.end > r.start, {
    message: 'The end of the audit period must be after its start',
    path: ['end'],
  });

export const ReviewerInformationInput = z.strictObject({
  reviewerUserId: Id.nullable().optional(),
  reportIssueDate: IsoDate.nullable()
    .optional()
    .refine((d) => d == null || d <= todayUtc(), 'The report issue date cannot be in the future'),
});

export const ComplianceScopeInput = z.strictObject({
  certification: Certification.nullable().optional(),
  scopeType: ScopeType.nullable().optional(),
  auditPeriod: IsoDate.nullable().optional(),
  auditPeriodRange: AuditPeriodRange.nullable().optional(),
  trustServiceCriteria: z
    .array(TrustServiceCriterion)
    .max(5)
    .refine((a) => new Set(a).size === a.length, 'Each criterion can be chosen once')
    .nullable()
    .optional(),
});

export const ReportOpinionInput = z.strictObject({
  reportOpinion: ReportOpinion.nullable().optional(),
  encompassBusinessNeeds: z.boolean().nullable().optional(),
  followUpActivity: optionalText(LONG),
});

export const FindingItem = z.strictObject({ description: NonBlank(LONG) });
export const UserControlItem = z.strictObject({ description: NonBlank(LONG), inPlace: z.boolean() });
export const ServiceItem = z.strictObject({ name: NonBlank(LONG) });
export const LocationItem = z.strictObject({ city: NonBlank(191), stateOrCountry: NonBlank(191) });
const MAX_ITEMS = 1000;

export const FindingsInput = z.strictObject({
  findings: z.array(FindingItem).max(MAX_ITEMS).optional(),
  hasMaterialImpact: z.boolean().nullable().optional(),
});
export const EndUserControlsInput = z.strictObject({
  userControls: z.array(UserControlItem).max(MAX_ITEMS).optional(),
});
export const ServicesAndLocationsInput = z.strictObject({
  services: z.array(ServiceItem).max(MAX_ITEMS).optional(),
  locations: z.array(LocationItem).max(MAX_ITEMS).optional(),
});
export const CpaFirmInput = z.strictObject({
  cpaFirm: optionalText(191),
  cpaProcedurePerformed: optionalText(LONG),
});
export const SubserviceOrganizationsInput = z.strictObject({
  subserviceOrganization: optionalText(LONG),
  subserviceOrganizationUsingInclusiveMethod: z.boolean().nullable().optional(),
  subserviceOrganizationProcedurePerformed: optionalText(LONG),
});

/** One schema per section: the wizard's forms and the server's parser use the same ones. */
export const SECTION_INPUTS = {
  reviewerInformation: ReviewerInformationInput,
  complianceScope: ComplianceScopeInput,
  reportOpinion: ReportOpinionInput,
  findings: FindingsInput,
  endUserControls: EndUserControlsInput,
  servicesAndLocations: ServicesAndLocationsInput,
  cpaFirm: CpaFirmInput,
  subserviceOrganizations: SubserviceOrganizationsInput,
} as const;

export const SocFormSaveRequest = z.strictObject({
  reviewerInformation: ReviewerInformationInput.optional(),
  complianceScope: ComplianceScopeInput.optional(),
  reportOpinion: ReportOpinionInput.optional(),
  findings: FindingsInput.optional(),
  endUserControls: EndUserControlsInput.optional(),
  servicesAndLocations: ServicesAndLocationsInput.optional(),
  cpaFirm: CpaFirmInput.optional(),
  subserviceOrganizations: SubserviceOrganizationsInput.optional(),
});
export type SocFormSaveRequest = z.infer<typeof SocFormSaveRequest>;

/** The stored form: every field present, `null` when not chosen. */
export const SocFormData = z.object({
  reviewerInformation: z.object({ reviewerUserId: Id.nullable(), reportIssueDate: IsoDate.nullable() }),
  complianceScope: z.object({
    certification: Certification.nullable(),
    scopeType: ScopeType.nullable(),
    auditPeriod: IsoDate.nullable(),
    auditPeriodRange: z.object({ start: IsoDate.nullable(), end: IsoDate.nullable() }).nullable(),
    trustServiceCriteria: z.array(TrustServiceCriterion).nullable(),
  }),
  reportOpinion: z.object({
    reportOpinion: ReportOpinion.nullable(),
    encompassBusinessNeeds: z.boolean().nullable(),
    followUpActivity: z.string().nullable(),
  }),
  findings: z.object({
    findings: z.array(z.object({ description: z.string() })),
    hasMaterialImpact: z.boolean().nullable(),
  }),
  endUserControls: z.object({
    userControls: z.array(z.object({ description: z.string(), inPlace: z.boolean() })),
  }),
  servicesAndLocations: z.object({
    services: z.array(z.object({ name: z.string() })),
    locations: z.array(z.object({ city: z.string(), stateOrCountry: z.string() })),
  }),
  cpaFirm: z.object({ cpaFirm: z.string().nullable(), cpaProcedurePerformed: z.string().nullable() }),
  subserviceOrganizations: z.object({
    subserviceOrganization: z.string().nullable(),
    subserviceOrganizationUsingInclusiveMethod: z.boolean().nullable(),
    subserviceOrganizationProcedurePerformed: z.string().nullable(),
  }),
});
export type SocFormData = z.infer<typeof SocFormData>;

export function emptySocForm(): SocFormData {
  return {
    reviewerInformation: { reviewerUserId: null, reportIssueDate: null },
    complianceScope: {
      certification: null,
      scopeType: null,
      auditPeriod: null,
      auditPeriodRange: null,
      trustServiceCriteria: null,
    },
    reportOpinion: { reportOpinion: null, encompassBusinessNeeds: null, followUpActivity: null },
    findings: { findings: [], hasMaterialImpact: null },
    endUserControls: { userControls: [] },
    servicesAndLocations: { services: [], locations: [] },
    cpaFirm: { cpaFirm: null, cpaProcedurePerformed: null },
    subserviceOrganizations: {
      subserviceOrganization: null,
      subserviceOrganizationUsingInclusiveMethod: null,
      subserviceOrganizationProcedurePerformed: null,
    },
  };
}

const SectionStatus = { isComplete: z.boolean(), missingRequiredFields: z.array(z.string()) };
const D = SocFormData.shape;

/** The response's `socReviewForm` (Drata's shape, with `reviewerUserId` as an extension). */
export const SocReviewFormResponse = z.object({
  readyToFinalize: z.boolean(),
  reviewerInformation: z.object({
    ...SectionStatus,
    reviewer: z.string().nullable(),
    reviewerUserId: Id.nullable().optional(),
    reportIssueDate: IsoDate.nullable(),
  }),
  complianceScope: D.complianceScope.extend(SectionStatus),
  reportOpinion: D.reportOpinion.extend(SectionStatus),
  findings: D.findings.extend(SectionStatus),
  endUserControls: D.endUserControls.extend(SectionStatus),
  servicesAndLocations: D.servicesAndLocations.extend(SectionStatus),
  cpaFirm: D.cpaFirm.extend(SectionStatus),
  subserviceOrganizations: D.subserviceOrganizations.extend(SectionStatus),
});
export type SocReviewFormResponse = z.infer<typeof SocReviewFormResponse>;

/** Response → stored values (what a form edits). Missing `reviewerUserId` (a real Drata answer) reads as null. */
export function formDataFromResponse(form: SocReviewFormResponse): SocFormData {
  const strip = <T extends { isComplete: boolean; missingRequiredFields: string[] }>(s: T) => {
    const { isComplete: _c, missingRequiredFields: _m, ...rest } = s;
    return rest;
  };
  return {
    reviewerInformation: {
      reviewerUserId: form.reviewerInformation.reviewerUserId ?? null,
      reportIssueDate: form.reviewerInformation.reportIssueDate,
    },
    complianceScope: strip(form.complianceScope),
    reportOpinion: strip(form.reportOpinion),
    findings: strip(form.findings),
    endUserControls: strip(form.endUserControls),
    servicesAndLocations: strip(form.servicesAndLocations),
    cpaFirm: strip(form.cpaFirm),
    subserviceOrganizations: strip(form.subserviceOrganizations),
  };
}
