import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../api-client';
import { queryClient, shouldRetry } from '../../query-client';
import { meQuery } from './auth-queries';

const me = {
  id: 1,
  email: 'r@example.com',
  firstName: 'R',
  lastName: null,
  role: 'reviewer' as const,
  permissions: [],
};

async function failWith(error: Error, key: string) {
  await queryClient
    .fetchQuery({ queryKey: [key], queryFn: () => Promise.reject(error), retry: false })
    .catch(() => {});
}

describe('the app query client', () => {
  afterEach(() => queryClient.clear());

  it('asks /auth/me again when any other request answers 401 (the session ended)', async () => {
    queryClient.setQueryData(meQuery.queryKey, me);
    await failWith(new ApiError(403, null), 'forbidden');
    expect(queryClient.getQueryState(meQuery.queryKey)?.isInvalidated).toBe(false);
    await failWith(new ApiError(401, null), 'expired');
    expect(queryClient.getQueryState(meQuery.queryKey)?.isInvalidated).toBe(true);
  });

  it('does not retry 4xx answers, retries network trouble and 5xx twice', () => {
    expect(shouldRetry(0, new ApiError(404, null))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, null))).toBe(false);
    expect(shouldRetry(0, new NetworkError(new TypeError('offline')))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, null))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, null))).toBe(false);
  });
});
