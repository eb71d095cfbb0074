import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../../contract/pagination';
import { User } from '../../contract/user';
import { Vendor } from '../../contract/vendor';
import { insertUser } from '../store/users';
import { insertVendor } from '../store/vendors';
import { createTestApp, type TestApp } from '../test/harness';

const VendorPage = page(Vendor);
const UserPage = page(User);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const names = ['beacon CRM', 'Acme', 'Zeta Mail', 'acme backup', 'Ledgerly', '100% Uptime'];
  names.forEach((name, i) =>
    insertVendor(
      t.db,
      { name, category: 'IT', risk: 'HIGH', status: 'ACTIVE', isSubProcessor: i % 2 === 0 },
      `2025-01-0${i + 1}T00:00:00.000Z`,
    ),
  );
  insertUser(
    t.db,
    {
      email: 'sam@example.com',
      firstName: 'Sam',
      lastName: 'Ortiz',
      role: 'reviewer',
      jobTitle: null,
      passwordHash: null,
    },
    '2025-01-01T00:00:00.000Z',
  );
  insertUser(
    t.db,
    {
      email: 'sandra@example.com',
      firstName: 'Sandra',
      lastName: 'Chen',
      role: 'auditor',
      jobTitle: null,
      passwordHash: null,
    },
    '2025-01-02T00:00:00.000Z',
  );
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ url, headers: t.bearer('auditor') });

describe('GET /vendors, GET /vendors/{vendorId} (op 12)', () => {
  it("answers Drata's vendor fields, sorted by name (case-insensitive) by default", async () => {
    const res = await get('/public/v2/vendors');
    const body = VendorPage.parse(res.json());
    expect(body.data.map((v) => v.name)).toEqual([
      '100% Uptime',
      'Acme',
      'acme backup',
      'beacon CRM',
      'Ledgerly',
      'Zeta Mail',
    ]);
    expect(Object.keys(body.data[0] ?? {}).sort()).toEqual(
      ['category', 'createdAt', 'id', 'isSubProcessor', 'name', 'risk', 'status', 'updatedAt'].sort(),
    );
    expect(typeof body.data[0]?.isSubProcessor).toBe('boolean');
  });

  it('q, sort, paging and includeTotalCount', async () => {
    expect(VendorPage.parse((await get('/public/v2/vendors?q=ACME')).json()).data.map((v) => v.name)).toEqual(
      ['Acme', 'acme backup'],
    );
    expect(VendorPage.parse((await get('/public/v2/vendors?q=%25')).json()).data).toHaveLength(1);
    const first = VendorPage.parse(
      (await get('/public/v2/vendors?size=4&sort=createdAt&sortDir=DESC&includeTotalCount=true')).json(),
    );
    expect(first.pagination.totalCount).toBe(6);
    expect(first.data.map((v) => v.name)).toEqual(['100% Uptime', 'Ledgerly', 'acme backup', 'Zeta Mail']);
    const second = VendorPage.parse(
      (
        await get(
          `/public/v2/vendors?size=4&sort=createdAt&sortDir=DESC&cursor=${encodeURIComponent(first.pagination.cursor ?? '')}`,
        )
      ).json(),
    );
    expect(second.data.map((v) => v.name)).toEqual(['Acme', 'beacon CRM']);
    expect(second.pagination.cursor).toBeNull();
    expect(
      (await get(`/public/v2/vendors?size=4&cursor=${encodeURIComponent(first.pagination.cursor ?? '')}`))
        .statusCode,
    ).toBe(400);
  });

  it('one vendor; 404 for an unknown or non-integer id', async () => {
    const one = Vendor.parse((await get('/public/v2/vendors/2')).json());
    expect(one).toMatchObject({
      id: 2,
      name: 'Acme',
      category: 'IT',
      risk: 'HIGH',
      status: 'ACTIVE',
      isSubProcessor: false,
    });
    expect((await get('/public/v2/vendors/999')).statusCode).toBe(404);
    expect((await get('/public/v2/vendors/abc')).statusCode).toBe(404);
  });
});

describe('GET /users (op 13)', () => {
  it('lists users with roles in upper case, never a password hash', async () => {
    const res = await get('/public/v2/users?includeTotalCount=true');
    const body = UserPage.parse(res.json());
    expect(body.pagination.totalCount).toBe(5);
    expect(body.data.find((u) => u.email === 'manager@example.com')).toMatchObject({
      firstName: 'Morgan',
      lastName: 'Patel',
      roles: ['MANAGER'],
      jobTitle: 'GRC Manager',
    });
    expect(res.body).not.toMatch(/scrypt|password/i);
  });

  it('firstName and lastName are case-insensitive prefix filters', async () => {
    const names = async (q: string) =>
      UserPage.parse((await get(`/public/v2/users?${q}`)).json()).data.map((u) => u.email);
    expect((await names('firstName=sa')).sort()).toEqual(['sam@example.com', 'sandra@example.com']);
    expect(await names('firstName=san')).toEqual(['sandra@example.com']);
    expect(await names('lastName=CHEN')).toEqual(
      expect.arrayContaining(['reviewer@example.com', 'sandra@example.com']),
    );
    expect(await names('firstName=am')).toEqual([]);
    expect(await names('firstName=s&lastName=o')).toEqual(['sam@example.com']);
  });

  it('pages with a cursor', async () => {
    const first = UserPage.parse((await get('/public/v2/users?size=2&sort=createdAt&sortDir=DESC')).json());
    expect(first.data).toHaveLength(2);
    const rest = UserPage.parse(
      (
        await get(
          `/public/v2/users?size=10&sort=createdAt&sortDir=DESC&cursor=${encodeURIComponent(first.pagination.cursor ?? '')}`,
        )
      ).json(),
    );
    const all = [...first.data, ...rest.data].map((u) => u.id);
    expect(new Set(all).size).toBe(5);
  });
});
