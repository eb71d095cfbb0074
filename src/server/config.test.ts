import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.resolve('./data'),
      maxUploadMb: 25,
      rateLimitPerMin: 1000,
      appOrigin: null,
      seedDemo: true,
      termsAccepted: true,
      nodeEnv: 'development',
      distDir: path.resolve('./dist'),
    });
  });

  it('reads every variable; empty means unset', () => {
    const c = loadConfig({
      PORT: '3123',
      HOST: '0.0.0.0',
      DATA_DIR: '/tmp/x',
      MAX_UPLOAD_MB: '5',
      RATE_LIMIT_PER_MIN: '60',
      APP_ORIGIN: 'https://soc.example.com/',
      SEED_DEMO: 'false',
      TERMS_ACCEPTED: '0',
      NODE_ENV: 'test',
      DIST_DIR: '',
    });
    expect(c).toMatchObject({
      port: 3123,
      host: '0.0.0.0',
      dataDir: '/tmp/x',
      maxUploadMb: 5,
      rateLimitPerMin: 60,
      appOrigin: 'https://soc.example.com',
      seedDemo: false,
      termsAccepted: false,
      distDir: path.resolve('./dist'),
    });
  });

  it('no demo seed in production unless SEED_DEMO=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MAX_UPLOAD_MB: '0' }, 'MAX_UPLOAD_MB'],
    [{ RATE_LIMIT_PER_MIN: '1.5' }, 'RATE_LIMIT_PER_MIN'],
    [{ APP_ORIGIN: 'soc.example.com' }, 'APP_ORIGIN'],
    [{ APP_ORIGIN: 'https://soc.example.com/app' }, 'APP_ORIGIN'],
    [{ SEED_DEMO: 'yes' }, 'SEED_DEMO'],
    [{ TERMS_ACCEPTED: 'maybe' }, 'TERMS_ACCEPTED'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('a bad value stops start-up with a message naming it: %j', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*${name}:`));
  });
});
