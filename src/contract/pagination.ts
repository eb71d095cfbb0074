import { z } from 'zod';

export const Pagination = z.object({
  cursor: z.string().nullable(),
  totalCount: z.number().int().nonnegative().nullable().optional(),
});
export type Pagination = z.infer<typeof Pagination>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), pagination: Pagination });

/** Query strings carry booleans as text. */
export const QueryBoolean = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

/** `size` (1–500, default 50), `cursor`, `includeTotalCount`: every list takes them. */
export const PageQuery = z.object({
  cursor: z.string().min(1).max(500).optional(),
  size: z.coerce
    .number({ message: 'Must be a number' })
    .int('Must be a whole number')
    .min(1, 'Must be at least 1')
    .max(500, 'Must be at most 500')
    .default(50),
  includeTotalCount: QueryBoolean.default(false),
});

/** `status[]=A&status[]=B`; a single value is accepted too. */
export const queryArray = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(item).max(100));
