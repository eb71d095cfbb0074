import fc from 'fast-check';
import type { HostileRequest, Ids } from './hostile-ops';

/*
 * Malformed reads and ids: bad query values on every list, and ids that name nothing (0, -1, 1e309, abc,
 * 99999999999, …) in every path that takes one, writes included (their bodies are valid: the id alone is wrong).
 */
const BAD_IDS = [
  '0',
  '-1',
  '1e309',
  'abc',
  '99999999999',
  '1.5',
  '0x1F',
  '%20',
  '9'.repeat(300),
  "1'--",
  '%E0%A4%A',
];
const BAD_DATES = ['2026-02-30', '2026-13-01', 'yesterday', '2026-02-30T00:00:00Z'];
const PAGE = {
  size: ['0', '501', '-1', 'abc', '1e309', '1.5', ''],
  cursor: ['garbage', 'x'.repeat(600), 'eyJ2IjoxfQ', '%00'],
  includeTotalCount: ['maybe', '2', 'yes'],
};
const REVIEW_FILTERS = {
  ...PAGE,
  sort: ['bogus', 'id', ''],
  sortDir: ['UP', 'asc ', ''],
  'status[]': ['DONE', 'completed'],
  'type[]': ['SOC', '1'],
  'decision[]': ['MAYBE'],
  createdAtFrom: BAD_DATES,
  updatedAtTo: BAD_DATES,
  'expand[]': ['everything', 'vendors'],
  q: ['x'.repeat(201)],
};

interface ReadOp {
  name: string;
  path: (ids: Record<'v' | 'r' | 'd', string>) => string;
  query?: Record<string, string[]>;
  method?: 'GET' | 'DELETE' | 'PUT' | 'POST';
  body?: string;
}

const V = (i: Record<'v' | 'r' | 'd', string>) => `/public/v2/vendors/${i.v}`;
const R = (i: Record<'v' | 'r' | 'd', string>) => `${V(i)}/security-reviews/${i.r}`;
const OPS: ReadOp[] = [
  {
    name: 'review list',
    path: () => '/public/v2/vendor-security-reviews',
    query: { ...REVIEW_FILTERS, 'vendorIds[]': ['abc', '0'] },
  },
  { name: 'vendor reviews', path: (i) => `${V(i)}/security-reviews`, query: REVIEW_FILTERS },
  { name: 'review', path: R, query: { 'expand[]': ['vendorz', ''] } },
  { name: 'actions', path: (i) => `${R(i)}/actions` },
  { name: 'vendors', path: () => '/public/v2/vendors', query: PAGE },
  { name: 'vendor', path: V },
  {
    name: 'users',
    path: () => '/public/v2/users',
    query: { ...PAGE, firstName: ['x'.repeat(192)], lastName: ['y'.repeat(192)] },
  },
  {
    name: 'documents',
    path: (i) => `${V(i)}/documents`,
    query: { ...PAGE, type: ['BOGUS'], securityReviewId: ['abc', '-1'], 'expand[]': ['everything'] },
  },
  { name: 'document', path: (i) => `${V(i)}/documents/${i.d}` },
  { name: 'review questionnaires', path: (i) => `${R(i)}/security-questionnaires`, query: PAGE },
  { name: 'vendor questionnaires', path: (i) => `${V(i)}/security-questionnaires`, query: PAGE },
  { name: 'save (bad id)', path: R, method: 'PUT', body: '{"title":"Valid"}' },
  { name: 'action (bad id)', path: (i) => `${R(i)}/actions`, method: 'POST', body: '{"action":"finalize"}' },
  {
    name: 'create (bad vendor)',
    path: (i) => `${V(i)}/security-reviews`,
    method: 'POST',
    body: '{"title":"T","securityReviewType":"SECURITY","securityReviewStatus":"IN_PROGRESS","reviewDeadlineAt":"2030-01-31T00:00:00Z"}',
  },
  { name: 'revoke api key', path: (i) => `/auth/api-keys/${i.r}`, method: 'DELETE' },
];

export function readRequest(ids: Ids): fc.Arbitrary<HostileRequest> {
  const good = { v: String(ids.vendorId), r: String(ids.reviewId), d: String(ids.documentId) };
  return fc.constantFrom(...OPS).chain((op) => {
    const slots = (['v', 'r', 'd'] as const).filter((k) =>
      op.path({ ...good, [k]: 'SLOT' }).includes('SLOT'),
    );
    // Built only when the operation has slots / params: fc.constantFrom refuses an empty list.
    const params = Object.entries(op.query ?? {}).flatMap(([k, vs]) => vs.map((v) => [k, v] as const));
    const badId = () =>
      fc.tuple(fc.constantFrom(...slots), fc.constantFrom(...BAD_IDS)).map(([slot, bad]) => ({
        label: `${slot} = ${bad.slice(0, 20)}`,
        url: op.path({ ...good, [slot]: bad }),
      }));
    const badQuery = () =>
      fc.constantFrom(...params).map(([k, v]) => ({
        label: `?${k}=${v.slice(0, 20)}`,
        url: `${op.path(good)}?${encodeURIComponent(k).replace(/%5B%5D/g, '[]')}=${encodeURIComponent(v)}`,
      }));
    const choice =
      slots.length && params.length ? fc.oneof(badId(), badQuery()) : slots.length ? badId() : badQuery();
    return choice.map((c): HostileRequest => ({
      label: `${op.method ?? 'GET'} ${op.name}: ${c.label}`,
      method: op.method ?? 'GET',
      url: c.url,
      headers: { ...ids.auth, ...(op.body ? { 'content-type': 'application/json' } : {}) },
      ...(op.body ? { payload: op.body } : {}),
    }));
  });
}

/** Signed download links that are not ours (operation 15). */
export const downloadRequest = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 200 }),
    fc.constantFrom('x'.repeat(5000), '..%2F..%2Fetc%2Fpasswd', 'a.b.c'),
  )
  .map((token): HostileRequest => ({
    label: `download ${token.slice(0, 20)}`,
    method: 'GET',
    url: `/files/${encodeURIComponent(token)}`,
    headers: {},
  }));
