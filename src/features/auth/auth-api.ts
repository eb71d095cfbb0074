import { z } from 'zod';
import { ApiError, NetworkError, request } from '../../api-client';
import { ErrorBody } from '../../contract/errors';
import { Me, type LoginRequest } from '../../contract/user';
import { api } from '../../paths';

/** A 429 from sign-in, with the server's Retry-After turned into seconds (null when absent or unreadable). */
export class SignInThrottled extends ApiError {
  constructor(
    body: ErrorBody | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(429, body);
  }
}

export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/**
 * POST /auth/login. Spelled with fetch rather than the api client because a 429 needs its Retry-After header.
 * Resolves to the signed-in user when the server answers with it, else null (the caller then asks /auth/me).
 */
export async function signIn(credentials: LoginRequest): Promise<Me | null> {
  let res: Response;
  try {
    res = await fetch(api.login(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(credentials),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new NetworkError(e);
  }
  // A body that is not JSON (a proxy's error page) is treated as no body.
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(json);
    const body = parsed.success ? parsed.data : null;
    if (res.status === 429) throw new SignInThrottled(body, parseRetryAfter(res.headers.get('Retry-After')));
    throw new ApiError(res.status, body);
  }
  const me = Me.safeParse(json);
  return me.success ? me.data : null;
}

/** POST /auth/logout; it answers 204 or a small JSON body whose content does not matter. */
export async function signOut(): Promise<void> {
  await request(api.logout(), z.unknown(), { method: 'POST' });
}

/** The sentence shown under the sign-in form for a failed attempt. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof SignInThrottled) {
    const minutes =
      error.retryAfterSeconds === null ? null : Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
    if (minutes === null) return 'Too many attempts. Try again later.';
    return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
  }
  if (error instanceof NetworkError) return error.message;
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 400) return 'Email or password is incorrect';
    if (error.status === 403) return 'Sign-in was refused for this address. Open the app from its own URL.';
    if (error.status >= 500) return 'The server had a problem. Try again in a moment.';
  }
  return 'Sign-in failed. Try again.';
}
