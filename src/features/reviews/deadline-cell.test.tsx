import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deadlineState, formatDate } from './deadline';
import { DeadlineCell } from './deadline-cell';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('deadline badges', () => {
  it('marks an open review past its deadline Overdue', () => {
    render(<DeadlineCell deadline="2026-03-09T23:59:59Z" status="IN_PROGRESS" now={NOW} />);
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('Mar 9, 2026')).toBeInTheDocument();
  });

  it('marks a deadline within 7 days Due soon', () => {
    render(<DeadlineCell deadline="2026-03-16T23:59:59Z" status="NOT_YET_STARTED" now={NOW} />);
    expect(screen.getByText('Due soon')).toBeInTheDocument();
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('shows only the date when the deadline is further away', () => {
    render(<DeadlineCell deadline="2026-03-18T00:00:00Z" status="IN_PROGRESS" now={NOW} />);
    expect(screen.queryByText('Due soon')).not.toBeInTheDocument();
    expect(screen.queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('never flags a completed or not-required review', () => {
    expect(deadlineState('2026-01-01T00:00:00Z', 'COMPLETED', NOW)).toBeNull();
    expect(deadlineState('2026-03-11T00:00:00Z', 'NOT_REQUIRED', NOW)).toBeNull();
    expect(deadlineState('2026-01-01T00:00:00Z', 'NOT_YET_STARTED', NOW)).toBe('overdue');
  });

  it('shows the UTC calendar day of an end-of-day deadline', () => {
    expect(formatDate('2026-07-01T23:59:59Z')).toBe('Jul 1, 2026');
  });
});
