/**
 * Why an upload was refused. The route turns `status` into API.md's error body (400 / 413 / 415) and may put
 * `detail` into `errors[]` as `{ path: field, message: detail }` so a person sees which file and why.
 */
export type UploadProblem = 'empty' | 'too-large' | 'type-not-allowed' | 'content-mismatch';

const STATUS: Record<UploadProblem, 400 | 413 | 415> = {
  empty: 400,
  'too-large': 413,
  'type-not-allowed': 415,
  'content-mismatch': 415,
};

export class UploadError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(
    readonly problem: UploadProblem,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'UploadError';
    this.status = STATUS[problem];
  }
}

export function isUploadError(error: unknown): error is UploadError {
  return error instanceof UploadError;
}
