import { clientParams, errorReply, inboxReply, message, messageCreateBody, messageListQuery, messageListReply, messageReadBody } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { inbox, listMessages, markRead, postMessage } from './messages.service.ts';

const tags = ['messages'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply };

/** The ordering dialogue about a client (case officer of the district, the client's provider manager). */
export function messageRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/clients/:id/messages', { schema: { tags, summary: 'The dialogue about a client (a provider sees its own)', params: clientParams, querystring: messageListQuery, response: { 200: messageListReply, ...errors } } },
      async (req) => ({ messages: await listMessages(database, actorOf(req), req.params.id, req.query.providerId) }));

    app.post('/api/v1/clients/:id/messages', { schema: { tags, summary: 'Write to the other party about a client or one of her orders', params: clientParams, body: messageCreateBody, response: { 201: message, ...errors } } },
      async (req, reply) => reply.status(201).send(await postMessage(database, actorOf(req), req.params.id, req.body)));

    app.post('/api/v1/clients/:id/messages/read', { schema: { tags, summary: 'Mark the dialogue about a client read for you (a case officer may name one provider\'s thread)', params: clientParams, body: messageReadBody, response: { 200: inboxReply, ...errors } } },
      async (req) => ({ threads: await markRead(database, actorOf(req), req.params.id, req.body.providerId) }));

    app.get('/api/v1/messages/inbox', { schema: { tags, summary: 'Your dialogues across your clients, newest first, with unread counts', response: { 200: inboxReply, ...errors } } },
      async (req) => ({ threads: await inbox(database, actorOf(req)) }));
  };
}
