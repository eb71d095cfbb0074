import type { Decision, ReviewStatus, ReviewType } from '../src/contract/enums';
import { emptySocForm, type SocFormData } from '../src/contract/soc-form';
import type { NewReview } from '../src/server/store/reviews';
import type { NewVendor } from '../src/server/store/vendors';

/*
 * A large, varied, deterministic data set (same seed → same rows) for `npm run seed:large` and the bench:
 * vendors with made-up names, reviews spread over three years with statuses that follow their age, SOC forms
 * filled as far as their review has got. Pure: no I/O; rows are generated lazily.
 */

export type Rng = () => number;
/** mulberry32: tiny, fast and good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const DAY = 86_400_000;

const FIRST = [
  'North',
  'Blue',
  'Iron',
  'Bright',
  'Silver',
  'Cedar',
  'Quantum',
  'Harbor',
  'Summit',
  'Atlas',
  'Nimbus',
  'Vertex',
  'Orbit',
  'Granite',
  'Lumen',
  'Pioneer',
];
const SECOND = [
  'wind',
  'stack',
  'forge',
  'path',
  'line',
  'gate',
  'point',
  'field',
  'bridge',
  'works',
  'cloud',
  'ledger',
];
const SUFFIX = [
  'Inc.',
  'Ltd',
  'Labs',
  'Systems',
  'Analytics',
  'Payments',
  'Software',
  'Networks',
  'Security',
  'Health',
];
const CATEGORIES = [
  'Cloud hosting',
  'Payments',
  'HR and payroll',
  'CRM',
  'Analytics',
  'Email delivery',
  'Identity',
  'Support desk',
  'Data warehouse',
  'Logging',
];
const RISKS = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'] as const;
const VENDOR_STATUSES = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'UNDER_REVIEW', 'PROSPECTIVE', 'ARCHIVED'] as const;
const CONTROLS = [
  'Customers restrict access to their accounts to authorised staff',
  'Customers review user access quarterly',
  'Customers enable multi-factor authentication',
  'Customers report security incidents within 24 hours',
  'Customers keep their API keys secret and rotate them',
  'Customers encrypt data before upload where required',
];
const FIRMS = [
  'Schellman & Company',
  'A-LIGN',
  'Moss Adams',
  'BARR Advisory',
  'Coalfire',
  'KirkpatrickPrice',
];
const CITIES = [
  ['Dublin', 'Ireland'],
  ['Frankfurt', 'Germany'],
  ['Ashburn', 'VA'],
  ['Portland', 'OR'],
  ['Singapore', 'Singapore'],
] as const;

export function* vendors(count: number, r: Rng, now: Date): Generator<NewVendor & { createdAt: string }> {
  for (let i = 0; i < count; i++) {
    const name = `${pick(r, FIRST)}${pick(r, SECOND)} ${pick(r, SUFFIX)}${i >= 1000 ? ` ${i}` : ''}`;
    yield {
      name,
      category: pick(r, CATEGORIES),
      risk: pick(r, RISKS),
      status: pick(r, VENDOR_STATUSES),
      isSubProcessor: r() < 0.3,
      createdAt: new Date(now.getTime() - (1100 + Math.floor(r() * 400)) * DAY).toISOString(),
    };
  }
}

function socForm(r: Rng, progress: number, reviewerUserId: number | null, issued: Date): SocFormData {
  const f = emptySocForm();
  f.reviewerInformation.reviewerUserId = reviewerUserId;
  if (progress < 0.15) return f;
  f.reviewerInformation.reportIssueDate = issued.toISOString().slice(0, 10);
  const type2 = r() < 0.8;
  f.complianceScope = {
    certification: r() < 0.85 ? 'SOC_2' : 'SOC_1',
    scopeType: type2 ? 'TYPE_2' : 'TYPE_1',
    auditPeriod: type2 ? null : issued.toISOString().slice(0, 10),
    auditPeriodRange: type2
      ? {
          start: new Date(issued.getTime() - 365 * DAY).toISOString().slice(0, 10),
          end: new Date(issued.getTime() - 30 * DAY).toISOString().slice(0, 10),
        }
      : null,
    trustServiceCriteria: r() < 0.5 ? ['SECURITY'] : ['SECURITY', 'AVAILABILITY', 'CONFIDENTIALITY'],
  };
  if (progress < 0.4) return f;
  const opinion = r() < 0.9 ? 'UNQUALIFIED' : 'QUALIFIED';
  f.reportOpinion = {
    reportOpinion: opinion,
    encompassBusinessNeeds: true,
    followUpActivity: opinion === 'QUALIFIED' ? 'Asked the vendor for the remediation plan.' : null,
  };
  const findings = Math.floor(r() * 3);
  f.findings = {
    findings: Array.from({ length: findings }, (_, i) => ({
      description: `Exception ${i + 1}: a change was deployed without a recorded approval.`,
    })),
    hasMaterialImpact: findings ? false : null,
  };
  f.endUserControls.userControls = Array.from({ length: 1 + Math.floor(r() * 5) }, () => ({
    description: pick(r, CONTROLS),
    inPlace: r() < 0.8,
  }));
  if (progress < 0.7) return f;
  const [city, state] = pick(r, CITIES);
  f.servicesAndLocations = {
    services: [{ name: 'Hosted application' }],
    locations: [{ city, stateOrCountry: state }],
  };
  f.cpaFirm = {
    cpaFirm: pick(r, FIRMS),
    cpaProcedurePerformed: 'Read the auditor’s opinion and the testing of controls.',
  };
  return f;
}

export interface ReviewPeople {
  vendorIds: readonly number[];
  reviewerIds: readonly number[];
  requesterIds: readonly number[];
  managerIds: readonly number[];
}

/** `count` reviews over the last three years; the older a review, the likelier it is finished. */
export function* reviews(count: number, r: Rng, now: Date, p: ReviewPeople): Generator<NewReview> {
  const types: ReviewType[] = [
    'SOC_REPORT',
    'SOC_REPORT',
    'SOC_REPORT',
    'SECURITY',
    'SECURITY',
    'UPLOAD_REPORT',
  ];
  for (let i = 0; i < count; i++) {
    const ageDays = Math.floor(r() * r() * 1095); // skewed to recent
    const created = new Date(now.getTime() - ageDays * DAY - Math.floor(r() * DAY));
    const requested = new Date(created.getTime() - Math.floor(r() * 5) * DAY);
    const deadline = new Date(requested.getTime() + (14 + Math.floor(r() * 60)) * DAY);
    const type = pick(r, types);
    const done = r() < Math.min(0.97, ageDays / 120);
    const status: ReviewStatus = done
      ? r() < 0.05
        ? 'NOT_REQUIRED'
        : 'COMPLETED'
      : r() < 0.35
        ? 'NOT_YET_STARTED'
        : 'IN_PROGRESS';
    const decision: Decision =
      status === 'COMPLETED'
        ? pick(r, ['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED'] as const)
        : 'PENDING';
    const updated = new Date(Math.min(now.getTime(), created.getTime() + Math.floor(r() * 40) * DAY));
    const reviewerUserId = type === 'SOC_REPORT' && r() < 0.9 ? pick(r, p.reviewerIds) : null;
    const vendorId = pick(r, p.vendorIds);
    const year = created.getUTCFullYear();
    const progress = status === 'COMPLETED' ? 1 : status === 'NOT_YET_STARTED' ? 0 : r();
    yield {
      vendorId,
      title:
        type === 'SOC_REPORT'
          ? `SOC 2 Type II ${year} (#${i + 1})`
          : type === 'SECURITY'
            ? `Security review ${year} (#${i + 1})`
            : `Uploaded report ${year} (#${i + 1})`,
      note: r() < 0.2 ? 'Renewal: compare with last year’s report.' : null,
      status,
      type,
      decision,
      requestedAt: requested.toISOString(),
      reviewDeadlineAt: deadline.toISOString(),
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      reviewerUserId,
      requesterUserId: pick(r, p.requesterIds),
      socForm:
        type === 'SOC_REPORT'
          ? socForm(r, progress, reviewerUserId, new Date(created.getTime() - 20 * DAY))
          : null,
      finalization:
        status === 'COMPLETED'
          ? { decision, note: null, at: updated.toISOString(), byUserId: pick(r, p.managerIds) }
          : null,
    };
  }
}
