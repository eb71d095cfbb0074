import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { HttpError } from './http/errors';

/** Security headers on every response (API, SPA, errors alike). */
export async function installHeaders(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // HSTS only where the app is served over HTTPS (production); on http://localhost it would only confuse.
    strictTransportSecurity: config.nodeEnv === 'production',
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * RATE_LIMIT_PER_MIN per credential (key or session), else per address. Registered after the caller is
 * resolved (app-level onRequest) and before routes (it hooks each route as it is added).
 */
export async function installRateLimit(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMin,
    timeWindow: 60_000,
    keyGenerator: (request) => request.caller?.credential ?? `ip:${request.ip}`,
    errorResponseBuilder: () => new HttpError(429),
  });
}
