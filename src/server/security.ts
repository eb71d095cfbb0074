import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { HttpError } from './http/errors';

/*
 * The CSP allows scripts from our own origin only (Vite's build has no inline scripts); styles may be inline
 * because React sets style attributes. frame-ancestors 'none' (and X-Frame-Options for old browsers) stops
 * clickjacking; nosniff stops a download being run as a script; the referrer never leaves our origin.
 */
const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/**
 * The headers that matter, for the one answer helmet's hook never sees: a URL so badly encoded that routing
 * fails (Fastify's frameworkErrors handler runs before any hook). Every other answer gets helmet's full set.
 */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Security headers on every response (API, SPA, errors alike). */
export async function installHeaders(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // HSTS only where the app is served over HTTPS (production); on http://localhost it would only confuse.
    strictTransportSecurity: config.nodeEnv === 'production',
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * RATE_LIMIT_PER_MIN per credential (key or session), else per address. Registered after the caller is
 * resolved (app-level onRequest) and before routes (it hooks each route as it is added). The plugin sets
 * Retry-After (and the x-ratelimit-* headers); the body is API.md's 429.
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
