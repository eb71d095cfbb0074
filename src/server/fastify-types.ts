import type { Permission } from '../contract/permissions';
import type { Caller } from './auth/caller';

/* Typed route config and request decorations used across the server. */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The Drata permission the route needs (enforced by the one hook in auth/guard.ts). */
    permission?: Permission;
    /** A route open to anyone (sign-in, the SPA, signed downloads). */
    auth?: 'public';
  }
  interface FastifyInstance {
    /** `METHOD url` → the declared access of every route, as registered (auth/guard.ts). */
    routeAccess: Map<string, string>;
  }
  interface FastifyRequest {
    /** Who is calling, resolved from a Bearer key or the session cookie; null when unknown. */
    caller: Caller | null;
  }
}

export {};
