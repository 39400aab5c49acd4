import { monthBoard, monthParam } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { monthBoard as board } from './board.ts';

/** Finance's month-close board. */
export function monthBoardRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/month-close/:month', {
      schema: { tags: ['month close'], summary: 'Every provider\'s statement of the month: state, total and what blocks it, with who must act', params: z.object({ month: monthParam }), response: { 200: monthBoard } },
    }, (req) => board(database, actorOf(req), req.params.month));
  };
}
