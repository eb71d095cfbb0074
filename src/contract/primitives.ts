import { z } from 'zod';

/** Positive integer id. Params and queries arrive as strings, so the id schemas coerce digits only. */
export const Id = z.number().int().positive().max(2_147_483_647);
export const IdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'Must be a positive integer id')
  .transform(Number)
  .pipe(Id);

/** `YYYY-MM-DD`, a real calendar date. */
export const IsoDate = z.iso.date({ message: 'Must be a date as YYYY-MM-DD' });

/** A full timestamp; offsets are accepted on input, responses always use `Z`. */
export const IsoDateTime = z.iso.datetime({
  offset: true,
  message: 'Must be a date-time such as 2026-07-01T16:45:55Z',
});

/** Today's date in UTC as `YYYY-MM-DD` (the rule for report issue dates is UTC). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A string with something in it besides white space. */
export const NonBlank = (max: number) =>
  z
    .string()
    .max(max, `Must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'Required');

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
