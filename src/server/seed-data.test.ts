import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeCompleteness } from '../contract/completeness';
import { CERTIFICATIONS, DECISIONS, REVIEW_STATUSES, REVIEW_TYPES, SCOPE_TYPES } from '../contract/enums';
import { IsoDateTime, todayUtc } from '../contract/primitives';
import { SECTION_INPUTS, SOC_SECTIONS, SocFormData, emptySocForm } from '../contract/soc-form';
import { demoData, type DemoReview } from './seed-data';

// Real today, a month start, a leap day just before midnight and a far future: dates are relative to `now`.
const NOWS = [
  new Date(),
  new Date('2026-03-01T00:30:00Z'),
  new Date('2024-02-29T23:59:59.999Z'),
  new Date('2031-12-31T12:00:00Z'),
];
const DAY = 86_400_000;
const MANAGER = 'manager@example.com';
const t = (iso: string) => Date.parse(iso);
const soc = (reviews: DemoReview[]) =>
  reviews.filter((r): r is DemoReview & { socForm: SocFormData } => r.socForm !== null);
const withReviewer = (form: SocFormData) => ({
  ...form,
  reviewerInformation: { ...form.reviewerInformation, reviewerUserId: 1 },
});
const ready = (form: SocFormData) => computeCompleteness(withReviewer(form)).readyToFinalize;
const periodEnd = (f: SocFormData) =>
  f.complianceScope.auditPeriodRange?.end ?? f.complianceScope.auditPeriod;

afterEach(() => {
  vi.useRealTimers();
});

describe.each(NOWS.map((now) => [now.toISOString(), now] as const))('demoData(%s)', (_label, now) => {
  const { users, vendors, reviews } = demoData(now);
  const emails = new Map(users.map((u) => [u.email, u]));

  it('has the sign-in users of API.md, and every review names known people', () => {
    expect(emails.get('reviewer@example.com')?.role).toBe('reviewer');
    expect(emails.get(MANAGER)?.role).toBe('manager');
    expect(emails.get('auditor@example.com')?.role).toBe('auditor');
    expect(emails.size).toBe(users.length);
    expect(users.filter((u) => u.role === 'reviewer').length).toBeGreaterThanOrEqual(2);
    for (const r of reviews) {
      expect(emails.has(r.requesterEmail)).toBe(true);
      // An auditor is read-only, so never the assigned reviewer.
      if (r.reviewerEmail) expect(emails.get(r.reviewerEmail)?.role).not.toBe('auditor');
    }
  });

  it('has about 12 distinct vendors, each with reviews', () => {
    expect(vendors.length).toBeGreaterThanOrEqual(10);
    expect(vendors.length).toBeLessThanOrEqual(14);
    expect(new Set(vendors.map((v) => v.key)).size).toBe(vendors.length);
    expect(new Set(vendors.map((v) => v.name)).size).toBe(vendors.length);
    for (const v of vendors) expect(v.category).toMatch(/^[A-Z_]+$/);
    expect(new Set(vendors.map((v) => v.risk)).size).toBe(4);
    expect(new Set(vendors.map((v) => v.status)).size).toBe(4);
    expect(new Set(vendors.map((v) => v.isSubProcessor))).toEqual(new Set([true, false]));
    const keys = new Set(vendors.map((v) => v.key));
    for (const r of reviews) expect(keys.has(r.vendorKey)).toBe(true);
    for (const v of vendors) expect(reviews.some((r) => r.vendorKey === v.key)).toBe(true);
  });

  it('covers every status, type and decision, mostly SOC reports', () => {
    expect(reviews.length).toBeGreaterThanOrEqual(55);
    expect(reviews.length).toBeLessThanOrEqual(65);
    expect(new Set(reviews.map((r) => r.status))).toEqual(new Set(REVIEW_STATUSES));
    expect(new Set(reviews.map((r) => r.type))).toEqual(new Set(REVIEW_TYPES));
    expect(new Set(reviews.map((r) => r.decision))).toEqual(new Set(DECISIONS));
    expect(soc(reviews).length * 2).toBeGreaterThan(reviews.length);
    for (const r of reviews) {
      expect(r.title.trim().length).toBeGreaterThan(0);
      expect(r.title.length).toBeLessThanOrEqual(191);
      expect((r.note ?? '').length).toBeLessThanOrEqual(1000);
      expect((r.finalization?.note ?? '').length).toBeLessThanOrEqual(1000);
    }
    expect(new Set(reviews.map((r) => r.title)).size).toBe(reviews.length);
    expect(reviews.some((r) => r.note === null) && reviews.some((r) => r.note !== null)).toBe(true);
  });

  it('dates every review consistently and never after now', () => {
    for (const r of reviews) {
      for (const ts of [r.requestedAt, r.createdAt, r.updatedAt, r.reviewDeadlineAt, r.finalization?.at]) {
        if (ts === undefined) continue;
        expect(IsoDateTime.safeParse(ts).success, ts).toBe(true);
        expect(ts.endsWith('Z')).toBe(true);
      }
      expect(t(r.requestedAt)).toBeLessThanOrEqual(t(r.createdAt));
      expect(t(r.createdAt)).toBeLessThanOrEqual(t(r.updatedAt));
      expect(t(r.updatedAt)).toBeLessThanOrEqual(now.getTime());
      expect(t(r.reviewDeadlineAt)).toBeGreaterThan(t(r.requestedAt));
    }
  });

  it('has overdue, due-this-week and far-off open reviews', () => {
    const open = reviews.filter((r) => r.status === 'NOT_YET_STARTED' || r.status === 'IN_PROGRESS');
    const due = (r: DemoReview) => t(r.reviewDeadlineAt) - now.getTime();
    expect(open.filter((r) => due(r) < 0).length).toBeGreaterThanOrEqual(4);
    expect(open.filter((r) => due(r) > 0 && due(r) <= 7 * DAY).length).toBeGreaterThanOrEqual(4);
    expect(open.filter((r) => due(r) > 21 * DAY).length).toBeGreaterThanOrEqual(3);
  });

  it('finalizes completed reviews by the manager and keeps open ones pending unless reopened', () => {
    for (const r of reviews) {
      if (r.status === 'COMPLETED') {
        expect(r.decision).not.toBe('PENDING');
        expect(r.finalization).toMatchObject({ decision: r.decision, byEmail: MANAGER, at: r.updatedAt });
      } else if (r.status === 'IN_PROGRESS' && r.decision !== 'PENDING') {
        // Reopened: the latest finalization is kept and happened between creation and the last edit.
        expect(r.finalization?.decision).toBe(r.decision);
        expect(t(r.finalization?.at ?? '')).toBeGreaterThan(t(r.createdAt));
        expect(t(r.finalization?.at ?? '')).toBeLessThan(t(r.updatedAt));
      } else {
        expect(r.decision).toBe('PENDING');
        expect(r.finalization).toBeNull();
      }
    }
    expect(reviews.some((r) => r.status === 'IN_PROGRESS' && r.finalization !== null)).toBe(true);
  });

  it('saves every section of every SOC form under the contract rules', () => {
    // The issue-date rule reads today's date: pretend today is `now`.
    vi.useFakeTimers({ toFake: ['Date'], now });
    expect(reviews.every((r) => (r.type === 'SOC_REPORT') === (r.socForm !== null))).toBe(true);
    for (const r of soc(reviews)) {
      expect(SocFormData.parse(r.socForm)).toEqual(r.socForm);
      expect(r.socForm.reviewerInformation.reviewerUserId).toBeNull();
      for (const section of SOC_SECTIONS) {
        const parsed = SECTION_INPUTS[section].safeParse(r.socForm[section]);
        expect(parsed.error?.issues ?? [], `${r.title} ${section}`).toEqual([]);
      }
    }
  });

  it('shows SOC forms at every stage of completeness', () => {
    const forms = soc(reviews);
    for (const r of forms) {
      if (r.status === 'NOT_YET_STARTED') expect(r.socForm).toEqual(emptySocForm());
      if (r.status === 'COMPLETED') expect(ready(r.socForm)).toBe(true);
      if (ready(r.socForm)) expect(r.reviewerEmail).not.toBeNull();
    }
    const inProgress = forms.filter((r) => r.status === 'IN_PROGRESS');
    expect(inProgress.some((r) => ready(r.socForm))).toBe(true);
    const empty = JSON.stringify(emptySocForm());
    // Any edit moves a review to IN_PROGRESS, so an in-progress form always holds something.
    for (const r of inProgress) expect(JSON.stringify(r.socForm)).not.toBe(empty);
    const partial = inProgress.filter((r) => !ready(r.socForm));
    const stages = new Set(
      partial.map((r) => {
        const c = computeCompleteness(withReviewer(r.socForm));
        return SOC_SECTIONS.flatMap((s) => c[s].missingRequiredFields).join(',');
      }),
    );
    expect(stages.size).toBeGreaterThanOrEqual(4);
    expect(forms.some((r) => r.status === 'NOT_YET_STARTED')).toBe(true);
  });

  it('dates reports plausibly: issued after the period, before the review, stale ones present', () => {
    const today = todayUtc(now);
    const filled = soc(reviews).filter((r) => r.socForm.complianceScope.scopeType !== null);
    for (const r of filled) {
      const f = r.socForm;
      const issued = f.reviewerInformation.reportIssueDate ?? '';
      expect(issued <= today && issued <= r.createdAt.slice(0, 10)).toBe(true);
      expect(issued > (periodEnd(f) ?? '')).toBe(true);
      const range = f.complianceScope.auditPeriodRange;
      if (f.complianceScope.scopeType === 'TYPE_2' && range?.start && range.end) {
        const months = (t(range.end) - t(range.start)) / (30.44 * DAY);
        expect(months).toBeGreaterThanOrEqual(5.5);
        expect(months).toBeLessThanOrEqual(12.1);
      }
    }
    const stale = filled.filter(
      (r) => r.status === 'IN_PROGRESS' && now.getTime() - t(periodEnd(r.socForm) ?? '') > 365 * DAY,
    );
    expect(stale.length).toBeGreaterThanOrEqual(1);
  });

  it('has realistic, varied report content', () => {
    const forms = soc(reviews)
      .map((r) => r.socForm)
      .filter((f) => f.complianceScope.certification !== null);
    const scope = forms.map((f) => f.complianceScope);
    expect(new Set(scope.map((s) => s.certification))).toEqual(new Set(CERTIFICATIONS));
    expect(new Set(scope.map((s) => s.scopeType))).toEqual(new Set(SCOPE_TYPES));
    for (const s of scope) {
      if (s.certification === 'SOC_2') expect(s.trustServiceCriteria).toContain('SECURITY');
      if (s.certification === 'SOC_1') expect(s.trustServiceCriteria).toBeNull();
    }
    const opinions = forms.map((f) => f.reportOpinion).filter((o) => o.reportOpinion !== null);
    const unqualified = opinions.filter((o) => o.reportOpinion === 'UNQUALIFIED').length;
    expect(unqualified * 2).toBeGreaterThan(opinions.length);
    expect(opinions.filter((o) => o.reportOpinion === 'QUALIFIED').length).toBeGreaterThanOrEqual(2);
    for (const o of opinions) if (o.reportOpinion !== 'UNQUALIFIED') expect(o.followUpActivity).toBeTruthy();
    const impacts = new Set(
      forms.filter((f) => f.findings.findings.length > 0).map((f) => f.findings.hasMaterialImpact),
    );
    expect(impacts).toEqual(new Set([true, false, null]));
    const inPlace = new Set(forms.flatMap((f) => f.endUserControls.userControls.map((c) => c.inPlace)));
    expect(inPlace).toEqual(new Set([true, false]));
    const methods = new Set(
      forms.map((f) => f.subserviceOrganizations.subserviceOrganizationUsingInclusiveMethod),
    );
    expect(methods).toEqual(new Set([true, false, null]));
    expect(new Set(forms.map((f) => f.cpaFirm.cpaFirm).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(forms.some((f) => f.servicesAndLocations.locations.length > 1)).toBe(true);
  });
});

describe('demoData determinism', () => {
  it('returns the same data for the same now, and moves with now', () => {
    const now = new Date('2026-07-01T16:45:55.123Z');
    expect(demoData(new Date(now))).toEqual(demoData(now));
    const later = demoData(new Date(now.getTime() + 10 * DAY)).reviews;
    const first = demoData(now).reviews;
    expect(t(later[0]?.createdAt ?? '') - t(first[0]?.createdAt ?? '')).toBe(10 * DAY);
  });

  it('returns fresh objects, so a caller mutating them cannot change the next call', () => {
    const now = new Date('2026-07-01T00:00:00Z');
    const a = demoData(now);
    a.users[0]!.email = 'changed@example.com';
    a.reviews[0]!.socForm!.findings.findings.push({ description: 'x' });
    expect(demoData(now)).not.toEqual(a);
    expect(demoData(now).users[0]?.email).toBe('reviewer@example.com');
  });
});
