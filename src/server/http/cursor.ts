import { z } from 'zod';
import { sha256Hex } from '../crypto';
import type { KeyPosition } from '../store/keyset';
import { badRequest } from './errors';

/*
 * The opaque cursor: base64url JSON of the last row's (sort value, id) and a hash of the filters it was made
 * for. A cursor replayed with other filters or sort would silently skip or repeat rows, so it is a 400.
 */
const CursorShape = z.object({
  v: z.union([z.string(), z.number()]),
  id: z.number().int().positive(),
  f: z.string(),
});

/** Filters minus paging parameters, in a canonical form (sorted keys, sorted arrays). */
export function filterHash(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .filter(
      (k) => !['cursor', 'size', 'includeTotalCount', 'expand[]'].includes(k) && filters[k] !== undefined,
    )
    .sort()
    .map((k) => {
      const v: unknown = filters[k];
      return [k, Array.isArray(v) ? v.map((item: unknown) => String(item)).sort() : v];
    });
  return sha256Hex(JSON.stringify(canonical)).slice(0, 16);
}

export function encodeCursor(pos: KeyPosition | null, hash: string): string | null {
  if (!pos) return null;
  return Buffer.from(JSON.stringify({ v: pos.value, id: pos.id, f: hash })).toString('base64url');
}

export function decodeCursor(raw: string | undefined, hash: string): KeyPosition | undefined {
  if (raw === undefined) return undefined;
  let parsed: z.infer<typeof CursorShape>;
  try {
    parsed = CursorShape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
  } catch {
    throw badRequest([{ path: 'cursor', message: 'This cursor is not valid' }]);
  }
  if (parsed.f !== hash) {
    throw badRequest([{ path: 'cursor', message: 'This cursor belongs to other filters or another sort' }]);
  }
  return { value: parsed.v, id: parsed.id };
}

/** API.md's list body; `totalCount` only when asked for on the first page. */
export function pageBody<T>(data: T[], cursor: string | null, totalCount?: number) {
  return { data, pagination: totalCount === undefined ? { cursor } : { cursor, totalCount } };
}
