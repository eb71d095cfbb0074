import { z } from 'zod';
import { ApiError, NetworkError, request } from '../../api-client';
import { Me, type LoginRequest } from '../../contract/user';
import { api } from '../../paths';

/**
 * POST /auth/login. Resolves to the signed-in user when the server answers with it, else null (the caller then
 * asks /auth/me). A 429 arrives as an ApiError carrying the server's Retry-After.
 */
export async function signIn(credentials: LoginRequest): Promise<Me | null> {
  const answer = await request(api.login(), z.unknown(), { method: 'POST', body: credentials });
  const me = Me.safeParse(answer);
  return me.success ? me.data : null;
}

/** POST /auth/logout; it answers 204 or a small JSON body whose content does not matter. */
export async function signOut(): Promise<void> {
  await request(api.logout(), z.unknown(), { method: 'POST' });
}

/** The sentence shown under the sign-in form for a failed attempt. */
export function signInErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) {
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
