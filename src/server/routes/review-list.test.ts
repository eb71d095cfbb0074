import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decision, ReviewStatus, ReviewType } from '../../contract/enums';
import { ReviewPage, type Review } from '../../contract/review';
import { insertReview } from '../store/reviews';
import { createTestApp, errorPaths, type TestApp } from '../test/harness';

let t: TestApp;
let acme: number;
let zeta: number;
const all: {
  id: number;
  title: string | null;
  vendorId: number;
  createdAt: string;
  updatedAt: string;
  deadline: string;
}[] = [];

const STATUSES: ReviewStatus[] = ['NOT_YET_STARTED', 'IN_PROGRESS', 'COMPLETED', 'NOT_REQUIRED'];
const TYPES: ReviewType[] = ['SECURITY', 'SOC_REPORT', 'UPLOAD_REPORT'];
const DECISIONS: Decision[] = ['PENDING', 'APPROVED', 'REJECTED'];
const TITLES = [
  'beta',
  'Alpha',
  null,
  'gamma 100%',
  'Delta',
  'alpha',
  'Omega',
  null,
  'epsilon',
  'Zulu',
  'kappa',
  'Beta',
];

function seedRows(count: number, offset = 0) {
  for (let i = 0; i < count; i++) {
    const n = i + offset;
    const vendorId = n % 3 === 0 ? zeta : acme;
    // Repeated timestamps on purpose: ties must be broken by id, never dropped or repeated.
    const day = (month: number, d: number) => new Date(Date.UTC(2025, month, d, 10)).toISOString();
    const createdAt = day(0, 1 + Math.floor(n / 2));
    const updatedAt = day(1, 1 + (n % 5));
    const deadline = new Date(Date.UTC(2025, 2, 1 + (n % 4))).toISOString();
    const title = TITLES[n % TITLES.length] ?? null;
    const id = insertReview(t.db, {
      vendorId,
      title,
      note: null,
      status: STATUSES[n % 4] ?? 'IN_PROGRESS',
      type: TYPES[n % 3] ?? 'SECURITY',
      decision: DECISIONS[n % 3] ?? 'PENDING',
      requestedAt: createdAt,
      reviewDeadlineAt: deadline,
      createdAt,
      updatedAt,
      reviewerUserId: null,
      requesterUserId: t.userIds.manager,
      socForm: null,
    });
    all.push({ id, title, vendorId, createdAt, updatedAt, deadline });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  acme = t.vendor('Acme Analytics');
  zeta = t.vendor('Zeta Mail');
  seedRows(12);
});
afterAll(() => t.close());

async function get(url: string) {
  const res = await t.app.inject({ url, headers: t.bearer('auditor') });
  return res;
}
async function page(url: string) {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return ReviewPage.parse(res.json());
}
const ids = (rows: Review[]) => rows.map((r) => r.id);
const LIST = '/public/v2/vendor-security-reviews';

/** Walks every page with the given size and returns all ids in order. */
async function walk(query: string, size: number, between?: () => void): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query ? '&' : '';
    const url = `${LIST}?${query}${sep}size=${size}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const p = await page(url);
    seen.push(...ids(p.data));
    cursor = p.pagination.cursor;
    between?.();
    if (++pages > 50) throw new Error('too many pages');
  } while (cursor);
  return seen;
}

function expectedOrder(sort: 'createdAt' | 'updatedAt' | 'reviewDeadlineAt' | 'title', dir: 'ASC' | 'DESC') {
  const key = (r: (typeof all)[number]) =>
    sort === 'title' ? (r.title ?? '').toLowerCase() : sort === 'reviewDeadlineAt' ? r.deadline : r[sort];
  const sorted = [...all].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
  return (dir === 'ASC' ? sorted : sorted.reverse()).map((r) => r.id);
}

describe('sorting and keyset paging (op 1)', () => {
  it('default: createdAt DESC, 50 a page, no cursor on the last page', async () => {
    const p = await page(LIST);
    expect(ids(p.data)).toEqual(expectedOrder('createdAt', 'DESC'));
    expect(p.pagination).toEqual({ cursor: null });
  });

  for (const sort of ['createdAt', 'updatedAt', 'reviewDeadlineAt', 'title'] as const) {
    for (const dir of ['ASC', 'DESC'] as const) {
      it(`sort=${sort} sortDir=${dir}: one page and pages of 5 agree, without duplicates or gaps`, async () => {
        const expected = expectedOrder(sort, dir);
        expect(ids((await page(`${LIST}?sort=${sort}&sortDir=${dir}`)).data)).toEqual(expected);
        expect(await walk(`sort=${sort}&sortDir=${dir}`, 5)).toEqual(expected);
        expect(await walk(`sort=${sort}&sortDir=${dir}`, 1)).toEqual(expected);
      });
    }
  }

  it('rows inserted between pages never duplicate or drop the rows that were there', async () => {
    const before = expectedOrder('createdAt', 'ASC');
    let round = 0;
    try {
      const seen = await walk('sort=createdAt&sortDir=ASC', 4, () => seedRows(1, 100 + round++));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.slice(0, before.length)).toEqual(before);
      // Rows created later sort after the cursor, so they show up on later pages.
      expect(seen.length).toBeGreaterThan(before.length);
      const desc = await walk('sort=createdAt&sortDir=DESC', 4, () => seedRows(1, 200 + round++));
      expect(new Set(desc).size).toBe(desc.length);
      expect(desc.filter((id) => before.includes(id)).sort()).toEqual([...before].sort());
    } finally {
      const extra = all.splice(12);
      t.db
        .prepare(`DELETE FROM reviews WHERE id IN (${extra.map(() => '?').join(',')})`)
        .run(...extra.map((r) => r.id));
    }
  });

  it('a cursor with other filters or another sort → 400 at cursor; garbage → 400', async () => {
    const first = await page(`${LIST}?size=2&sort=title`);
    const cursor = encodeURIComponent(first.pagination.cursor ?? '');
    for (const url of [
      `${LIST}?size=2&sort=createdAt&cursor=${cursor}`,
      `${LIST}?size=2&sort=title&sortDir=ASC&cursor=${cursor}`,
      `${LIST}?size=2&sort=title&status[]=COMPLETED&cursor=${cursor}`,
      `${LIST}?size=2&sort=title&q=a&cursor=${cursor}`,
      `${LIST}?sort=title&cursor=not-a-cursor`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(errorPaths(res)).toEqual(['cursor']);
    }
    // The same filters with another page size are fine.
    expect((await get(`${LIST}?size=3&sort=title&cursor=${cursor}`)).statusCode).toBe(200);
  });

  it('includeTotalCount counts all matches on the first page only', async () => {
    const first = await page(`${LIST}?size=5&includeTotalCount=true&status[]=COMPLETED&status[]=IN_PROGRESS`);
    expect(first.pagination.totalCount).toBe(6);
    expect(first.data).toHaveLength(5);
    const next = await page(
      `${LIST}?size=5&includeTotalCount=true&status[]=COMPLETED&status[]=IN_PROGRESS&cursor=${encodeURIComponent(first.pagination.cursor ?? '')}`,
    );
    expect(next.pagination.totalCount).toBeUndefined();
    expect(next.data).toHaveLength(1);
    expect((await page(`${LIST}?size=5`)).pagination.totalCount).toBeUndefined();
  });

  it('size outside 1–500 → 400', async () => {
    for (const size of ['0', '501', 'x', '2.5'])
      expect((await get(`${LIST}?size=${size}`)).statusCode).toBe(400);
  });
});

describe('filters', () => {
  const count = async (query: string) => (await page(`${LIST}?${query}`)).data.length;

  it('status[], type[], decision[] (repeated or single), vendorIds[]', async () => {
    expect(await count('status[]=COMPLETED')).toBe(3);
    expect(await count('status[]=COMPLETED&status[]=NOT_REQUIRED')).toBe(6);
    expect(await count('type[]=SOC_REPORT')).toBe(4);
    expect(await count('decision[]=APPROVED&type[]=SOC_REPORT')).toBe(4);
    expect(await count(`vendorIds[]=${zeta}`)).toBe(4);
    expect(await count(`vendorIds[]=${zeta}&vendorIds[]=${acme}`)).toBe(12);
    const rows = (await page(`${LIST}?status[]=IN_PROGRESS&decision[]=APPROVED`)).data;
    expect(rows.every((r) => r.status === 'IN_PROGRESS' && r.decision === 'APPROVED')).toBe(true);
  });

  it('an unknown enum value → 400 naming the parameter', async () => {
    const res = await get(`${LIST}?status[]=DONE`);
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)[0]).toMatch(/^status\[\]/);
  });

  it('date ranges are inclusive; a bare date covers its whole day', async () => {
    expect(await count('createdAtFrom=2025-01-06')).toBe(2);
    expect(await count('createdAtTo=2025-01-01')).toBe(2);
    expect(await count('createdAtFrom=2025-01-02&createdAtTo=2025-01-03')).toBe(4);
    expect(await count('createdAtFrom=2025-01-06T10:00:00Z')).toBe(2);
    expect(await count('createdAtFrom=2025-01-06T10:00:00.001Z')).toBe(0);
    expect(await count('updatedAtFrom=2025-02-05&updatedAtTo=2025-02-05')).toBe(2);
    expect((await get(`${LIST}?createdAtFrom=yesterday`)).statusCode).toBe(400);
  });

  it('q matches title or vendor name, case-insensitively, wildcards literally', async () => {
    const titles = async (q: string) =>
      (await page(`${LIST}?q=${encodeURIComponent(q)}`)).data.map((r) => r.title);
    expect((await titles('ALPHA')).sort()).toEqual(['Alpha', 'alpha']);
    expect(await count('q=zeta%20MAIL')).toBe(4);
    expect(await titles('100%')).toEqual(['gamma 100%']);
    expect(await count('q=%25')).toBe(1);
    expect(await count('q=_')).toBe(0);
  });

  it('expand[] adds user, requesterUser and vendor', async () => {
    const p = await page(`${LIST}?size=1&expand[]=vendor&expand[]=requesterUser&expand[]=user`);
    const r = p.data[0];
    expect(r?.vendor?.name).toMatch(/Acme Analytics|Zeta Mail/);
    expect(r?.requesterUser?.email).toBe('manager@example.com');
    expect(r?.user).toBeNull();
    const plain = (await page(`${LIST}?size=1`)).data[0];
    expect(plain?.vendor).toBeUndefined();
    expect(plain?.requesterUser).toBeUndefined();
  });
});

describe('GET /vendors/{vendorId}/security-reviews (op 2)', () => {
  const url = (v: number | string, q = '') => `/public/v2/vendors/${v}/security-reviews${q}`;

  it("lists one vendor's reviews with the same filters and paging", async () => {
    const p = await page(url(zeta, '?size=3&includeTotalCount=true&sort=title&sortDir=ASC'));
    expect(p.pagination.totalCount).toBe(4);
    expect(p.data.every((r) => r.vendorId === zeta)).toBe(true);
    const next = await page(
      url(zeta, `?size=3&sort=title&sortDir=ASC&cursor=${encodeURIComponent(p.pagination.cursor ?? '')}`),
    );
    expect(next.data).toHaveLength(1);
    expect(next.pagination.cursor).toBeNull();
  });

  it("a cursor of one vendor's list is refused on another's", async () => {
    const p = await page(url(acme, '?size=1'));
    const res = await get(url(zeta, `?size=1&cursor=${encodeURIComponent(p.pagination.cursor ?? '')}`));
    expect(res.statusCode).toBe(400);
  });

  it('expand[]=vendor is not offered here; unknown vendor → 404', async () => {
    expect((await get(url(acme, '?expand[]=vendor'))).statusCode).toBe(400);
    expect((await get(url(9999))).statusCode).toBe(404);
    expect((await get(url('nope'))).statusCode).toBe(404);
  });
});
