import type { FastifyInstance } from 'fastify';
import {
  CreateApiKeyRequest,
  type ApiKey,
  type ApiKeyList,
  type CreatedApiKey,
} from '../../contract/api-keys';
import { requireCaller } from '../auth/caller';
import { notFound } from '../http/errors';
import { parseBody, parseId } from '../http/validate';
import {
  findApiKeyById,
  insertApiKey,
  listApiKeys,
  NEW_KEY_PREFIX_LENGTH,
  newApiKeySecret,
  revokeApiKey,
  type ApiKeyRow,
} from '../store/api-keys';
import type { Db } from '../store/db';
import { findUserById } from '../store/users';

function keyView(db: Db, row: ApiKeyRow): ApiKey {
  const owner = findUserById(db, row.userId);
  if (!owner) throw new Error(`API key ${row.id} has no owner`);
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    owner: {
      id: owner.id,
      email: owner.email,
      firstName: owner.firstName,
      lastName: owner.lastName,
      role: owner.role,
    },
  };
}

/**
 * [extension, ours] API keys, for managers. A new key acts as the manager who created it; its secret is in the
 * 201 answer only (stored as a hash). A revoked key answers 401 from the next request on.
 */
export function apiKeyRoutes(app: FastifyInstance, deps: { db: Db; now: () => Date }): void {
  const { db, now } = deps;
  const permission = 'api-keys-manage';

  app.get('/auth/api-keys', { config: { permission } }, async (): Promise<ApiKeyList> => {
    return { data: listApiKeys(db).map((row) => keyView(db, row)) };
  });

  app.post('/auth/api-keys', { config: { permission } }, async (request, reply) => {
    const body = parseBody(CreateApiKeyRequest, request.body);
    const secret = newApiKeySecret();
    const id = insertApiKey(
      db,
      requireCaller(request).user.id,
      body.name,
      secret,
      now().toISOString(),
      NEW_KEY_PREFIX_LENGTH,
    );
    const row = findApiKeyById(db, id);
    if (!row) throw new Error('The new API key was not stored');
    const created: CreatedApiKey = { ...keyView(db, row), key: secret };
    // The only answer that ever carries the secret: no cache may keep it.
    return reply.code(201).header('cache-control', 'no-store').send(created);
  });

  app.delete<{ Params: { id: string } }>(
    '/auth/api-keys/:id',
    { config: { permission } },
    async (request, reply) => {
      if (!revokeApiKey(db, parseId(request.params.id), now().toISOString())) throw notFound();
      return reply.code(204).send();
    },
  );
}
