import { z } from 'zod';

/** Bearer calls to the app's API (bench set-up only; measurements use autocannon or the browser). */
export const KEYS = { reviewer: 'demo-reviewer-key', manager: 'demo-manager-key' } as const;

export async function api<T>(
  base: string,
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(`${base}/public/v2${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.key ?? KEYS.manager}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${text.slice(0, 300)}`);
  return schema.parse(JSON.parse(text));
}

export const ReviewRef = z.object({ id: z.number(), vendorId: z.number(), version: z.number().optional() });
export const ReviewRefPage = z.object({
  data: z.array(ReviewRef),
  pagination: z.object({ cursor: z.string().nullable() }),
});

/** A session cookie for the browser runs, from the real sign-in route (Origin must be the app's own). */
export async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: 'demo' }),
    signal: AbortSignal.timeout(30_000),
  });
  const cookie = /(?:^|,\s*)sid=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!response.ok || !cookie) throw new Error(`sign-in as ${email} → ${response.status}`);
  return cookie;
}
