import { auditSearchQuery, auditSearchReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchAudit } from '../../audit/audit.service.ts';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';

/** The review view of the audit log (DOMAIN.md §6), for admins of the municipality. */
export function auditRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Search the audit log by client, user and period, newest first (admin)',
          querystring: auditSearchQuery,
          response: { 200: auditSearchReply, 400: errorReply, 403: errorReply },
        },
      },
      // The service checks the role again and logs the search itself: a read of who saw whom.
      async (req) => {
        const { client, user, from, to, limit, cursor } = req.query;
        return searchAudit(database.db, actorOf(req), { clientId: client, userId: user, from, to, limit, cursor });
      },
    );
  };
}
