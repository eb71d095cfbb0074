import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from '../../api-client';
import { ApiKeyList, CreatedApiKey } from '../../contract/api-keys';
import { api } from '../../paths';

/** [extension] The API keys of the embedded server (managers only; GET /auth/me says who may). */
export const apiKeyQueries = {
  all: () => ['api-keys'] as const,
  list: () =>
    queryOptions({
      queryKey: ['api-keys', 'list'] as const,
      queryFn: ({ signal }) => request(api.apiKeys(), ApiKeyList, { signal }),
    }),
};

export function createApiKey(name: string) {
  return request(api.apiKeys(), CreatedApiKey, { method: 'POST', body: { name } });
}

export function revokeApiKey(id: number) {
  return request(api.apiKey(id), z.unknown(), { method: 'DELETE' });
}
