import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api-client';
import { meQuery } from './features/auth/auth-queries';

const ME_KEY: QueryKey = meQuery.queryKey;

/** 4xx answers will not change on retry; network trouble and 5xx may (twice at most). */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return failureCount < 2;
}

function isMeKey(key: QueryKey | undefined): boolean {
  return key?.[0] === ME_KEY[0];
}

/**
 * A 401 anywhere means the session ended: refetching ['me'] turns it into null, and the root layout then shows
 * the sign-in form in place (the URL is kept, so the same page returns after signing in).
 */
function onSessionLost(error: unknown, key: QueryKey | undefined) {
  if (error instanceof ApiError && error.status === 401 && !isMeKey(key)) {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onSessionLost(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onSessionLost(error, undefined) }),
  defaultOptions: {
    queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
    mutations: { retry: false },
  },
});
