import path from 'node:path';
import { z } from 'zod';

/*
 * Environment → validated settings. Bad values stop the server at start-up with a message that names the
 * variable, rather than surfacing later as a confusing runtime failure.
 */

// An empty variable (`PORT=`) means "not set", as shells and .env files commonly produce them.
const unset = (v: unknown) => (v === '' ? undefined : v);
const Flag = z
  .enum(['true', 'false', '1', '0'], { message: 'Must be true or false' })
  .transform((v) => v === 'true' || v === '1');
const Int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'Must be a number' })
    .int('Must be a whole number')
    .min(min, `Must be at least ${min}`)
    .max(max, `Must be at most ${max}`);

const Origin = z.string().refine((v) => {
  try {
    return new URL(v).origin === v.replace(/\/$/, '');
  } catch {
    return false;
  }
}, 'Must be an origin only, such as https://soc.example.com (scheme, host and port; no path)');

const EnvSchema = z.object({
  PORT: z.preprocess(unset, Int(0, 65_535).default(3000)),
  HOST: z.preprocess(unset, z.string().default('127.0.0.1')),
  DATA_DIR: z.preprocess(unset, z.string().default('./data')),
  MAX_UPLOAD_MB: z.preprocess(unset, Int(1, 2048).default(25)),
  RATE_LIMIT_PER_MIN: z.preprocess(unset, Int(1, 1_000_000).default(1000)),
  APP_ORIGIN: z.preprocess(unset, Origin.optional()),
  SEED_DEMO: z.preprocess(unset, Flag.optional()),
  TERMS_ACCEPTED: z.preprocess(unset, Flag.default(true)),
  NODE_ENV: z.preprocess(unset, z.enum(['development', 'production', 'test']).default('development')),
  DIST_DIR: z.preprocess(unset, z.string().default('./dist')),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the data folder (database and stored files). */
  dataDir: string;
  maxUploadMb: number;
  rateLimitPerMin: number;
  /** The app's origin for the Origin check; null = the request's own `protocol://host`. */
  appOrigin: string | null;
  /** Whether to load the demo data into a new database (default: yes, except in production). */
  seedDemo: boolean;
  termsAccepted: boolean;
  nodeEnv: 'development' | 'production' | 'test';
  distDir: string;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    maxUploadMb: e.MAX_UPLOAD_MB,
    rateLimitPerMin: e.RATE_LIMIT_PER_MIN,
    appOrigin: e.APP_ORIGIN?.replace(/\/$/, '') ?? null,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    termsAccepted: e.TERMS_ACCEPTED,
    nodeEnv: e.NODE_ENV,
    distDir: path.resolve(e.DIST_DIR),
  };
}
