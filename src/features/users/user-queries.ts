import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from '../../api-client';
import { page } from '../../contract/pagination';
import { User, type UserListQuery } from '../../contract/user';
import { api } from '../../paths';

export const UserPage = page(User);
export type UserPage = z.infer<typeof UserPage>;

type UserListParams = Partial<Pick<UserListQuery, 'firstName' | 'lastName' | 'size' | 'cursor'>>;

/** GET /public/v2/users, for requester and reviewer pickers. The people list is small: one page of 500. */
export const userQueries = {
  all: () => ['users'] as const,
  list: (params: UserListParams = {}) => {
    const query = { size: 500, ...params };
    return queryOptions({
      queryKey: ['users', query] as const,
      queryFn: ({ signal }) => request(api.users(), UserPage, { query, signal }),
      staleTime: 5 * 60_000,
    });
  },
  /**
   * The reviewer picker: people who may work on reviews and are not disabled ([extension] `canReview=true`).
   * A server without the extension ignores it and answers everyone, which still works as a picker.
   */
  reviewers: () => {
    const query = { size: 500, canReview: true };
    return queryOptions({
      queryKey: ['users', query] as const,
      queryFn: ({ signal }) => request(api.users(), UserPage, { query, signal }),
      staleTime: 5 * 60_000,
    });
  },
};
