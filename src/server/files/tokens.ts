import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a download token points at: a vendor document or one file of a questionnaire. */
export type FileTokenKind = 'document' | 'questionnaireFile';
export interface FileTokenPayload {
  kind: FileTokenKind;
  id: number;
  /** Unix milliseconds. */
  expiresAt: number;
}

export const TOKEN_VALIDITY_MS = 10 * 60 * 1000;
const KIND_CODES: Record<FileTokenKind, string> = { document: 'd', questionnaireFile: 'q' };

/** The HMAC key: 32 random bytes in `${dataDir}/secret` (mode 600), made once and kept across restarts. */
export async function loadOrCreateSecret(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, 'secret');
  try {
    const existing = await readFile(path);
    if (existing.length >= 32) return existing;
    throw new Error(`${path} is shorter than 32 bytes: delete it to make a new one`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(path, randomBytes(32), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    // Another process made it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readFile(path);
}

function mac(secret: Buffer, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** `<kind>.<id>.<expiresAt base36>.<hmac base64url>`: URL-safe, no padding. */
export function signToken(
  secret: Buffer,
  target: { kind: FileTokenKind; id: number },
  now: number = Date.now(),
): { token: string; expiresAt: number } {
  const expiresAt = now + TOKEN_VALIDITY_MS;
  const body = `${KIND_CODES[target.kind]}.${target.id}.${expiresAt.toString(36)}`;
  return { token: `${body}.${mac(secret, body).toString('base64url')}`, expiresAt };
}

/** The payload of a genuine, unexpired token; null for anything else (forged, altered, expired, malformed). */
export function verifyToken(
  secret: Buffer,
  token: string,
  now: number = Date.now(),
): FileTokenPayload | null {
  const match = /^([dq])\.([1-9][0-9]{0,9})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, code, idText, expText, sig] = match as unknown as [string, string, string, string, string];
  const expected = mac(secret, `${code}.${idText}.${expText}`);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = parseInt(expText, 36);
  if (!(expiresAt > now)) return null;
  return { kind: code === 'd' ? 'document' : 'questionnaireFile', id: Number(idText), expiresAt };
}

/** The app-relative download URL of operation 15. */
export function downloadPath(token: string): string {
  return `/files/${token}`;
}
