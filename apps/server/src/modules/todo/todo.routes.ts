import { errorReply, todoQuery, todoReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { todo } from './todo.service.ts';

const tags = ['office'];

/** "Att göra": the start page of every office role. */
export function todoRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/todo', { schema: { tags, summary: 'What waits for you, grouped by kind (depends on your role)', querystring: todoQuery, response: { 200: todoReply, 400: errorReply } } },
      async (req) => ({ groups: await todo(database, actorOf(req), req.query.month) }));
  };
}
