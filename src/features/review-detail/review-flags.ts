import { OPINION_LABELS } from '../../contract/enums';
import { formatDate } from './format';
import type { SocFormData } from '../../contract/soc-form';

/*
 * What a careful reviewer checks first (SOC-REVIEW-GUIDE, "where this one can lead"), computed from the stored
 * form so nobody has to do date arithmetic by hand. Every flag has words; colour only repeats them.
 */

export interface ReviewFlag {
  id: 'stale' | 'gap' | 'type1' | 'short-period' | 'opinion' | 'needs' | 'material' | 'cuecs' | 'carve-out';
  tone: 'danger' | 'warning' | 'info';
  title: string;
  detail: string;
}

const DAY = 86_400_000;
const toTime = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY);

/** `YYYY-MM-DD` plus whole calendar months (UTC), clamped to the month's end (Aug 31 + 6 months → Feb 28/29). */
export function addMonths(isoDate: string, months: number): string {
  const d = new Date(toTime(isoDate));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

const dayAfter = (isoDate: string) => new Date(toTime(isoDate) + DAY).toISOString().slice(0, 10);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The last day the report speaks for: the period's end (Type 2) or the audit date (Type 1). */
export function periodEnd(form: SocFormData): string | null {
  const cs = form.complianceScope;
  if (cs.scopeType === 'TYPE_1') return cs.auditPeriod;
  if (cs.scopeType === 'TYPE_2') return cs.auditPeriodRange?.end ?? null;
  return cs.auditPeriodRange?.end ?? cs.auditPeriod;
}

export function reviewFlags(form: SocFormData, today: string): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const cs = form.complianceScope;
  const end = periodEnd(form);
  if (end && end < today) {
    const gap = daysBetween(end, today);
    if (addMonths(end, 12) < today) {
      flags.push({
        id: 'stale',
        tone: 'danger',
        title: 'Report is stale',
        detail: `The period it covers ended ${plural(gap, 'day')} ago, more than 12 months. Ask the vendor for a newer report or a bridge letter.`,
      });
    } else {
      flags.push({
        id: 'gap',
        tone: 'info',
        title: `Bridge letter gap: ${plural(gap, 'day')}`,
        detail: `No assurance covers the ${plural(gap, 'day')} since the period ended (${formatDate(end)}); a bridge letter from the vendor should.`,
      });
    }
  }
  if (cs.scopeType === 'TYPE_1') {
    flags.push({
      id: 'type1',
      tone: 'warning',
      title: 'Type 1 only',
      detail: 'Controls were tested for design at one date, not for operating over a period.',
    });
  }
  const range = cs.auditPeriodRange;
  // Period days are inclusive: Aug 1 – Jan 31 is six full months.
  if (
    cs.scopeType === 'TYPE_2' &&
    range?.start &&
    range.end &&
    addMonths(range.start, 6) > dayAfter(range.end)
  ) {
    flags.push({
      id: 'short-period',
      tone: 'warning',
      title: 'Audit period under 6 months',
      detail: `The period covers ${plural(daysBetween(range.start, dayAfter(range.end)), 'day')}; Type 2 periods are usually 6 to 12 months.`,
    });
  }
  const opinion = form.reportOpinion.reportOpinion;
  if (opinion && opinion !== 'UNQUALIFIED') {
    flags.push({
      id: 'opinion',
      tone: 'danger',
      title: `${OPINION_LABELS[opinion]} opinion`,
      detail: 'The auditor did not give a clean opinion; record the follow-up activity.',
    });
  }
  if (form.reportOpinion.encompassBusinessNeeds === false) {
    flags.push({
      id: 'needs',
      tone: 'warning',
      title: 'Does not cover our business needs',
      detail: 'The report does not cover the services we use.',
    });
  }
  const findings = form.findings.findings.length;
  if (findings > 0 && form.findings.hasMaterialImpact === true) {
    flags.push({
      id: 'material',
      tone: 'danger',
      title: 'Findings with material impact',
      detail: `${plural(findings, 'finding')} recorded, marked as material to us.`,
    });
  }
  const notInPlace = form.endUserControls.userControls.filter((c) => !c.inPlace).length;
  if (notInPlace > 0) {
    flags.push({
      id: 'cuecs',
      tone: 'warning',
      title: `${plural(notInPlace, 'end-user control')} not in place`,
      detail: 'Controls the vendor relies on us to run are missing at our company.',
    });
  }
  if (form.subserviceOrganizations.subserviceOrganizationUsingInclusiveMethod === false) {
    flags.push({
      id: 'carve-out',
      tone: 'warning',
      title: 'Carve-out subservice organizations',
      detail: 'Their controls were excluded from this report; review their own reports too.',
    });
  }
  return flags;
}
