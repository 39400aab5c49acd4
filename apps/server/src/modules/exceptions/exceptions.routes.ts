import { errorReply, exceptionListQuery, exceptionListReply, exceptionResolveBody, exceptionResolveReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { listExceptions, resolveExceptions } from './exceptions.service.ts';

const tags = ['office'];
const errors = { 400: errorReply, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply };

/** The provider manager's exceptions of a month and their resolution by correction registrations. */
export function exceptionRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/exceptions', { schema: { tags, summary: 'Your provider\'s unresolved exceptions of a month, from its statement', querystring: exceptionListQuery, response: { 200: exceptionListReply, ...errors } } },
      async (req) => ({ month: req.query.month, exceptions: await listExceptions(database, actorOf(req), req.query.month) }));

    app.post('/api/v1/exceptions/resolve', { schema: { tags, summary: 'Resolve one or several exceptions, each by correction registrations with a reason (all or nothing)', body: exceptionResolveBody, response: { 200: exceptionResolveReply, ...errors } } },
      (req) => resolveExceptions(database, actorOf(req), req.body.month, req.body.resolutions));
  };
}
