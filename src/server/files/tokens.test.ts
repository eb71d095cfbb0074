import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_VALIDITY_MS, downloadPath, loadOrCreateSecret, signToken, verifyToken } from './tokens';
import { tempDataDir } from './test-helpers';

let dataDir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dataDir, remove } = await tempDataDir()));
afterEach(() => remove());

const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);

describe('download tokens', () => {
  it('creates the secret once (32 bytes, mode 600) and reuses it', async () => {
    const first = await loadOrCreateSecret(dataDir);
    expect(first.length).toBe(32);
    expect((await stat(join(dataDir, 'secret'))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecret(dataDir)).toEqual(first);
  });

  it('refuses a secret file that is too short', async () => {
    await writeFile(join(dataDir, 'secret'), 'short');
    await expect(loadOrCreateSecret(dataDir)).rejects.toThrow(/shorter than 32 bytes/);
  });

  it('verifies its own token until it expires after 10 minutes', async () => {
    const secret = await loadOrCreateSecret(dataDir);
    const { token, expiresAt } = signToken(secret, { kind: 'document', id: 42 }, NOW);
    expect(expiresAt).toBe(NOW + TOKEN_VALIDITY_MS);
    expect(downloadPath(token)).toMatch(/^\/files\/[A-Za-z0-9._-]+$/);
    expect(verifyToken(secret, token, NOW + TOKEN_VALIDITY_MS - 1)).toEqual({
      kind: 'document',
      id: 42,
      expiresAt,
    });
    expect(verifyToken(secret, token, NOW + TOKEN_VALIDITY_MS)).toBeNull();
    const q = signToken(secret, { kind: 'questionnaireFile', id: 7 }, NOW).token;
    expect(verifyToken(secret, q, NOW)?.kind).toBe('questionnaireFile');
  });

  it('refuses forged, altered and foreign tokens', async () => {
    const secret = await loadOrCreateSecret(dataDir);
    const { token } = signToken(secret, { kind: 'document', id: 42 }, NOW);
    const [kind, id, exp, sig] = token.split('.') as [string, string, string, string];
    const later = (NOW + 365 * 24 * 3600 * 1000).toString(36);
    expect(verifyToken(secret, [kind, '43', exp, sig].join('.'), NOW)).toBeNull();
    expect(verifyToken(secret, [kind, id, later, sig].join('.'), NOW)).toBeNull();
    expect(verifyToken(secret, ['q', id, exp, sig].join('.'), NOW)).toBeNull();
    expect(
      verifyToken(secret, [kind, id, exp, sig.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))].join('.'), NOW),
    ).toBeNull();
    expect(verifyToken(Buffer.alloc(32, 1), token, NOW)).toBeNull();
    for (const junk of ['', 'abc', `${token}.x`, '../../etc/passwd', `${token}=`])
      expect(verifyToken(secret, junk, NOW)).toBeNull();
  });
});
