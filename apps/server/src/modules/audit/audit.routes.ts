import { auditSearchQuery, auditSearchReply, auditVerifyReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchAudit } from '../../audit/audit.service.ts';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import type { AuditConfig } from '../../config.ts';
import { chainState } from './audit-verify.service.ts';

/** The review view of the audit log (DOMAIN.md §6), for admins of the municipality. */
export function auditRoutes(database: Database, audit?: AuditConfig): FastifyPluginAsyncZod {
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
        const { client, user, action, from, to, limit, cursor } = req.query;
        return searchAudit(database.db, actorOf(req), { clientId: client, userId: user, action, from, to, limit, cursor });
      },
    );

    app.get(
      '/api/v1/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: "Verify the municipality's chain now, with the checkpoints and signatures when the server has the key (admin)",
          response: { 200: auditVerifyReply, 403: errorReply },
        },
      },
      (req) => chainState(database, actorOf(req), audit ?? null),
    );
  };
}
