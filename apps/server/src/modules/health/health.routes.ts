import { healthReply } from '@hemma/contract/api';
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/connect.ts';

export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['health'], summary: 'Is the server up and its database reachable?', response: { 200: healthReply } } },
      async () => {
        await sql`select 1`.execute(database.db);
        return { status: 'ok' as const, database: database.kind };
      },
    );
  };
}
