import type { z } from 'zod';
import { ApiError, NetworkError } from '../../api-client';
import { ErrorBody } from '../../contract/errors';

export interface SendOptions {
  /** Bytes of the request body sent so far (the file plus a little multipart framing). */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

/**
 * POST a FormData with XMLHttpRequest, because fetch cannot report upload progress. Resolves with the answer
 * parsed by `schema`; rejects like api-client.ts does (ApiError, NetworkError) or with an AbortError.
 */
export function postWithProgress<S extends z.ZodType>(
  url: string,
  body: FormData,
  schema: S,
  options: SendOptions = {},
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    const onAbortSignal = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', onAbortSignal);
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      settle();
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(json);
        if (parsed.success) resolve(parsed.data);
        else reject(parsed.error);
        return;
      }
      const error = ErrorBody.safeParse(json);
      reject(new ApiError(xhr.status, error.success ? error.data : null));
    };
    xhr.onerror = () => {
      settle();
      reject(new NetworkError(new Error('XMLHttpRequest failed')));
    };
    xhr.onabort = () => {
      settle();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbortSignal);
    xhr.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
