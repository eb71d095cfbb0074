/*
 * The JSON operations the hostile test attacks, each with a valid body and the fields it breaks one at a time.
 */
export interface HostileRequest {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export interface Ids {
  vendorId: number;
  reviewId: number;
  documentId: number;
  auth: Record<string, string>;
  origin: string;
}

export type FieldKind = 'string' | 'enum' | 'date' | 'datetime' | 'bool' | 'id' | 'list' | 'range';
export interface Field {
  path: string[];
  kind: FieldKind;
  /** enum fields: the allowed values (a bad one is anything else). */
  values?: readonly string[];
}
export interface JsonOp {
  name: string;
  method: 'POST' | 'PUT';
  url: (ids: Ids) => string;
  base: (ids: Ids) => Record<string, unknown>;
  fields: Field[];
  /** PUT and actions honour If-Match; PUT honours X-List-Mode. */
  ifMatch?: boolean;
  listMode?: boolean;
  noAuth?: boolean;
}

export const RAW = '__raw__:';
export const raw = (text: string) => `${RAW}${text}`;
const review = (ids: Ids) => `/public/v2/vendors/${ids.vendorId}/security-reviews/${ids.reviewId}`;
const s = (...path: string[]): Field => ({ path, kind: 'string' });
const e = (values: readonly string[], ...path: string[]): Field => ({ path, kind: 'enum', values });

export const JSON_OPS: JsonOp[] = [
  {
    name: 'create review',
    method: 'POST',
    url: (ids) => `/public/v2/vendors/${ids.vendorId}/security-reviews`,
    base: () => ({
      title: 'T',
      note: 'n',
      securityReviewType: 'SOC_REPORT',
      securityReviewStatus: 'NOT_YET_STARTED',
      reviewDeadlineAt: '2030-01-31T00:00:00Z',
    }),
    fields: [
      s('title'),
      s('note'),
      e(['SECURITY', 'SOC_REPORT', 'UPLOAD_REPORT'], 'securityReviewType'),
      e(['NOT_YET_STARTED', 'IN_PROGRESS', 'COMPLETED', 'NOT_REQUIRED'], 'securityReviewStatus'),
      { path: ['reviewDeadlineAt'], kind: 'datetime' },
      { path: ['requestedAt'], kind: 'datetime' },
      { path: ['requesterUserId'], kind: 'id' },
    ],
  },
  {
    name: 'save review',
    method: 'PUT',
    url: review,
    base: () => ({
      title: 'Saved',
      socForm: {
        cpaFirm: { cpaFirm: 'Example CPA' },
        findings: { findings: [{ description: 'f' }], hasMaterialImpact: false },
        complianceScope: {
          certification: 'SOC_2',
          auditPeriodRange: { start: '2024-01-01', end: '2024-12-31' },
        },
      },
    }),
    fields: [
      s('title'),
      s('socForm', 'cpaFirm', 'cpaFirm'),
      s('socForm', 'reportOpinion', 'followUpActivity'),
      { path: ['socForm', 'reviewerInformation', 'reportIssueDate'], kind: 'date' },
      { path: ['socForm', 'complianceScope', 'auditPeriod'], kind: 'date' },
      { path: ['socForm', 'reviewerInformation', 'reviewerUserId'], kind: 'id' },
      e(['SOC_1', 'SOC_2', 'SOC_3'], 'socForm', 'complianceScope', 'certification'),
      e(['UNQUALIFIED', 'QUALIFIED', 'ADVERSE', 'DISCLAIMER'], 'socForm', 'reportOpinion', 'reportOpinion'),
      { path: ['socForm', 'complianceScope', 'auditPeriodRange'], kind: 'range' },
      { path: ['socForm', 'complianceScope', 'trustServiceCriteria'], kind: 'list' },
      { path: ['socForm', 'findings', 'findings'], kind: 'list' },
      { path: ['socForm', 'endUserControls', 'userControls'], kind: 'list' },
      { path: ['socForm', 'servicesAndLocations', 'locations'], kind: 'list' },
      { path: ['socForm', 'findings', 'hasMaterialImpact'], kind: 'bool' },
      { path: ['socForm', 'reportOpinion', 'encompassBusinessNeeds'], kind: 'bool' },
    ],
    ifMatch: true,
    listMode: true,
  },
  {
    name: 'action',
    method: 'POST',
    url: (ids) => `${review(ids)}/actions`,
    base: () => ({ action: 'finalize', decision: 'APPROVED', note: 'n' }),
    fields: [
      e(['finalize', 'reopen'], 'action'),
      e(['APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED'], 'decision'),
      s('note'),
      { path: ['resetDecision'], kind: 'bool' },
    ],
    ifMatch: true,
  },
  {
    name: 'login',
    method: 'POST',
    url: () => '/auth/login',
    base: () => ({ email: 'manager@example.com', password: 'demo' }),
    fields: [s('email'), s('password')],
    noAuth: true,
  },
  {
    name: 'create api key',
    method: 'POST',
    url: () => '/auth/api-keys',
    base: () => ({ name: 'script' }),
    fields: [s('name')],
  },
];
