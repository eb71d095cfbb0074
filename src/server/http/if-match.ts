import { badRequest } from './errors';
import type { ListMode } from '../domain/merge-soc-form';

/**
 * `If-Match: "<version>"` (API.md, Concurrency). Absent → the write goes through, as on Drata. `*` matches
 * any version; a weak tag compares by its value. Anything else that is not the current version → conflict.
 */
export function ifMatchOk(header: string | string[] | undefined, version: number): boolean {
  if (header === undefined) return true;
  const tags = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim());
  return tags.some((tag) => tag === '*' || tag.replace(/^W\//, '') === `"${version}"`);
}

/** `X-List-Mode: replace` swaps lists; absent (or `append`) appends. A typo is an error, never a guess. */
export function listModeOf(header: string | string[] | undefined): ListMode {
  if (header === undefined) return 'append';
  const value = (Array.isArray(header) ? header[0] : header)?.trim().toLowerCase();
  if (value === 'replace' || value === 'append') return value;
  throw badRequest([{ path: 'X-List-Mode', message: 'Must be replace or append' }]);
}
