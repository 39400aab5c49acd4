import { errorReply, orderParams, plan, planCreateBody, planListReply, planParams, planPatchBody } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createPlan, listPlans, patchPlan } from './plans.service.ts';

const tags = ['plans'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

/** Genomförandeplaner of an order, with their recurring visits. */
export function planRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/orders/:id/plans', { schema: { tags, summary: 'The plans of an order (its provider, the case officer of the district, admin)', params: orderParams, response: { 200: planListReply, ...errors } } },
      async (req) => ({ plans: await listPlans(database, actorOf(req), req.params.id) }));

    app.post('/api/v1/orders/:id/plans', { schema: { tags, summary: 'A plan with its recurring visits (provider manager of the order\'s provider)', params: orderParams, body: planCreateBody, response: { 201: plan, ...errors } } },
      async (req, reply) => reply.status(201).send(await createPlan(database, actorOf(req), req.params.id, req.body)));

    app.patch('/api/v1/orders/:id/plans/:planId', { schema: { tags, summary: 'Change a plan; visits, when given, replace its recurring visits (provider manager)', params: planParams, body: planPatchBody, response: { 200: plan, ...errors } } },
      (req) => patchPlan(database, actorOf(req), req.params.id, req.params.planId, req.body));
  };
}
