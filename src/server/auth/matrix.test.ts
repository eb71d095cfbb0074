import { afterAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../contract/enums';
import { ROLE_PERMISSIONS, type Permission } from '../../contract/permissions';
import { hashPasswordSync } from './passwords';
import { insertApiKey, revokeApiKey } from '../store/api-keys';
import { createSession } from '../store/sessions';
import { insertUser } from '../store/users';
import { createReview } from '../test/fixtures';
import { createTestApp, ORIGIN } from '../test/harness';
import { STATE_CHANGING } from './origin';

/*
 * The permission matrix, generated: every registered route (app.routeAccess, so a route added tomorrow is in
 * it without anyone editing this file) × every kind of caller × {cookie, bearer} → the status API.md's table
 * implies. Only the authentication outcome is asserted: an allowed caller may still get 400/404 for the dummy
 * request, which is fine; 401 and 403 are what the table decides.
 */
const t = await createTestApp({ env: { RATE_LIMIT_PER_MIN: '100000' } });
afterAll(() => t.close());
await t.app.ready();
const vendorId = t.vendor();
const reviewId = (await createReview(t, vendorId)).id;

const at = () => new Date().toISOString();
const revokedKey = 'matrix-revoked-key';
revokeApiKey(db(), insertApiKey(db(), t.userIds.manager, 'revoked', revokedKey, at()), at());
const disabledId = insertUser(
  db(),
  {
    email: 'gone@example.com',
    firstName: null,
    lastName: null,
    role: 'manager',
    jobTitle: null,
    passwordHash: hashPasswordSync('x'),
  },
  at(),
);
const disabledKey = 'matrix-disabled-key';
insertApiKey(db(), disabledId, 'disabled owner', disabledKey, at());
const disabledSession = createSession(db(), disabledId, new Date());
// Only the flag (not disableUser, which also ends sessions and revokes keys): the caller check alone must refuse.
db().prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(at(), disabledId);
function db() {
  return t.db;
}

/** Who calls, and how. `role` null: no valid caller (expect 401 wherever a caller is needed). */
interface Credential {
  name: string;
  transport: 'cookie' | 'bearer';
  role: Role | null;
  /** Headers for one request (sessions are made fresh per request: a logout must not spoil the next cell). */
  headers(stateChanging: boolean): Record<string, string>;
  /** A cookie write without our Origin: the Origin check must refuse it whatever the permission. */
  foreign?: boolean;
}

const cookie = (token: string, stateChanging: boolean, origin = true): Record<string, string> => ({
  cookie: `sid=${token}`,
  ...(stateChanging && origin ? { origin: ORIGIN } : {}),
});
const session = (role: Role, ago = 0) => createSession(db(), t.userIds[role], new Date(Date.now() - ago));

const CREDENTIALS: Credential[] = [
  {
    name: 'no credentials',
    transport: 'cookie',
    role: null,
    headers: (w): Record<string, string> => (w ? { origin: ORIGIN } : {}),
  },
  { name: 'unknown session', transport: 'cookie', role: null, headers: (w) => cookie('forged', w) },
  {
    name: 'expired session',
    transport: 'cookie',
    role: null,
    headers: (w) => cookie(session('manager', 13 * 3600_000), w),
  },
  { name: 'disabled user', transport: 'cookie', role: null, headers: (w) => cookie(disabledSession, w) },
  ...ROLES.map((role): Credential => ({
    name: role,
    transport: 'cookie',
    role,
    headers: (w) => cookie(session(role), w),
  })),
  {
    name: 'manager, no Origin',
    transport: 'cookie',
    role: 'manager',
    foreign: true,
    headers: (w) => cookie(session('manager'), w, false),
  },
  { name: 'no credentials', transport: 'bearer', role: null, headers: () => ({}) },
  { name: 'unknown key', transport: 'bearer', role: null, headers: () => ({ authorization: 'Bearer nope' }) },
  {
    name: 'revoked key',
    transport: 'bearer',
    role: null,
    headers: () => ({ authorization: `Bearer ${revokedKey}` }),
  },
  {
    name: 'disabled user',
    transport: 'bearer',
    role: null,
    headers: () => ({ authorization: `Bearer ${disabledKey}` }),
  },
  ...ROLES.map((role): Credential => ({
    name: role,
    transport: 'bearer',
    role,
    headers: () => t.bearer(role),
  })),
];

type Expected = 401 | 403 | 'pass';

/**
 * Public routes judge callers themselves (or not at all); each is named here, so a new public route fails
 * this test until someone decides what it should answer.
 */
const PUBLIC: Record<string, (c: Credential) => Expected> = {
  'POST /auth/login': () => 'pass', // a dummy body: 400, but never 401/403 for lack of credentials
  'POST /auth/logout': () => 'pass',
  'GET /auth/me': (c) => (c.role ? 'pass' : 401),
  'HEAD /auth/me': (c) => (c.role ? 'pass' : 401),
  'GET /files/:token': () => 'pass', // the signed token is the credential: 404 for a bad one
  'HEAD /files/:token': () => 'pass',
  'GET /*': () => 'pass', // the SPA
  'HEAD /*': () => 'pass',
};

function expected(route: string, access: string, c: Credential): Expected {
  const method = route.split(' ')[0] ?? '';
  const writes = STATE_CHANGING.has(method);
  if (access === 'public') {
    const rule = PUBLIC[route];
    if (!rule) throw new Error(`Public route ${route} is not in the matrix's PUBLIC table: add it`);
    // A cookie-authenticated write without our Origin is refused on public routes too (logout, login).
    if (c.foreign && writes) return 403;
    return rule(c);
  }
  if (!c.role) return 401;
  if (c.foreign && writes) return 403;
  return ROLE_PERMISSIONS[c.role].includes(access as Permission) ? 'pass' : 403;
}

function concrete(url: string): string {
  // A key id that names no key: a manager's DELETE must not revoke the demo keys the matrix itself uses.
  const id = url.startsWith('/auth/api-keys') ? '999999' : String(reviewId);
  return url
    .replace(':vendorId', String(vendorId))
    .replace(':id', id)
    .replace(':documentId', '999999')
    .replace(':token', 'not-a-token')
    .replace('*', 'some/page');
}

const routes = [...t.app.routeAccess];
const cells: string[] = [];

describe('permission matrix: every route × caller × transport', () => {
  it.each(routes)('%s (%s)', async (route, access) => {
    const [method = 'GET', url = '/'] = route.split(' ');
    const writes = STATE_CHANGING.has(method);
    const wrong: string[] = [];
    for (const c of CREDENTIALS) {
      const want = expected(route, access, c);
      const res = await t.app.inject({
        method: method as 'GET',
        url: concrete(url),
        headers: c.headers(writes),
        ...(writes ? { payload: {} } : {}),
      });
      cells.push(`${route} ${c.transport} ${c.name}`);
      const ok = want === 'pass' ? res.statusCode !== 401 && res.statusCode !== 403 : res.statusCode === want;
      if (!ok) wrong.push(`${c.transport}/${c.name}: got ${res.statusCode}, expected ${want}`);
    }
    expect(wrong).toEqual([]);
  });

  it('covers every route with every credential, including the routes of our own extensions', () => {
    const keys = routes.map(([k]) => k);
    for (const k of ['GET /auth/api-keys', 'POST /public/v2/vendors/:vendorId/security-questionnaires']) {
      expect(keys).toContain(k);
    }
    expect(new Set(cells).size).toBe(routes.length * CREDENTIALS.length);
    console.log(
      `permission matrix: ${routes.length} routes × ${CREDENTIALS.length} credentials = ${cells.length} cells`,
    );
  });
});
