import { X } from 'lucide-react';
import { Button } from '../../components/button';
import { MultiSelect, type Option } from '../../components/multi-select';
import {
  DECISION_LABELS,
  DECISIONS,
  REVIEW_STATUSES,
  REVIEW_TYPES,
  STATUS_LABELS,
  TYPE_LABELS,
} from '../../contract/enums';
import { REVIEW_SORTS, type ReviewSort, type SortDir } from '../../contract/review';
import { hasActiveFilters, type ListFilters } from './list-params';
import type { UpdateFilters } from './use-list-filters';
import { SearchBox } from './search-box';
import styles from './review-filters.module.css';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] =>
  values.map((value) => ({ value, label: labels[value] }));

const STATUS_OPTIONS = options(REVIEW_STATUSES, STATUS_LABELS);
const TYPE_OPTIONS = options(REVIEW_TYPES, TYPE_LABELS);
const DECISION_OPTIONS = options(DECISIONS, DECISION_LABELS);
const SORT_LABELS: Record<ReviewSort, string> = {
  reviewDeadlineAt: 'Deadline',
  createdAt: 'Created',
  updatedAt: 'Updated',
  title: 'Title',
};
// The direction's words depend on what is sorted: "A → Z" reads better than "Ascending" for titles.
const DIR_LABELS = (sort: ReviewSort): Record<SortDir, string> =>
  sort === 'title' ? { ASC: 'A → Z', DESC: 'Z → A' } : { ASC: 'Oldest first', DESC: 'Newest first' };

interface Props {
  filters: ListFilters;
  onChange: UpdateFilters;
  onClear: () => void;
}

export function ReviewFilters({ filters, onChange, onClear }: Props) {
  const dirLabels = DIR_LABELS(filters.sort);
  return (
    <div className={styles.bar} role="search" aria-label="Filter reviews">
      <SearchBox value={filters.q} onSearch={(q) => onChange({ q }, { replace: true })} />
      <div className={styles.filters}>
        <MultiSelect
          label="Status"
          options={STATUS_OPTIONS}
          selected={filters.status}
          onChange={(status) => onChange({ status })}
        />
        <MultiSelect
          label="Type"
          options={TYPE_OPTIONS}
          selected={filters.type}
          onChange={(type) => onChange({ type })}
        />
        <MultiSelect
          label="Decision"
          options={DECISION_OPTIONS}
          selected={filters.decision}
          onChange={(decision) => onChange({ decision })}
        />
        {hasActiveFilters(filters) && (
          <Button size="small" variant="ghost" onClick={onClear}>
            <X size={14} aria-hidden="true" />
            Clear filters
          </Button>
        )}
      </div>
      <div className={styles.sort}>
        <label htmlFor="review-sort">Sort by</label>
        <select
          id="review-sort"
          value={filters.sort}
          onChange={(e) => onChange({ sort: REVIEW_SORTS.find((s) => s === e.target.value) ?? filters.sort })}
        >
          {REVIEW_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor="review-sort-dir" className="visually-hidden">
          Order
        </label>
        <select
          id="review-sort-dir"
          value={filters.dir}
          onChange={(e) => onChange({ dir: e.target.value === 'ASC' ? 'ASC' : 'DESC' })}
        >
          <option value="DESC">{dirLabels.DESC}</option>
          <option value="ASC">{dirLabels.ASC}</option>
        </select>
      </div>
    </div>
  );
}
