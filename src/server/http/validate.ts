import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { toFieldErrors } from '../../contract/errors';
import { badRequest, notFound } from './errors';

/*
 * Body parsing is deferred: a body that is not JSON becomes an UnreadableBody marker instead of an error, so a
 * route can still answer 401/403/404 first (API.md's precedence) and only then refuse the body with a 400.
 */
export class UnreadableBody {
  constructor(readonly reason: 'json' | 'type') {}
}

export function installBodyParsers(app: FastifyInstance): void {
  // secure-json-parse underneath: `__proto__` / `constructor.prototype` keys are refused, not merged.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    void json(request, typeof body === 'string' ? body : body.toString('utf8'), (error, value) =>
      done(null, error ? new UnreadableBody('json') : value),
    );
  });
  // Any other type (multipart excepted, whose plugin registers its own parser) is read and refused later.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, _body, done) => {
    done(null, new UnreadableBody('type'));
  });
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body instanceof UnreadableBody) {
    const message =
      body.reason === 'json'
        ? 'The body is not valid JSON'
        : 'The body must be JSON (Content-Type: application/json)';
    throw badRequest([{ path: '', message }]);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw badRequest(toFieldErrors(result.error));
  return result.data;
}

export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const result = schema.safeParse(query);
  if (!result.success) throw badRequest(toFieldErrors(result.error));
  return result.data;
}

const ID_TEXT = /^[1-9][0-9]{0,9}$/;
const MAX_ID = 2_147_483_647;

/**
 * A path id; anything but a positive integer names nothing, so it is a 404 (not a 400). The same rule as the
 * contract's IdParam, checked without zod: it runs once or twice on every request that names a resource.
 */
export function parseId(raw: unknown): number {
  if (typeof raw === 'string' && ID_TEXT.test(raw)) {
    const id = Number(raw);
    if (id <= MAX_ID) return id;
  }
  throw notFound();
}
