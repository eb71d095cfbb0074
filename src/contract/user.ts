import { z } from 'zod';
import { Role } from './enums';
import { Id, IsoDateTime } from './primitives';
import { PageQuery, QueryBoolean } from './pagination';

export const UserCompact = z.object({
  id: Id,
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type UserCompact = z.infer<typeof UserCompact>;

/** GET /users items: Drata's user with `roles` (our role names, upper-cased as Drata spells roles). */
export const User = UserCompact.extend({
  jobTitle: z.string().nullable().optional(),
  avatarUrl: z.string().nullable().optional(),
  roles: z.array(z.string()).optional(),
});
export type User = z.infer<typeof User>;

export const UserListQuery = PageQuery.extend({
  firstName: z.string().max(191).optional(),
  lastName: z.string().max(191).optional(),
  sort: z.enum(['createdAt', 'updatedAt']).default('createdAt'),
  sortDir: z.enum(['ASC', 'DESC']).default('ASC'),
  /**
   * [extension] `canReview=true`: only users who may work on reviews (hold vendors-put-security-review) and are
   * not disabled, for the reviewer picker. Absent or false: everyone, as Drata answers.
   */
  canReview: QueryBoolean.optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export function displayName(u: { firstName: string | null; lastName: string | null; email: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ').trim();
  return name || u.email;
}

/** [extension] GET /auth/me. */
export const Me = z.object({
  id: Id,
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: Role,
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

export const LoginRequest = z.strictObject({
  email: z.string().trim().min(1, 'Enter your email').max(191).email('Enter a valid email'),
  password: z.string().min(1, 'Enter your password').max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;
