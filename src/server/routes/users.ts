import type { FastifyInstance } from 'fastify';
import { ROLES } from '../../contract/enums';
import { ROLE_PERMISSIONS } from '../../contract/permissions';
import { UserListQuery, type User } from '../../contract/user';
import { decodeCursor, encodeCursor, filterHash, pageBody } from '../http/cursor';
import { userCompact } from '../http/review-view';
import { parseQuery } from '../http/validate';
import type { Db } from '../store/db';
import { countUsersMatching, listUsers, type UserRow } from '../store/users';

/** Drata's user, with `roles` spelled the way Drata spells role names (upper case). */
export const userView = (u: UserRow): User => ({
  ...userCompact(u),
  jobTitle: u.jobTitle,
  avatarUrl: null,
  roles: [u.role.toUpperCase()],
});

/** The roles that may edit reviews, from the permission table (no role names spelled here). */
const REVIEWING_ROLES = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('vendors-put-security-review'));

export function userRoutes(app: FastifyInstance, db: Db): void {
  app.get('/public/v2/users', { config: { permission: 'users-get' } }, async (request) => {
    const query = parseQuery(UserListQuery, request.query);
    const filters = {
      firstName: query.firstName,
      lastName: query.lastName,
      activeRoles: query.canReview ? REVIEWING_ROLES : undefined,
      sort: query.sort,
      sortDir: query.sortDir,
    };
    const hash = filterHash(query);
    const page = listUsers(db, filters, query.size, decodeCursor(query.cursor, hash));
    const total = query.includeTotalCount && !query.cursor ? countUsersMatching(db, filters) : undefined;
    return pageBody(page.rows.map(userView), encodeCursor(page.next, hash), total);
  });
}
