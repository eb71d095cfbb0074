import { queryOptions } from '@tanstack/react-query';
import { ApiError, request } from '../../api-client';
import { Me } from '../../contract/user';
import { api } from '../../paths';

/**
 * The signed-in user, or null when signed out. A 401 from /auth/me is the normal signed-out answer, not an
 * error: it resolves to null so nothing logs it, shows it or retries it.
 */
export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await request(api.me(), Me, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});
