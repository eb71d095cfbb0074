import type { FastifyInstance } from 'fastify';
import type { Config } from './config';

/*
 * The CSP allows scripts from our own origin only (Vite's build has no inline scripts); styles may be inline
 * because React sets style attributes. frame-ancestors 'none' (and X-Frame-Options for old browsers) stops
 * clickjacking; nosniff stops a download being run as a script; the referrer never leaves our origin.
 */
export const CSP_DIRECTIVES = {
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
  .join(';');

/**
 * The security headers of every answer, computed once. They are exactly what @fastify/helmet sent with our
 * options (security.test.ts compares the two), written out because the plugin rebuilt them on every request:
 * CSP as above, no referrer outside our origin, no framing, no MIME sniffing, cross-origin isolation of our
 * windows and resources, and HSTS where the app is served over HTTPS (production; on http://localhost it
 * would only confuse).
 */
export function securityHeaders(config: Pick<Config, 'nodeEnv'>): Readonly<Record<string, string>> {
  return {
    'content-security-policy': CSP,
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'same-origin',
    ...(config.nodeEnv === 'production'
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'DENY',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
}

/**
 * Security headers and the request id on every response (API, SPA, errors alike): set as the request arrives,
 * so an error, a 404 or a 429 answered later still carries them (Fastify keeps headers set before an error).
 * One synchronous hook, one precomputed object.
 */
export function installHeaders(app: FastifyInstance, config: Config): void {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(headers).header('x-request-id', request.id);
    done();
  });
}
