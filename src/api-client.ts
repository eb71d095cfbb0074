import type { z } from 'zod';
import { ErrorBody, ERROR_MESSAGES, type FieldError } from './contract/errors';

/**
 * The one way the browser talks to the server. It parses every answer with the contract's schema (no asserted
 * types at the boundary) and throws a typed ApiError; it never toasts or redirects (callers decide).
 */
export class ApiError extends Error {
  /** Seconds to wait before trying again, from a 429's (or 503's) Retry-After header; null when absent. */
  readonly retryAfterSeconds: number | null;
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
    headers?: Headers,
  ) {
    super(
      body?.message ?? ERROR_MESSAGES[status as keyof typeof ERROR_MESSAGES] ?? `Request failed (${status})`,
    );
    this.retryAfterSeconds = parseRetryAfter(headers?.get('Retry-After') ?? null);
    this.name = 'ApiError';
  }
  get fieldErrors(): FieldError[] {
    return this.body?.errors ?? [];
  }
  /** The server's current review on a 409 conflict. */
  get current(): unknown {
    return this.body?.current;
  }
}

/** fetch threw: offline, DNS, connection refused. Distinct from an HTTP error so saves can retry it. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Cannot reach the server. Check your connection.', { cause });
    this.name = 'NetworkError';
  }
}

export type Query = Record<
  string,
  string | number | boolean | readonly (string | number)[] | undefined | null
>;

export function toSearch(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

export async function requestWithHeaders<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResponse<z.output<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path + toSearch(options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const parsed = ErrorBody.safeParse(json);
    throw new ApiError(res.status, parsed.success ? parsed.data : null, res.headers);
  }
  return { data: schema.parse(json), headers: res.headers };
}

export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  return (await requestWithHeaders(path, schema, options)).data;
}

/** A human sentence for any error a request can throw, for messages next to an action. */
export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Your session has ended. Sign in again.';
    if (error.status === 403) return 'You do not have permission to do this.';
    if (error.status === 404) return 'This item no longer exists.';
    if (error.status === 409) return 'Someone else changed this review. Reload to see their changes.';
    if (error.status === 429) return 'Too many requests. Wait a moment and try again.';
    if (error.status >= 500) return 'The server had a problem. Try again in a moment.';
    return error.message;
  }
  return 'Something went wrong. Try again.';
}

/** Retry-After is either seconds or an HTTP date; either way, seconds from now (null when unreadable). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}
