import { z } from 'zod';

export const FieldError = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldError>;

/** The error body of API.md. `current` rides along on 409 conflicts; `requestId` on 500s (and others). */
export const ErrorBody = z.object({
  name: z.string(),
  statusCode: z.number(),
  message: z.string(),
  code: z.number(),
  errors: z.array(FieldError).optional(),
  requestId: z.string().optional(),
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Drata's wording per status (API.md, Errors). */
export const ERROR_MESSAGES = {
  400: 'Malformed data and/or validation errors',
  401: 'Invalid Authorization',
  403: 'You are not allowed to perform this action',
  404: 'Not Found',
  409: 'There is a conflict in the business rules with this request',
  412: 'You must accept the Drata terms and conditions to use the API',
  413: 'The file was too large to upload',
  415: 'Unsupported file type',
  422: 'The requested action is not available for the current state of this security review.',
  429: 'Too many requests',
  500: 'Internal server error',
} as const;
export type ErrorStatus = keyof typeof ERROR_MESSAGES;

export const ERROR_NAMES: Record<ErrorStatus, string> = {
  400: 'BadRequestException',
  401: 'UnauthorizedException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  409: 'ConflictException',
  412: 'PreconditionFailedException',
  413: 'PayloadTooLargeException',
  415: 'UnsupportedMediaTypeException',
  422: 'UnprocessableEntityException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
};

/**
 * Turns zod issues into API.md's `errors[]`, each path as the field stands in the request body. An unknown
 * property is reported at its own path (`socForm.cpaFirm.typo`), not at the object holding it.
 */
export function toFieldErrors(error: z.ZodError, prefix: readonly (string | number)[] = []): FieldError[] {
  const join = (path: readonly PropertyKey[]) => [...prefix, ...path].map(String).join('.');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: join([...issue.path, key]), message: 'Unknown property' }))
      : [{ path: join(issue.path), message: issue.message }],
  );
}
