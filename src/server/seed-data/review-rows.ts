import type { Decision, ReviewStatus, ReviewType } from '../../contract/enums';
import { MANAGER, REVIEWER, SECOND_REVIEWER, type VendorKey } from './people';
import type { FormStage } from './soc-forms';

/*
 * The demo's reviews, hand-written so every state a reviewer meets is on screen: all statuses, types and
 * decisions; deadlines overdue, due this week and far off; SOC forms at every stage. Times are days before now
 * (`age` created, `upd` last change = finalization for COMPLETED), `due` is days from today (negative = past).
 */
export interface ReviewRow {
  v: VendorKey;
  type: ReviewType;
  status: ReviewStatus;
  decision: Decision;
  age: number;
  upd: number;
  due: number;
  /** SOC_REPORT: fiscal-year offset (0 current) and how far the form got. */
  fy?: number;
  stage?: FormStage;
  /** SECURITY / UPLOAD_REPORT: what is being reviewed, for the title. */
  subject?: string;
  reviewer: string | null;
  requester?: string;
  note?: string | null;
  /** A reopened review keeps its latest finalization: days ago it happened. */
  reopenedFrom?: number;
  finalNote?: string | null;
}

const R = REVIEWER;
const S = SECOND_REVIEWER;
const M = MANAGER;
const SEC = 'SECURITY';
const SOC = 'SOC_REPORT';
const UP = 'UPLOAD_REPORT';
const DONE = 'COMPLETED';
const WIP = 'IN_PROGRESS';
const NEW = 'NOT_YET_STARTED';
const NA = 'NOT_REQUIRED';

// A table: one review per line reads better than prettier's one field per line.
// prettier-ignore
export const REVIEW_ROWS: ReviewRow[] = [
  // Northwind Payroll
  { v: 'northwind-payroll', type: SOC, status: DONE, decision: 'APPROVED', age: 720, upd: 700, due: -690, fy: -2, stage: 'ready', reviewer: S },
  { v: 'northwind-payroll', type: SOC, status: DONE, decision: 'APPROVED', age: 340, upd: 322, due: -310, fy: -1, stage: 'ready', reviewer: R, note: 'Annual SOC 1 review ahead of payroll contract renewal.' },
  { v: 'northwind-payroll', type: SOC, status: WIP, decision: 'PENDING', age: 14, upd: 0, due: 6, fy: 0, stage: 'opinion', reviewer: R, note: 'One access-removal exception to assess.' },
  { v: 'northwind-payroll', type: SEC, status: DONE, decision: 'APPROVED', age: 200, upd: 185, due: -170, subject: 'security questionnaire', reviewer: R, requester: R },
  { v: 'northwind-payroll', type: UP, status: NA, decision: 'PENDING', age: 40, upd: 38, due: 30, subject: 'PCI DSS attestation of compliance', reviewer: S, note: 'Not required: Northwind does not store card data for us.' },
  { v: 'northwind-payroll', type: UP, status: DONE, decision: 'APPROVED', age: 70, upd: 61, due: -50, subject: 'SOC 1 bridge letter', reviewer: R, finalNote: 'Bridge letter covers the gap to the current quarter.' },
  // Cirrus Cloud Hosting
  { v: 'cirrus-cloud', type: SOC, status: DONE, decision: 'APPROVED', age: 1090, upd: 1071, due: -1060, fy: -3, stage: 'ready', reviewer: R, note: 'First review after onboarding Cirrus.' },
  { v: 'cirrus-cloud', type: SOC, status: DONE, decision: 'APPROVED', age: 730, upd: 712, due: -700, fy: -2, stage: 'ready', reviewer: R },
  { v: 'cirrus-cloud', type: SOC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 355, upd: 330, due: -325, fy: -1, stage: 'ready', reviewer: R, finalNote: 'Approved on condition that API access keys are rotated every 90 days (CUEC not in place).' },
  { v: 'cirrus-cloud', type: SOC, status: WIP, decision: 'PENDING', age: 20, upd: 0, due: 3, fy: 0, stage: 'ready', reviewer: R, note: 'Critical vendor: all production workloads.' },
  { v: 'cirrus-cloud', type: SEC, status: WIP, decision: 'PENDING', age: 15, upd: 4, due: -2, subject: 'security questionnaire', reviewer: S },
  { v: 'cirrus-cloud', type: UP, status: DONE, decision: 'APPROVED', age: 150, upd: 140, due: -120, subject: 'ISO 27001 certificate', reviewer: S },
  { v: 'cirrus-cloud', type: UP, status: NEW, decision: 'PENDING', age: 2, upd: 2, due: 9, subject: 'business continuity plan summary', reviewer: null },
  // Ledgerly
  { v: 'ledgerly', type: SOC, status: DONE, decision: 'APPROVED', age: 745, upd: 731, due: -715, fy: -2, stage: 'ready', reviewer: S },
  { v: 'ledgerly', type: SOC, status: DONE, decision: 'APPROVED', age: 380, upd: 366, due: -350, fy: -1, stage: 'ready', reviewer: R },
  { v: 'ledgerly', type: SOC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 30, upd: 9, due: -5, fy: 0, stage: 'ready', reviewer: R, note: 'Finance asked for this before the AP rollout.', finalNote: 'Approved on condition that Finance starts quarterly Ledgerly access reviews (CUEC not in place).' },
  { v: 'ledgerly', type: SEC, status: NEW, decision: 'PENDING', age: 3, upd: 3, due: 25, subject: 'security questionnaire', reviewer: null },
  { v: 'ledgerly', type: UP, status: WIP, decision: 'PENDING', age: 10, upd: 2, due: -1, subject: 'penetration test summary', reviewer: S, note: 'Third-party pentest letter uploaded by the vendor.' },
  // Beacon CRM: the latest report is stale, a bridge letter is requested.
  { v: 'beacon-crm', type: SOC, status: DONE, decision: 'APPROVED', age: 420, upd: 401, due: -390, fy: -1, stage: 'ready', reviewer: S },
  { v: 'beacon-crm', type: SOC, status: WIP, decision: 'PENDING', age: 18, upd: 1, due: -4, fy: 0, stage: 'almost', reviewer: S, note: 'Report period ended over a year ago; waiting on a bridge letter.' },
  { v: 'beacon-crm', type: SEC, status: DONE, decision: 'APPROVED', age: 90, upd: 75, due: -60, subject: 'security questionnaire', reviewer: R },
  { v: 'beacon-crm', type: UP, status: NEW, decision: 'PENDING', age: 1, upd: 1, due: 45, subject: 'bridge letter', reviewer: null, requester: S },
  // Pagetrail Docs
  { v: 'pagetrail', type: SOC, status: NA, decision: 'PENDING', age: 400, upd: 398, due: -370, fy: -1, stage: 'empty', reviewer: null, note: 'Not required last year: no customer data stored in Pagetrail then.' },
  { v: 'pagetrail', type: SOC, status: DONE, decision: 'APPROVED', age: 45, upd: 31, due: -20, fy: 0, stage: 'ready', reviewer: S, finalNote: null },
  { v: 'pagetrail', type: SEC, status: NA, decision: 'PENDING', age: 60, upd: 58, due: 10, subject: 'security questionnaire', reviewer: null, note: 'Low risk: SOC 3 is enough.' },
  { v: 'pagetrail', type: UP, status: NEW, decision: 'PENDING', age: 6, upd: 6, due: 40, subject: 'trust center page export', reviewer: null },
  // Watchpost EDR: finalized, then reopened when the qualified opinion came to light.
  { v: 'watchpost-edr', type: SOC, status: DONE, decision: 'APPROVED', age: 742, upd: 728, due: -712, fy: -2, stage: 'ready', reviewer: S },
  { v: 'watchpost-edr', type: SOC, status: DONE, decision: 'APPROVED', age: 365, upd: 350, due: -335, fy: -1, stage: 'ready', reviewer: R },
  { v: 'watchpost-edr', type: SOC, status: WIP, decision: 'APPROVED_WITH_CONDITIONS', age: 40, upd: 2, due: 10, fy: 0, stage: 'ready', reviewer: R, note: 'Reopened: re-check the access review evidence before sign-off.', reopenedFrom: 12, finalNote: 'Approved with conditions pending Q3/Q4 access review evidence.' },
  { v: 'watchpost-edr', type: SEC, status: WIP, decision: 'PENDING', age: 8, upd: 1, due: 2, subject: 'security questionnaire', reviewer: S },
  { v: 'watchpost-edr', type: UP, status: DONE, decision: 'APPROVED', age: 210, upd: 200, due: -185, subject: 'penetration test summary', reviewer: R },
  // Inkwise eSign
  { v: 'inkwise', type: SOC, status: DONE, decision: 'APPROVED', age: 725, upd: 709, due: -695, fy: -2, stage: 'ready', reviewer: R },
  { v: 'inkwise', type: SOC, status: DONE, decision: 'APPROVED', age: 360, upd: 344, due: -330, fy: -1, stage: 'ready', reviewer: S },
  { v: 'inkwise', type: SOC, status: NEW, decision: 'PENDING', age: 2, upd: 2, due: 28, fy: 0, stage: 'empty', reviewer: R },
  { v: 'inkwise', type: SEC, status: DONE, decision: 'APPROVED', age: 120, upd: 104, due: -95, subject: 'security questionnaire', reviewer: R },
  { v: 'inkwise', type: UP, status: WIP, decision: 'PENDING', age: 12, upd: 3, due: 8, subject: 'privacy impact assessment', reviewer: R, requester: M },
  // Brightwave Mail: a qualified opinion under review.
  { v: 'brightwave-mail', type: SOC, status: DONE, decision: 'APPROVED', age: 755, upd: 744, due: -725, fy: -2, stage: 'ready', reviewer: S },
  { v: 'brightwave-mail', type: SOC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 390, upd: 371, due: -360, fy: -1, stage: 'ready', reviewer: R, finalNote: 'Conditional on a consent audit of imported contact lists.' },
  { v: 'brightwave-mail', type: SOC, status: WIP, decision: 'PENDING', age: 25, upd: 5, due: -6, fy: 0, stage: 'controls', reviewer: R, note: 'Qualified opinion (change management). Escalated to the GRC manager.' },
  { v: 'brightwave-mail', type: SEC, status: NEW, decision: 'PENDING', age: 5, upd: 5, due: -1, subject: 'security questionnaire', reviewer: S },
  { v: 'brightwave-mail', type: UP, status: WIP, decision: 'PENDING', age: 7, upd: 1, due: 14, subject: 'CC8.1 remediation evidence', reviewer: R },
  { v: 'brightwave-mail', type: SEC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 420, upd: 410, due: -395, subject: 'security questionnaire', reviewer: R, finalNote: 'Conditional on SSO being enforced for all marketing users.' },
  // Keystone Identity
  { v: 'keystone-identity', type: SOC, status: DONE, decision: 'APPROVED', age: 735, upd: 720, due: -705, fy: -2, stage: 'ready', reviewer: S },
  { v: 'keystone-identity', type: SOC, status: DONE, decision: 'APPROVED', age: 370, upd: 358, due: -340, fy: -1, stage: 'ready', reviewer: R },
  { v: 'keystone-identity', type: SOC, status: NEW, decision: 'PENDING', age: 1, upd: 1, due: 30, fy: 0, stage: 'empty', reviewer: null, note: 'Report received from the vendor portal; not yet assigned.' },
  { v: 'keystone-identity', type: SEC, status: DONE, decision: 'APPROVED', age: 180, upd: 166, due: -150, subject: 'security questionnaire', reviewer: S },
  { v: 'keystone-identity', type: UP, status: NEW, decision: 'PENDING', age: 4, upd: 4, due: 60, subject: 'ISO 27001 certificate', reviewer: null },
  { v: 'keystone-identity', type: UP, status: DONE, decision: 'APPROVED', age: 250, upd: 236, due: -220, subject: 'penetration test summary', reviewer: S },
  // Tallyhire (prospective): a Type 1 only.
  { v: 'tallyhire', type: SOC, status: WIP, decision: 'PENDING', age: 6, upd: 0, due: 12, fy: 0, stage: 'scope', reviewer: S, note: 'Pre-contract review; vendor only has a Type 1.' },
  { v: 'tallyhire', type: SEC, status: WIP, decision: 'PENDING', age: 9, upd: 2, due: -3, subject: 'security questionnaire', reviewer: S },
  { v: 'tallyhire', type: UP, status: NEW, decision: 'PENDING', age: 2, upd: 2, due: 20, subject: 'data processing agreement', reviewer: null },
  // Quarry Analytics (under review): the report does not cover the add-on we want.
  { v: 'quarry-analytics', type: SOC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 330, upd: 315, due: -300, fy: -1, stage: 'ready', reviewer: S, finalNote: 'Conditional on hashing personal data in event properties.' },
  { v: 'quarry-analytics', type: SOC, status: WIP, decision: 'PENDING', age: 11, upd: 3, due: 4, fy: 0, stage: 'scattered', reviewer: R },
  { v: 'quarry-analytics', type: SEC, status: DONE, decision: 'APPROVED_WITH_CONDITIONS', age: 60, upd: 48, due: -35, subject: 'security questionnaire', reviewer: R, finalNote: 'Session replay must stay disabled until masking is configured.' },
  { v: 'quarry-analytics', type: UP, status: NEW, decision: 'PENDING', age: 3, upd: 3, due: 5, subject: 'Warehouse Sync architecture overview', reviewer: R },
  // Harborline Backup (archived): an adverse opinion, rejected.
  { v: 'harborline-backup', type: SOC, status: DONE, decision: 'APPROVED', age: 830, upd: 815, due: -800, fy: -2, stage: 'ready', reviewer: S },
  { v: 'harborline-backup', type: SOC, status: DONE, decision: 'APPROVED', age: 460, upd: 441, due: -430, fy: -1, stage: 'ready', reviewer: R },
  { v: 'harborline-backup', type: SOC, status: DONE, decision: 'REJECTED', age: 100, upd: 82, due: -70, fy: 0, stage: 'ready', reviewer: R, note: 'Adverse opinion on availability.', finalNote: 'Rejected: adverse opinion. Offboard and export our backups.' },
  { v: 'harborline-backup', type: SEC, status: DONE, decision: 'REJECTED', age: 95, upd: 83, due: -75, subject: 'security questionnaire', reviewer: S, finalNote: 'Answers contradict the SOC report on restore testing.' },
  { v: 'harborline-backup', type: UP, status: NA, decision: 'PENDING', age: 80, upd: 79, due: -50, subject: 'disaster recovery test results', reviewer: null, note: 'Vendor archived; no longer needed.' },
];
