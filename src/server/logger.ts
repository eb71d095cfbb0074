import { randomUUID } from 'node:crypto';
import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { Config } from './config';

/*
 * pino through Fastify: one JSON line per request with its id (`reqId`; also sent back as `x-request-id` and
 * carried by 500 bodies), secrets kept out. Fastify's request serializer logs method, url, host and address,
 * never headers or bodies; the redact paths guard against anyone logging those later. A signed download URL
 * (/files/<token>) is itself a credential for 10 minutes, so its token is masked. Quiet in tests unless a test
 * hands in a stream to read the lines from.
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

export function loggerOptions(
  config: Config,
  stream?: LogDestination,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader'> {
  return {
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
