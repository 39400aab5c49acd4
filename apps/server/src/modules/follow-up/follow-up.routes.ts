import { errorReply, excessReviewListQuery, excessReviewListReply, followUpParams, followUpReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { excessForReview, followUp } from './follow-up.service.ts';

const tags = ['office'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

/** The case officer's follow-up of her district; excess is decided at POST /statements/:month/:provider/excess/:client/review. */
export function followUpRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/follow-up/:month', { schema: { tags, summary: 'Ordered, performed and paid minutes, excess and deviations per client of your scope and provider (statement lines)', params: followUpParams, response: { 200: followUpReply, ...errors } } },
      (req) => followUp(database, actorOf(req), req.params.month));

    app.get('/api/v1/follow-up/:month/excess', { schema: { tags, summary: 'Excess time of the month to review, with the visits behind it', params: followUpParams, querystring: excessReviewListQuery, response: { 200: excessReviewListReply, ...errors } } },
      async (req) => ({ month: req.params.month, excess: await excessForReview(database, actorOf(req), req.params.month, req.query.status) }));
  };
}
