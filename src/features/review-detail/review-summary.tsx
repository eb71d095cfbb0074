import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { DecisionBadge } from '../../components/badge';
import { todayUtc } from '../../contract/primitives';
import type { Review } from '../../contract/review';
import { SOC_SECTIONS, formDataFromResponse, type SocReviewFormResponse } from '../../contract/soc-form';
import type { User } from '../../contract/user';
import { ReviewActions } from '../review-actions/review-actions';
import { formatDateTime, personName } from './format';
import { reviewFlags, type ReviewFlag } from './review-flags';
import styles from './review-page.module.css';

const FLAG_ICONS = { danger: CircleAlert, warning: TriangleAlert, info: Info } as const;

function Readiness({ form, finalized }: { form: SocReviewFormResponse; finalized: boolean }) {
  const done = SOC_SECTIONS.filter((s) => form[s].isComplete).length;
  return (
    <div className={styles.readiness}>
      {finalized ? (
        <p className={styles.ready}>
          <CircleCheck size={16} aria-hidden="true" /> Finalized
        </p>
      ) : form.readyToFinalize ? (
        <p className={styles.ready}>
          <CircleCheck size={16} aria-hidden="true" /> Ready to finalize
        </p>
      ) : (
        <p className={styles.notReady}>
          {done} of {SOC_SECTIONS.length} sections complete
        </p>
      )}
      <div className={styles.bar} aria-hidden="true">
        <div className={styles.barFill} style={{ width: `${(done / SOC_SECTIONS.length) * 100}%` }} />
      </div>
    </div>
  );
}

function Flags({ flags }: { flags: ReviewFlag[] }) {
  if (flags.length === 0)
    return <p className={styles.muted}>Nothing stands out in what is filled in so far.</p>;
  return (
    <ul className={styles.flags}>
      {flags.map((f) => {
        const Icon = FLAG_ICONS[f.tone];
        return (
          <li key={f.id} className={`${styles.flag} ${styles[f.tone]}`}>
            <Icon size={16} aria-hidden="true" className={styles.flagIcon} />
            <div>
              <p className={styles.flagTitle}>{f.title}</p>
              <p className={styles.flagDetail}>{f.detail}</p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

interface Props {
  review: Review;
  vendorId: number;
  reviewId: number;
  people: readonly User[] | undefined;
}

/** The right-hand card: readiness, the actions, the last finalization and the reviewer's flags. */
export function ReviewSummary({ review, vendorId, reviewId, people }: Props) {
  const form = review.socReviewForm;
  const fin = review.finalization;
  return (
    <aside className={styles.aside} aria-label="Review summary">
      <section className={styles.card} aria-labelledby="summary-status">
        <h2 id="summary-status" className={styles.cardTitle}>
          {form ? 'Readiness' : 'Actions'}
        </h2>
        {form && <Readiness form={form} finalized={review.status === 'COMPLETED'} />}
        <ReviewActions review={review} vendorId={vendorId} reviewId={reviewId} />
      </section>
      {fin && (
        <section className={styles.card} aria-labelledby="summary-finalization">
          <h2 id="summary-finalization" className={styles.cardTitle}>
            {review.status === 'COMPLETED' ? 'Finalization' : 'Previous finalization'}
          </h2>
          {review.status !== 'COMPLETED' && (
            <p className={styles.muted}>Reopened since; the form may have changed after this decision.</p>
          )}
          <dl className={styles.finalization}>
            <dt>Decision</dt>
            <dd>
              <DecisionBadge decision={fin.decision} />
            </dd>
            <dt>When</dt>
            <dd>{formatDateTime(fin.at)}</dd>
            <dt>By</dt>
            <dd>{personName(fin.byUserId, people)}</dd>
            {fin.note && (
              <>
                <dt>Note</dt>
                <dd className={styles.preWrap}>{fin.note}</dd>
              </>
            )}
          </dl>
        </section>
      )}
      {form && (
        <section className={styles.card} aria-labelledby="summary-flags">
          <h2 id="summary-flags" className={styles.cardTitle}>
            Things to check
          </h2>
          <Flags flags={reviewFlags(formDataFromResponse(form), todayUtc())} />
        </section>
      )}
    </aside>
  );
}
