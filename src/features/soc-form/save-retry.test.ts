import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../api-client';
import { MAX_SAVE_ATTEMPTS, isRetryableSaveError, retrySave, saveRetryDelay } from './save-retry';

const api = (status: number) => new ApiError(status, null);

describe('save retries', () => {
  it('retries what the network or the server failed: no answer, or a 5xx', () => {
    expect(isRetryableSaveError(new NetworkError(new TypeError('Failed to fetch')))).toBe(true);
    for (const status of [500, 502, 503, 504]) expect(isRetryableSaveError(api(status))).toBe(true);
  });

  it('never retries a 4xx: the same request would get the same answer', () => {
    for (const status of [400, 401, 403, 404, 409, 412, 413, 422, 429]) {
      expect(isRetryableSaveError(api(status))).toBe(false);
      expect(retrySave(0, api(status))).toBe(false);
    }
    expect(isRetryableSaveError(new Error('bug'))).toBe(false);
  });

  it(`tries at most ${MAX_SAVE_ATTEMPTS} times in all`, () => {
    const offline = new NetworkError(null);
    const retries = [0, 1, 2, 3, 4, 5].filter((failures) => retrySave(failures, offline));
    expect(retries).toEqual([0, 1, 2, 3]); // 4 retries after the first try
  });

  it('waits longer after each failure, 10 seconds at most', () => {
    expect([0, 1, 2, 3, 4, 5].map(saveRetryDelay)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
