import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '../../api-client';
import { page } from '../../contract/pagination';
import { Vendor, type VendorListQuery } from '../../contract/vendor';
import { api } from '../../paths';

export const VendorPage = page(Vendor);
export type VendorPage = z.infer<typeof VendorPage>;

type VendorListParams = Partial<Pick<VendorListQuery, 'q' | 'size' | 'cursor' | 'sort' | 'sortDir'>>;

/** GET /public/v2/vendors (pickers) and GET /public/v2/vendors/{id} (headers). */
export const vendorQueries = {
  all: () => ['vendors'] as const,
  list: (params: VendorListParams = {}) => {
    const query = { size: 500, ...params };
    return queryOptions({
      queryKey: ['vendors', query] as const,
      queryFn: ({ signal }) => request(api.vendors(), VendorPage, { query, signal }),
      staleTime: 5 * 60_000,
    });
  },
  detail: (vendorId: number) =>
    queryOptions({
      queryKey: ['vendors', { vendorId }] as const,
      queryFn: ({ signal }) => request(api.vendor(vendorId), Vendor, { signal }),
      staleTime: 5 * 60_000,
    }),
};
