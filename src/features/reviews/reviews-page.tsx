import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api-client';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { can } from '../../contract/permissions';
import { meQuery } from '../auth/auth-queries';
import { apiParamsFromFilters, hasActiveFilters } from './list-params';
import { NewReviewButton } from './new-review-button';
import { ReviewFilters } from './review-filters';
import { reviewQueries } from './review-queries';
import { ReviewTable } from './review-table';
import { useListFilters } from './use-list-filters';
import styles from './reviews-page.module.css';

/** The home page: every review across vendors, filtered, searched and sorted from the URL. */
export function Component() {
  const { filters, update, clear } = useListFilters();
  const list = useInfiniteQuery({
    ...reviewQueries.list(apiParamsFromFilters(filters)),
    placeholderData: keepPreviousData,
  });

  const reviews = list.data?.pages.flatMap((p) => p.data);
  const total = list.data?.pages[0]?.pagination.totalCount ?? undefined;
  const filtered = hasActiveFilters(filters);
  const { data: me } = useQuery(meQuery);
  const canCreate = can(me?.permissions, 'vendors-post-security-review');

  return (
    <div className={styles.page}>
      <title>Reviews · SOC Review</title>
      <div className={styles.heading}>
        <h1 className={styles.title}>Reviews</h1>
        {total !== undefined && !list.isPlaceholderData && <span className={styles.total}>{total}</span>}
        <span className={styles.spacer} />
        <NewReviewButton />
      </div>
      <ReviewFilters filters={filters} onChange={update} onClear={clear} />
      <section className={styles.card} aria-label="Review list">
        {list.isError && !reviews ? (
          <ErrorState
            title="Reviews could not be loaded"
            message={errorMessage(list.error)}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : reviews && reviews.length === 0 && !list.isPlaceholderData ? (
          filtered ? (
            <EmptyState
              title="No reviews match these filters"
              message="Try other words, or fewer filters."
              action={<Button onClick={clear}>Clear filters</Button>}
            />
          ) : (
            <EmptyState
              title="No reviews yet"
              message={
                canCreate
                  ? 'Start one with New review: pick a vendor, a type and a deadline.'
                  : 'Reviews show here once a reviewer starts one.'
              }
            />
          )
        ) : (
          <ReviewTable
            reviews={reviews}
            stale={list.isPlaceholderData}
            caption={filtered ? 'Reviews matching the filters' : 'All reviews'}
          />
        )}
      </section>
      {reviews && reviews.length > 0 && (
        <div className={styles.footer}>
          <span aria-live="polite">
            Showing {reviews.length}
            {total !== undefined && ` of ${total}`}
          </span>
          {list.hasNextPage && (
            <Button size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          )}
          {list.isFetchNextPageError && (
            <span className={styles.error} role="alert">
              {errorMessage(list.error)}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
