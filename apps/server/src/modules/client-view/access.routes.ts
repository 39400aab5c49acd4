import { accessParams, clientAccess, clientAccessCreateBody, clientAccessListReply, clientParams, enrolmentCodeReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createAccess, endAccess, listAccess, newCode } from './access.service.ts';

const TAGS = ['client view'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

/** Access to the client's own view, managed from the client's page. */
export function clientAccessRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/clients/:id/access', {
      schema: { tags: TAGS, summary: 'Who has access to the client\'s own view: her account and her relatives\', with consent', params: clientParams, response: { 200: clientAccessListReply, ...errors } },
    }, async (req) => ({ access: await listAccess(database, actorOf(req), req.params.id) }));

    app.post('/api/v1/clients/:id/access', {
      schema: { tags: TAGS, summary: 'Give the client or a relative (with the client\'s consent) access; answers the one-time code to hand over', params: clientParams, body: clientAccessCreateBody, response: { 201: enrolmentCodeReply, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createAccess(database, actorOf(req), req.params.id, req.body)));

    app.post('/api/v1/client-access/:id/code', {
      schema: { tags: TAGS, summary: 'Reset: a new one-time code; the account\'s passkeys are removed', params: accessParams, response: { 200: enrolmentCodeReply, ...errors } },
    }, (req) => newCode(database, actorOf(req), req.params.id));

    app.post('/api/v1/client-access/:id/end', {
      schema: { tags: TAGS, summary: 'End the access: the account reaches nothing from now on', params: accessParams, response: { 200: clientAccess, ...errors } },
    }, (req) => endAccess(database, actorOf(req), req.params.id));
  };
}
