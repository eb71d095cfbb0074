import {
  CERTIFICATION_LABELS,
  CRITERIA_LABELS,
  OPINION_LABELS,
  SCOPE_TYPE_LABELS,
  type Certification,
  type ReportOpinion,
  type ScopeType,
  type TrustServiceCriterion,
} from '../../contract/enums';
import { isBlank } from '../../contract/primitives';
import type { SocSection } from '../../contract/soc-form';
import { formatDate } from '../review-detail/format';

/** How one answer reads in the conflict table: a line of text, or a list shown item by item. */
export type ShownValue =
  { kind: 'empty'; text: string } | { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

export const FIELD_TITLES: Record<SocSection, Record<string, string>> = {
  reviewerInformation: { reviewerUserId: 'Reviewer', reportIssueDate: 'Report issue date' },
  complianceScope: {
    certification: 'SOC report type',
    scopeType: 'Scope type',
    auditPeriod: 'Audit date',
    auditPeriodRange: 'Audit period',
    trustServiceCriteria: 'Trust services criteria',
  },
  reportOpinion: {
    reportOpinion: 'Report opinion',
    encompassBusinessNeeds: 'Covers our business needs',
    followUpActivity: 'Follow-up activity',
  },
  findings: { findings: 'Findings', hasMaterialImpact: 'Material impact' },
  endUserControls: { userControls: 'End-user controls' },
  servicesAndLocations: { services: 'Services', locations: 'Locations' },
  cpaFirm: { cpaFirm: 'CPA firm', cpaProcedurePerformed: 'Procedures performed on the CPA firm' },
  subserviceOrganizations: {
    subserviceOrganization: 'Subservice organizations',
    subserviceOrganizationUsingInclusiveMethod: 'Method',
    subserviceOrganizationProcedurePerformed: 'Procedures performed on subservice organizations',
  },
};

export const fieldTitle = (section: SocSection, key: string) => FIELD_TITLES[section][key] ?? key;

const text = (t: string): ShownValue => ({ kind: 'text', text: t });
const empty = (t = 'Empty'): ShownValue => ({ kind: 'empty', text: t });
const EMPTY = empty();
const yesNo = (v: unknown) => (v === true ? text('Yes') : v === false ? text('No') : empty('Not answered'));
const date = (v: unknown) => (typeof v === 'string' && v ? formatDate(v) : '');
const list = (items: string[]): ShownValue => (items.length ? { kind: 'list', items } : empty('None'));
const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** One answer as the user reads it in the form: labels for choices, names for people, dates spelled out. */
export function showValue(
  key: string,
  value: unknown,
  personName: (id: number) => string = (id) => `User ${id}`,
): ShownValue {
  switch (key) {
    case 'reviewerUserId':
      return typeof value === 'number' ? text(personName(value)) : empty('Not assigned');
    case 'reportIssueDate':
    case 'auditPeriod':
      return isBlank(value) ? EMPTY : text(date(value));
    case 'auditPeriodRange': {
      const range = (value ?? {}) as { start?: unknown; end?: unknown };
      if (isBlank(range.start) && isBlank(range.end)) return EMPTY;
      return text(`${date(range.start) || '?'} – ${date(range.end) || '?'}`);
    }
    case 'certification':
      return value ? text(CERTIFICATION_LABELS[value as Certification]) : empty('Not chosen');
    case 'scopeType':
      return value ? text(SCOPE_TYPE_LABELS[value as ScopeType]) : empty('Not chosen');
    case 'reportOpinion':
      return value ? text(OPINION_LABELS[value as ReportOpinion]) : empty('Not chosen');
    case 'trustServiceCriteria':
      return list(rows(value).map((c) => CRITERIA_LABELS[c as unknown as TrustServiceCriterion]));
    case 'encompassBusinessNeeds':
    case 'hasMaterialImpact':
      return yesNo(value);
    case 'subserviceOrganizationUsingInclusiveMethod':
      return value === true
        ? text('Inclusive')
        : value === false
          ? text('Carve-out')
          : text('Not applicable');
    case 'findings':
      return list(rows(value).map((f) => str(f.description) || '(no description)'));
    case 'userControls':
      return list(
        rows(value).map(
          (c) => `${str(c.description) || '(no description)'} — ${c.inPlace ? 'in place' : 'not in place'}`,
        ),
      );
    case 'services':
      return list(rows(value).map((s) => str(s.name) || '(no name)'));
    case 'locations':
      return list(
        rows(value).map((l) => [str(l.city), str(l.stateOrCountry)].filter(Boolean).join(', ') || '(blank)'),
      );
    default:
      return isBlank(value) ? EMPTY : text(typeof value === 'string' ? value : JSON.stringify(value));
  }
}
