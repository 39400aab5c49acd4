import {
  clientCreateBody, clientDetail, clientListQuery, clientListReply, clientParams, clientPatchBody, errorReply,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { createClient, getClient, listClients, patchClient } from './clients.service.ts';

const tags = ['clients'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

export function clientRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/clients',
      { schema: { tags, summary: 'The clients in your scope (each one shown is logged as read)', querystring: clientListQuery, response: { 200: clientListReply } } },
      async (req) => {
        const { limit, offset } = req.query;
        return { clients: await listClients(database, actorOf(req), { limit, offset }), limit, offset };
      },
    );

    // Out of scope answers exactly like nonexistent (404), so ids cannot be probed.
    app.get(
      '/api/v1/clients/:id',
      { schema: { tags, summary: 'One client in your scope', params: clientParams, response: { 200: clientDetail, 404: errorReply } } },
      (req) => getClient(database, actorOf(req), req.params.id),
    );

    app.post(
      '/api/v1/clients',
      { schema: { tags, summary: 'Register a client (case officer in her district, admin)', body: clientCreateBody, response: { 201: clientDetail, ...errors } } },
      async (req, reply) => reply.status(201).send(await createClient(database, actorOf(req), req.body)),
    );

    app.patch(
      '/api/v1/clients/:id',
      {
        schema: {
          tags,
          summary: 'Change a client: name, address, district (case officer, admin); contact person and life story (also the provider manager)',
          params: clientParams,
          body: clientPatchBody,
          response: { 200: clientDetail, ...errors },
        },
      },
      (req) => patchClient(database, actorOf(req), req.params.id, req.body),
    );
  };
}
