import type { FastifyError, FastifyInstance } from 'fastify';
import { ERROR_MESSAGES, type ErrorStatus } from '../../contract/errors';
import { errorBody, HttpError } from './errors';

/*
 * One place that shapes every error body (API.md, Errors). Framework errors keep their status when it is
 * one of ours (413 body too large, 415, 429, …); anything unexpected is a 500 whose body carries only the
 * request id, never a stack or SQL text: those go to the log.
 */
function isKnownStatus(status: number): status is ErrorStatus {
  return status in ERROR_MESSAGES;
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).statusCode === 'number';
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers)) void reply.header(name, value);
      return reply.code(error.status).type('application/json').send(error.body());
    }
    if (isFastifyError(error) && error.statusCode !== undefined && error.statusCode < 500) {
      const status = isKnownStatus(error.statusCode) ? error.statusCode : 400;
      request.log.info({ code: error.code, status }, 'request refused by the framework');
      return reply.code(status).type('application/json').send(errorBody(status));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .code(500)
      .type('application/json')
      .send(errorBody(500, { requestId: String(request.id) }));
  });

  app.setNotFoundHandler((_request, reply) => {
    return reply.code(404).type('application/json').send(errorBody(404));
  });
}
