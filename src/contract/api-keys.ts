import { z } from 'zod';
import { Role } from './enums';
import { Id, IsoDateTime } from './primitives';

/*
 * [extension, ours] API keys for scripts, managed by managers (permission `api-keys-manage`):
 * GET /auth/api-keys, POST /auth/api-keys {name} (the secret is in that answer only), DELETE /auth/api-keys/:id.
 */
export const ApiKeyOwner = z.object({
  id: Id,
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: Role,
});
export type ApiKeyOwner = z.infer<typeof ApiKeyOwner>;

export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  /** The first characters of the secret, to tell keys apart; the rest is never stored. */
  prefix: z.string(),
  createdAt: IsoDateTime,
  lastUsedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
  owner: ApiKeyOwner,
});
export type ApiKey = z.infer<typeof ApiKey>;

export const ApiKeyList = z.object({ data: z.array(ApiKey) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

export const API_KEY_NAME_MAX = 100;

export const CreateApiKeyRequest = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name')
    .max(API_KEY_NAME_MAX, `Must be at most ${API_KEY_NAME_MAX} characters`),
});
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

/** The 201 answer: the key and, this once, its full secret. */
export const CreatedApiKey = ApiKey.extend({ key: z.string() });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
