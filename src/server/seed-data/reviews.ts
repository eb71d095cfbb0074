import { CERTIFICATION_LABELS, SCOPE_TYPE_LABELS } from '../../contract/enums';
import type { DemoReview } from '../seed-data';
import { MANAGER, vendorName } from './people';
import { REVIEW_ROWS, type ReviewRow } from './review-rows';
import { buildSocForm, reportProfile } from './soc-forms';
import { Clock } from './time';

function title(row: ReviewRow, createdAt: string, now: Date): string {
  const name = vendorName(row.v);
  if (row.type !== 'SOC_REPORT') return `${name} ${row.subject ?? 'review'} — ${createdAt.slice(0, 4)}`;
  const p = reportProfile(row.v);
  const fy = now.getUTCFullYear() + (row.fy ?? 0);
  return `${name} ${CERTIFICATION_LABELS[p.certification]} ${SCOPE_TYPE_LABELS[p.scopeType]} — FY${fy}`;
}

/** Turns the hand-written rows into reviews dated relative to `now`; the row index spreads times of day. */
export function demoReviews(now: Date): DemoReview[] {
  const clock = new Clock(now);
  return REVIEW_ROWS.map((row, i) => {
    const createdMinutes = 60 + ((i * 53) % 240);
    const createdAt = clock.ago(row.age, createdMinutes);
    // Jitter under an hour keeps updatedAt after createdAt even on the same day.
    const updatedAt = row.upd === row.age ? createdAt : clock.ago(row.upd, (i * 17) % 50);
    const requestedAt = clock.ago(row.age, createdMinutes + (i % 3) * 60);
    const finalizedAt =
      row.status === 'COMPLETED'
        ? updatedAt
        : row.reopenedFrom != null
          ? clock.ago(row.reopenedFrom, 30)
          : null;
    return {
      vendorKey: row.v,
      title: title(row, createdAt, now),
      type: row.type,
      status: row.status,
      decision: row.decision,
      note: row.note ?? null,
      requestedAt,
      reviewDeadlineAt: clock.deadline(row.due),
      createdAt,
      updatedAt,
      reviewerEmail: row.reviewer,
      requesterEmail: row.requester ?? MANAGER,
      socForm:
        row.type === 'SOC_REPORT'
          ? buildSocForm(row.v, row.fy ?? 0, row.stage ?? 'empty', now, createdAt.slice(0, 10))
          : null,
      finalization: finalizedAt
        ? { decision: row.decision, note: row.finalNote ?? null, at: finalizedAt, byEmail: MANAGER }
        : null,
    };
  });
}
