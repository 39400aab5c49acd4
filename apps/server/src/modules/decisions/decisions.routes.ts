import { clientParams, decision, decisionCreateBody, decisionListReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createDecision, listDecisions } from './decisions.service.ts';

const tags = ['decisions'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

/** Biståndsbeslut of a client. */
export function decisionRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/clients/:id/decisions',
      { schema: { tags, summary: 'A client\'s decisions (case officer of the district, admin, finance)', params: clientParams, response: { 200: decisionListReply, ...errors } } },
      async (req) => ({ decisions: await listDecisions(database, actorOf(req), req.params.id) }),
    );

    app.post(
      '/api/v1/clients/:id/decisions',
      {
        schema: {
          tags,
          summary: 'A new decision: granted hours per service area and month, validity, double staffing (case officer of the district)',
          params: clientParams,
          body: decisionCreateBody,
          response: { 201: decision, ...errors },
        },
      },
      async (req, reply) => reply.status(201).send(await createDecision(database, actorOf(req), req.params.id, req.body)),
    );
  };
}
