import {
  errorReply, order, orderAcceptBody, orderCreateBody, orderDeclineBody, orderEndBody, orderListQuery, orderListReply, orderParams, orderPatchBody,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { acceptOrder, createOrder, declineOrder, endOrder, getOrder, listOrders, patchOrder } from './orders.service.ts';

const tags = ['orders'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

/** Orders: sent by the case officer, accepted by the chosen provider, changed and ended. */
export function orderRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/orders', { schema: { tags, summary: 'The orders in your scope (a provider sees those sent to it)', querystring: orderListQuery, response: { 200: orderListReply, ...errors } } },
      async (req) => {
        const { limit, offset } = req.query;
        return { orders: await listOrders(database, actorOf(req), req.query), limit, offset };
      });

    app.get('/api/v1/orders/:id', { schema: { tags, summary: 'One order in your scope', params: orderParams, response: { 200: order, ...errors } } },
      (req) => getOrder(database, actorOf(req), req.params.id));

    app.post('/api/v1/orders', { schema: { tags, summary: 'Send an order to the provider the client chose (case officer of the district)', body: orderCreateBody, response: { 201: order, ...errors } } },
      async (req, reply) => reply.status(201).send(await createOrder(database, actorOf(req), req.body)));

    app.post('/api/v1/orders/:id/accept', { schema: { tags, summary: 'Accept an order, optionally naming the contact person (provider manager of its provider)', params: orderParams, body: orderAcceptBody, response: { 200: order, ...errors } } },
      (req) => acceptOrder(database, actorOf(req), req.params.id, req.body.contactPersonStaffId));

    app.post('/api/v1/orders/:id/decline', { schema: { tags, summary: 'Decline an order sent to your provider, saying why (provider manager of its provider)', params: orderParams, body: orderDeclineBody, response: { 200: order, ...errors } } },
      (req) => declineOrder(database, actorOf(req), req.params.id, req.body.reason));

    app.patch('/api/v1/orders/:id', { schema: { tags, summary: 'Change an order\'s hours, dates or double staffing (case officer)', params: orderParams, body: orderPatchBody, response: { 200: order, ...errors } } },
      (req) => patchOrder(database, actorOf(req), req.params.id, req.body));

    app.post('/api/v1/orders/:id/end', { schema: { tags, summary: 'End an order on a date, inclusive (case officer)', params: orderParams, body: orderEndBody, response: { 200: order, ...errors } } },
      (req) => endOrder(database, actorOf(req), req.params.id, req.body.to));
  };
}
