import { hash, randomBytes } from 'node:crypto';

/** SHA-256 as hex (one-shot: per request on the caller cache's path, 2–3× cheaper than createHash). */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** An unguessable token (256 bits), URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
