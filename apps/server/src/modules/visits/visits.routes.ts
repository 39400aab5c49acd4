import { clientParams, errorReply, visitsQuery, visitsReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { clientVisits } from './visits.service.ts';

/** A client's paired visits of a month with exceptions and corrections. */
export function visitRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/clients/:id/visits',
      {
        schema: {
          tags: ['visits'],
          summary: 'A client\'s visits of a month with their exceptions and corrections (case officer, admin, finance, her provider)',
          params: clientParams,
          querystring: visitsQuery,
          response: { 200: visitsReply, 400: errorReply, 403: errorReply, 404: errorReply },
        },
      },
      (req) => clientVisits(database, actorOf(req), req.params.id, req.query.month),
    );
  };
}
