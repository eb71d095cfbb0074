import {
  ERROR_MESSAGES,
  ERROR_NAMES,
  type ErrorBody,
  type ErrorStatus,
  type FieldError,
} from '../../contract/errors';

/**
 * An error meant for the caller: the error handler turns it into API.md's body. `errors` rides on 400s,
 * `current` on 409 conflicts; `headers` (e.g. Retry-After) are set on the reply.
 */
export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly extra: { errors?: FieldError[]; current?: unknown; message?: string } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(extra.message ?? ERROR_MESSAGES[status]);
    this.name = ERROR_NAMES[status];
  }

  body(): ErrorBody {
    return errorBody(this.status, this.extra);
  }
}

export function errorBody(
  status: ErrorStatus,
  extra: { errors?: FieldError[]; current?: unknown; message?: string; requestId?: string } = {},
): ErrorBody {
  const body: ErrorBody = {
    name: ERROR_NAMES[status],
    statusCode: status,
    message: extra.message ?? ERROR_MESSAGES[status],
    code: status,
  };
  if (extra.errors) body.errors = extra.errors;
  if (extra.current !== undefined) body.current = extra.current;
  if (extra.requestId) body.requestId = extra.requestId;
  return body;
}

export const notFound = () => new HttpError(404);
export const badRequest = (errors: FieldError[]) => new HttpError(400, { errors });
export const conflict = (current?: unknown) => new HttpError(409, current === undefined ? {} : { current });
export const notAvailable = () => new HttpError(422);
