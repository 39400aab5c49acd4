import { deviation, deviationCreateBody, deviationListQuery, deviationListReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { listDeviations, reportDeviation } from './deviations.service.ts';

const tags = ['deviations'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

/** Reports of deviations from granted time; their decision is in month close. */
export function deviationRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.post('/api/v1/deviations', { schema: { tags, summary: 'Report a deviation from granted time (provider manager)', body: deviationCreateBody, response: { 201: deviation, ...errors } } },
      async (req, reply) => reply.status(201).send(await reportDeviation(database, actorOf(req), req.body)));

    app.get('/api/v1/deviations', { schema: { tags, summary: 'The deviations of a month in your scope', querystring: deviationListQuery, response: { 200: deviationListReply, ...errors } } },
      async (req) => ({ deviations: await listDeviations(database, actorOf(req), req.query.month) }));
  };
}
