import { errorReply, feeDecisionParams, myMessageBody, myMessageReply, myOverviewReply, myVisitRequestBody, visitRequest, visitRequestDecisionBody, visitRequestListQuery, visitRequestListReply, visitRequestParams } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import { answerRefusals } from '../registrations/refusal.ts';
import type { Database } from '../../db/connect.ts';
import { myFeeDecision, myOverview, sendMyMessage } from './my-view.service.ts';
import { askVisitChange, decideVisitRequest, listVisitRequests } from './visit-requests.service.ts';

const TAGS = ['client view'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

/** The client's own view (client and relative accounts) and the provider's answers to her requests. */
export function myViewRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    // A confirmed cancellation goes through the registrations engine, whose refusals (a staff
    // member of another provider) carry their own status and path.
    app.setErrorHandler(answerRefusals);
    app.get('/api/v1/my/overview', {
      schema: { tags: TAGS, summary: 'My plan, coming and past visits, granted and used time, fee and requests', response: { 200: myOverviewReply, ...errors } },
    }, (req) => myOverview(database, actorOf(req)));

    app.get('/api/v1/my/fee-decisions/:month', {
      schema: { tags: TAGS, summary: 'My fee decision of a month (PDF)', params: feeDecisionParams },
    }, async (req, reply) => {
      const pdf = await myFeeDecision(database, actorOf(req), req.params.month);
      return reply.header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="avgiftsbeslut-${req.params.month}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    });

    app.post('/api/v1/my/messages', {
      schema: { tags: TAGS, summary: 'A message to my provider or my case officer, in my dialogue', body: myMessageBody, response: { 201: myMessageReply, ...errors } },
    }, async (req, reply) => {
      await sendMyMessage(database, actorOf(req), req.body.to, req.body.body);
      return reply.status(201).send({ sent: true as const });
    });

    app.post('/api/v1/my/visit-requests', {
      schema: { tags: TAGS, summary: 'Ask to move or cancel one of my coming visits', body: myVisitRequestBody, response: { 201: visitRequest, ...errors } },
    }, async (req, reply) => reply.status(201).send(await askVisitChange(database, actorOf(req), req.body)));

    app.get('/api/v1/visit-requests', {
      schema: { tags: TAGS, summary: 'Clients\' requests to move or cancel visits (provider manager: her provider\'s; case officer: her district\'s)', querystring: visitRequestListQuery, response: { 200: visitRequestListReply, ...errors } },
    }, async (req) => ({ requests: await listVisitRequests(database, actorOf(req), req.query.status) }));

    app.post('/api/v1/visit-requests/:id/decision', {
      schema: { tags: TAGS, summary: 'Confirm or decline a request; a confirmed cancellation is registered as declined in advance', params: visitRequestParams, body: visitRequestDecisionBody, response: { 200: visitRequest, ...errors } },
    }, (req) => decideVisitRequest(database, actorOf(req), req.params.id, req.body));
  };
}
