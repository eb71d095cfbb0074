import type { FastifyInstance } from 'fastify';
import { VendorListQuery, type Vendor } from '../../contract/vendor';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { loadVendor } from '../http/load';
import { parseQuery } from '../http/validate';
import type { Db } from '../store/db';
import { countVendors, listVendors, type VendorRow } from '../store/vendors';

/** Drata's vendor field names (API.md, operation 12). */
export const vendorView = (v: VendorRow): Vendor => ({ ...v });

export function vendorRoutes(app: FastifyInstance, db: Db): void {
  app.get('/public/v2/vendors', { config: { permission: 'vendors-get' } }, async (request) => {
    const query = parseQuery(VendorListQuery, request.query);
    const filters = { q: query.q, sort: query.sort, sortDir: query.sortDir };
    const hash = filterHash(query);
    const page = listVendors(db, filters, query.size, decodeCursor(query.cursor, hash));
    const total = query.includeTotalCount && !query.cursor ? countVendors(db, filters) : undefined;
    return pageBody(page.rows.map(vendorView), encodeCursor(page.next, hash), total);
  });

  app.get<{ Params: { vendorId: string } }>(
    '/public/v2/vendors/:vendorId',
    { config: { permission: 'vendors-get-vendor' } },
    async (request) => vendorView(loadVendor(db, request.params.vendorId)),
  );
}
