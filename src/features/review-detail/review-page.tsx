import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ApiError } from '../../api-client';
import { can } from '../../contract/permissions';
import type { Review } from '../../contract/review';
import { meQuery } from '../auth/auth-queries';
import { DocumentViewer } from '../pdf-viewer/document-viewer';
import { useOpenDocument } from '../pdf-viewer/use-open-document';
import { SocWizard } from '../soc-form/soc-wizard';
import { isSocSection } from '../soc-form/section-meta';
import { ReviewFiles } from '../uploads/review-files';
import { userQueries } from '../users/user-queries';
import { vendorQueries } from '../vendors/vendor-queries';
import { reviewDetailQueries } from './review-detail-queries';
import { ReviewHeader } from './review-header';
import { DetailSkeleton, ReviewLoadError, ReviewNotFound } from './review-states';
import { ReviewSummary } from './review-summary';
import styles from './review-page.module.css';

const parseId = (raw: string | undefined) => (raw && /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : null);

/** `/vendors/:vendorId/reviews/:reviewId/:section?` (lazy-loaded by the router). */
export function Component() {
  const params = useParams();
  const vendorId = parseId(params.vendorId);
  const reviewId = parseId(params.reviewId);
  const valid = vendorId !== null && reviewId !== null;
  const detail = useQuery({ ...reviewDetailQueries.detail(vendorId ?? 0, reviewId ?? 0), enabled: valid });
  if (!valid) return <ReviewNotFound />;
  if (detail.isPending) return <DetailSkeleton />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && detail.error.status === 404) return <ReviewNotFound />;
    return <ReviewLoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  return (
    <ReviewView review={detail.data} vendorId={vendorId} reviewId={reviewId} sectionParam={params.section} />
  );
}

interface ViewProps {
  review: Review;
  vendorId: number;
  reviewId: number;
  sectionParam: string | undefined;
}

function ReviewView({ review, vendorId, reviewId, sectionParam }: ViewProps) {
  const me = useQuery(meQuery).data;
  const people = useQuery(userQueries.list()).data?.data;
  const vendor = useQuery(vendorQueries.detail(vendorId)).data;
  const vendorName = vendor?.name ?? review.vendor?.name ?? `Vendor ${vendorId}`;
  const title = review.title?.trim() || 'Untitled review';
  useEffect(() => {
    document.title = `${title} · ${vendorName} · SOC Review`;
  }, [title, vendorName]);

  const lockedReason =
    review.status === 'COMPLETED'
      ? 'This review is completed, so its form is read-only. Reopen it to make changes.'
      : can(me?.permissions, 'vendors-put-security-review')
        ? null
        : 'You can read this review but not change it.';
  const form = review.type === 'SOC_REPORT' ? review.socReviewForm : undefined;
  const { openId, open, close } = useOpenDocument(`${vendorId}/${reviewId}`);
  // A SOC form is filled beside the report (two columns); other reviews show the report under the header.
  const where = form ? 'beside the form' : 'in the viewer';
  const files = (
    <section className={styles.card} aria-labelledby="files-heading">
      <h2 id="files-heading" className={styles.cardTitle}>
        Questionnaires and documents
      </h2>
      <ReviewFiles
        vendorId={vendorId}
        reviewId={reviewId}
        canUpload={can(me?.permissions, 'vendors-post-upload-questionnaires')}
        viewer={{ where, openId, onToggle: (id) => (id === openId ? close() : open(id)) }}
      />
    </section>
  );
  const viewer = openId !== null && (
    <DocumentViewer vendorId={vendorId} reviewId={reviewId} documentId={openId} onClose={close} />
  );
  const split = form !== undefined && openId !== null;
  const section =
    sectionParam === undefined ? 'reviewerInformation' : isSocSection(sectionParam) ? sectionParam : null;

  return (
    <div className={split ? styles.pageWide : styles.page}>
      <ReviewHeader
        review={review}
        vendorId={vendorId}
        reviewId={reviewId}
        vendorName={vendorName}
        people={people}
        lockedReason={lockedReason}
      />
      {viewer && !form && <div className={styles.viewerBelowHeader}>{viewer}</div>}
      <div className={split ? styles.layoutSplit : form ? styles.layout : styles.layoutPlain}>
        {form ? (
          <SocWizard
            review={{ ...review, socReviewForm: form }}
            vendorId={vendorId}
            reviewId={reviewId}
            section={section}
            readOnlyReason={lockedReason}
            userId={me?.id ?? null}
          >
            {files}
          </SocWizard>
        ) : (
          <div className={styles.main}>{files}</div>
        )}
        <ReviewSummary review={review} vendorId={vendorId} reviewId={reviewId} people={people} />
        {split && <div className={styles.viewerColumn}>{viewer}</div>}
      </div>
    </div>
  );
}
