import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config';

/*
 * pino through Fastify: one JSON line per request with its id (also sent back as `x-request-id` and carried
 * by 500 bodies), secrets redacted. Quiet in tests.
 */
export function loggerOptions(
  config: Config,
): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'requestIdHeader'> {
  return {
    genReqId: () => randomUUID(),
    // Never trust a client-chosen request id: it would let a caller forge log lines' correlation.
    requestIdHeader: false,
    logger:
      config.nodeEnv === 'test'
        ? false
        : {
            level: 'info',
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
                '*.password',
                'body.password',
              ],
              censor: '[redacted]',
            },
          },
  };
}
