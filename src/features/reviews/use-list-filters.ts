import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearch, searchFromFilters, type ListFilters } from './list-params';

export type UpdateFilters = (next: Partial<ListFilters>, options?: { replace?: boolean }) => void;

/**
 * The list's filters read from and written to the URL. Filter changes push a history entry (Back undoes
 * them); search keystrokes pass `replace` so Back does not step through every letter.
 */
export function useListFilters(): { filters: ListFilters; update: UpdateFilters; clear: () => void } {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const update = useCallback<UpdateFilters>(
    (next, options) =>
      // From `prev`, not the rendered filters: a debounced search may land after a filter click.
      setSearch((prev) => searchFromFilters({ ...filtersFromSearch(prev), ...next }), {
        replace: options?.replace ?? false,
        // The filters' checkboxes and selects are controlled by the URL: without flushSync the router applies
        // the new URL in a transition, and meanwhile React puts the just-ticked box back to its old state.
        flushSync: true,
      }),
    [setSearch],
  );
  const clear = useCallback(() => update({ status: [], type: [], decision: [], q: '' }), [update]);
  return { filters, update, clear };
}
