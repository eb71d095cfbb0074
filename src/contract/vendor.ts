import { z } from 'zod';
import { Id, IsoDateTime } from './primitives';
import { PageQuery } from './pagination';

/** Drata's vendor field names (API.md, operation 12). */
export const Vendor = z.object({
  id: Id,
  name: z.string(),
  category: z.string().nullable(),
  risk: z.string().nullable(),
  status: z.string().nullable(),
  isSubProcessor: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Vendor = z.infer<typeof Vendor>;

export const VendorCompact = z.object({ id: Id, name: z.string() });
export type VendorCompact = z.infer<typeof VendorCompact>;

export const VendorListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'name']).default('name'),
  sortDir: z.enum(['ASC', 'DESC']).default('ASC'),
});
export type VendorListQuery = z.infer<typeof VendorListQuery>;
