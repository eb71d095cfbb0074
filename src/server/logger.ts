import { randomUUID } from 'node:crypto';
import {
  LogController,
  type FastifyBaseLogger,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Config } from './config';

/*
 * pino through Fastify: JSON lines tied to their request by its id (`reqId`; also sent back as `x-request-id`
 * and carried by 500 bodies), secrets kept out. Fastify's request serializer logs method, url, host and address,
 * never headers or bodies; the redact paths guard against anyone logging those later. A signed download URL
 * (/files/<token>) is itself a credential for 10 minutes, so its token is masked. Quiet in tests unless a test
 * hands in a stream to read the lines from.
 *
 * Per-request lines ("incoming request", "request completed") are written in development only. In production
 * (NODE_ENV=production) they cost more than the request they describe (two serialized, redacted lines each:
 * ~15% of a cheap GET), so production logs what needs attention: start-up and stop, warnings, and every
 * unexpected error with its reqId (the same id as the 500 body's `requestId` and the `x-request-id` header).
 */
export interface LogDestination {
  write(line: string): void;
}

const SIGNED_FILE_URL = /^\/files\/[^/?#]+/;

/** The request as it goes into a log line. */
export function logRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.replace(SIGNED_FILE_URL, '/files/[redacted]'),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** Production's request logging: nothing for a request that went well, the usual line for one that failed. */
class ProblemsOnly extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) super.requestCompleted(error, request, reply);
  }
}

type LogFn = FastifyBaseLogger['info'];
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * `request.log` made on demand: pino's child (the reqId binding and its serialized form) costs a few µs, and a
 * request that goes well in production writes no line at all. The child is made by the first line written.
 */
class LazyRequestLogger {
  declare fatal: LogFn;
  declare error: LogFn;
  declare warn: LogFn;
  declare info: LogFn;
  declare debug: LogFn;
  declare trace: LogFn;
  declare silent: LogFn;
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly args: Parameters<FastifyBaseLogger['child']>,
  ) {}

  get real(): FastifyBaseLogger {
    return (this.made ??= this.parent.child(...this.args));
  }

  get level(): FastifyBaseLogger['level'] {
    return this.real.level;
  }

  set level(level: FastifyBaseLogger['level']) {
    this.real.level = level;
  }

  child(...args: Parameters<FastifyBaseLogger['child']>): FastifyBaseLogger {
    return this.real.child(...args);
  }
}
for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as Level[]) {
  const forward = function (this: LazyRequestLogger, ...args: unknown[]) {
    Reflect.apply(this.real[level], this.real, args);
  };
  Object.defineProperty(LazyRequestLogger.prototype, level, { value: forward });
}

const lazyChild: NonNullable<FastifyServerOptions['childLoggerFactory']> = (logger, bindings, opts) =>
  new LazyRequestLogger(logger, [bindings, opts]);

export function loggerOptions(
  config: Config,
  stream?: LogDestination,
): Pick<
  FastifyServerOptions,
  'logger' | 'genReqId' | 'requestIdHeader' | 'logController' | 'childLoggerFactory'
> {
  return {
    ...(config.nodeEnv === 'production' ? { logController: new ProblemsOnly() } : {}),
    childLoggerFactory: lazyChild,
    genReqId: () => randomUUID(),
    // Never trust a client-chosen request id: it would let a caller forge log lines' correlation.
    requestIdHeader: false,
    logger:
      config.nodeEnv === 'test' && !stream
        ? false
        : {
            level: 'info',
            ...(stream ? { stream } : {}),
            serializers: { req: logRequest },
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
                '*.password',
                'body.password',
                '*.key',
                '*.token',
              ],
              censor: '[redacted]',
            },
          },
  };
}
