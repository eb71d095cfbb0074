import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewFilters } from './review-filters';
import { useListFilters } from './use-list-filters';

function FiltersOnly() {
  const { filters, update, clear } = useListFilters();
  return <ReviewFilters filters={filters} onChange={update} onClear={clear} />;
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/reviews', Component: FiltersOnly }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}
const search = (router: ReturnType<typeof renderAt>) => new URLSearchParams(router.state.location.search);

describe('review filters live in the URL', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('shows the filters, search text and sort of a shared link', () => {
    renderAt('/reviews?status=IN_PROGRESS&q=acme&sort=reviewDeadlineAt&dir=ASC');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('acme');
    expect(screen.getByRole('button', { name: /Status: In progress/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Sort by')).toHaveValue('reviewDeadlineAt');
    expect(screen.getByLabelText('Order')).toHaveValue('ASC');
  });

  it('pushes a history entry per filter change, so Back undoes it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const router = renderAt('/reviews');
    await user.click(screen.getByRole('button', { name: /Status/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Completed' }));
    await user.click(screen.getByRole('checkbox', { name: 'In progress' }));
    expect(search(router).getAll('status')).toEqual(['IN_PROGRESS', 'COMPLETED']);
    await user.selectOptions(screen.getByLabelText('Sort by'), 'title');
    expect(search(router).get('sort')).toBe('title');
    await act(() => router.navigate(-1));
    expect(search(router).get('sort')).toBeNull();
    expect(search(router).getAll('status')).toEqual(['IN_PROGRESS', 'COMPLETED']);
  });

  it('writes the search text to the URL as the user types (debounced, replacing history)', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const router = renderAt('/reviews?type=SOC_REPORT');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'north');
    expect(search(router).get('q')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(search(router).get('q')).toBe('north');
    expect(search(router).get('type')).toBe('SOC_REPORT');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('clears filters and the search box together, and Back brings both back', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const router = renderAt('/reviews?decision=REJECTED&q=acme');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await act(() => router.navigate(-1));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('acme');
  });
});
