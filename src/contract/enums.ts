import { z } from 'zod';

// Spec order matters: multipart input accepts the 1-based position of a value (see API.md, Enums).
export const REVIEW_STATUSES = ['NOT_YET_STARTED', 'IN_PROGRESS', 'COMPLETED', 'NOT_REQUIRED'] as const;
export const REVIEW_TYPES = ['SECURITY', 'SOC_REPORT', 'UPLOAD_REPORT'] as const;
export const DECISIONS = ['PENDING', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED'] as const;
export const FINALIZE_DECISIONS = ['APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED'] as const;
export const CERTIFICATIONS = ['SOC_1', 'SOC_2', 'SOC_3'] as const;
export const SCOPE_TYPES = ['TYPE_1', 'TYPE_2'] as const;
export const TRUST_SERVICE_CRITERIA = [
  'AVAILABILITY',
  'CONFIDENTIALITY',
  'SECURITY',
  'PRIVACY',
  'PROCESSING_INTEGRITY',
] as const;
export const REPORT_OPINIONS = ['UNQUALIFIED', 'QUALIFIED', 'ADVERSE', 'DISCLAIMER'] as const;
export const DOCUMENT_TYPES = [
  'COMPLIANCE_REPORT',
  'COMPLIANCE_REPORT_REVIEW',
  'BRIDGE_LETTER',
  'UPLOADED_COMPLIANCE_REPORT_REVIEW',
  'QUESTIONNAIRE_ATTACHMENT',
  'SOC_DOCUMENT',
  'QUESTIONNAIRE_REPORT',
  'TRUST_CENTER_PAGE',
] as const;
export const ACTIONS = ['finalize', 'reopen'] as const;
export const ROLES = ['reviewer', 'manager', 'auditor'] as const;

export const ReviewStatus = z.enum(REVIEW_STATUSES);
export const ReviewType = z.enum(REVIEW_TYPES);
export const Decision = z.enum(DECISIONS);
export const FinalizeDecision = z.enum(FINALIZE_DECISIONS);
export const Certification = z.enum(CERTIFICATIONS);
export const ScopeType = z.enum(SCOPE_TYPES);
export const TrustServiceCriterion = z.enum(TRUST_SERVICE_CRITERIA);
export const ReportOpinion = z.enum(REPORT_OPINIONS);
export const DocumentType = z.enum(DOCUMENT_TYPES);
export const Action = z.enum(ACTIONS);
export const Role = z.enum(ROLES);

export type ReviewStatus = z.infer<typeof ReviewStatus>;
export type ReviewType = z.infer<typeof ReviewType>;
export type Decision = z.infer<typeof Decision>;
export type FinalizeDecision = z.infer<typeof FinalizeDecision>;
export type Certification = z.infer<typeof Certification>;
export type ScopeType = z.infer<typeof ScopeType>;
export type TrustServiceCriterion = z.infer<typeof TrustServiceCriterion>;
export type ReportOpinion = z.infer<typeof ReportOpinion>;
export type DocumentType = z.infer<typeof DocumentType>;
export type Action = z.infer<typeof Action>;
export type Role = z.infer<typeof Role>;

/** Multipart fields arrive as strings: accept an enum's name or its 1-based number ("2" → values[1]). */
export function enumFromNameOrNumber<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((raw) => {
    if (typeof raw === 'string' && /^[1-9][0-9]*$/.test(raw)) return values[Number(raw) - 1] ?? raw;
    return raw;
  }, z.enum(values));
}

/** Human labels, used by the UI and by error messages alike. */
export const STATUS_LABELS: Record<ReviewStatus, string> = {
  NOT_YET_STARTED: 'Not yet started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  NOT_REQUIRED: 'Not required',
};
export const TYPE_LABELS: Record<ReviewType, string> = {
  SECURITY: 'Security questionnaire',
  SOC_REPORT: 'SOC report',
  UPLOAD_REPORT: 'Uploaded report',
};
export const DECISION_LABELS: Record<Decision, string> = {
  PENDING: 'Pending',
  APPROVED: 'Approved',
  APPROVED_WITH_CONDITIONS: 'Approved with conditions',
  REJECTED: 'Rejected',
};
export const CERTIFICATION_LABELS: Record<Certification, string> = {
  SOC_1: 'SOC 1',
  SOC_2: 'SOC 2',
  SOC_3: 'SOC 3',
};
export const SCOPE_TYPE_LABELS: Record<ScopeType, string> = { TYPE_1: 'Type 1', TYPE_2: 'Type 2' };
export const CRITERIA_LABELS: Record<TrustServiceCriterion, string> = {
  SECURITY: 'Security',
  AVAILABILITY: 'Availability',
  CONFIDENTIALITY: 'Confidentiality',
  PROCESSING_INTEGRITY: 'Processing integrity',
  PRIVACY: 'Privacy',
};
export const OPINION_LABELS: Record<ReportOpinion, string> = {
  UNQUALIFIED: 'Unqualified',
  QUALIFIED: 'Qualified',
  ADVERSE: 'Adverse',
  DISCLAIMER: 'Disclaimer',
};
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  COMPLIANCE_REPORT: 'Compliance report',
  COMPLIANCE_REPORT_REVIEW: 'Compliance report review',
  BRIDGE_LETTER: 'Bridge letter',
  UPLOADED_COMPLIANCE_REPORT_REVIEW: 'Uploaded compliance report review',
  QUESTIONNAIRE_ATTACHMENT: 'Questionnaire attachment',
  SOC_DOCUMENT: 'SOC document',
  QUESTIONNAIRE_REPORT: 'Questionnaire report',
  TRUST_CENTER_PAGE: 'Trust center page',
};
