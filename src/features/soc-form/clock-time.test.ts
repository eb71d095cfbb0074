import { describe, expect, it } from 'vitest';
import { formatClockTime } from './clock-time';

describe('formatClockTime', () => {
  const now = new Date(2026, 2, 4, 18, 30); // local time, as the user sees it
  it('shows the time alone for today', () => {
    expect(formatClockTime(new Date(2026, 2, 4, 14, 2), now)).toBe('14:02');
    expect(formatClockTime(new Date(2026, 2, 4, 9, 5).toISOString(), now)).toBe('09:05');
  });
  it('adds the day when not today, and the year when not this year', () => {
    expect(formatClockTime(new Date(2026, 2, 3, 23, 59), now)).toBe('Mar 3, 23:59');
    expect(formatClockTime(new Date(2025, 11, 31, 8, 0), now)).toBe('Dec 31, 2025, 08:00');
  });
});
