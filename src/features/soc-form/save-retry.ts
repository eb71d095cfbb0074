import { ApiError, NetworkError } from '../../api-client';

/** A save is tried at most this many times when the network or the server fails. */
export const MAX_SAVE_ATTEMPTS = 5;

/**
 * Worth trying again: the request did not arrive (offline, connection refused) or the server failed (5xx).
 * A 4xx answer says something about the request itself (invalid, conflict, no permission): the same request
 * would get the same answer, so it is shown to the user instead.
 */
export function isRetryableSaveError(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.status >= 500;
}

/** React Query's `retry` for saves: `failures` counts the failures before this one (0 on the first). */
export function retrySave(failures: number, error: unknown): boolean {
  return isRetryableSaveError(error) && failures < MAX_SAVE_ATTEMPTS - 1;
}

/** 1 s, 2 s, 4 s, 8 s, then 10 s at most between attempts. */
export function saveRetryDelay(failures: number): number {
  return Math.min(1000 * 2 ** failures, 10_000);
}
