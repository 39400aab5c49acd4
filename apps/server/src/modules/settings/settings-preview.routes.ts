import { bandWeekQuery, bandWeekReply, changePreviewQuery, changePreviewReply, errorReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { changesFrom, weekOfBands } from './settings-preview.service.ts';

const tags = ['settings'];

export function settingsPreviewRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get(
      '/api/v1/bands/week',
      {
        schema: {
          tags,
          summary: 'Which band holds each hour of each day of the week holding `date`, holidays marked (admin, finance)',
          querystring: bandWeekQuery,
          response: { 200: bandWeekReply, 400: errorReply, 403: errorReply },
        },
      },
      (req) => weekOfBands(database, actorOf(req), req.query.date),
    );

    app.get(
      '/api/v1/settings/changes',
      {
        schema: {
          tags,
          summary: 'Every rule and price on the day before `from` and from `from` (admin, finance)',
          querystring: changePreviewQuery,
          response: { 200: changePreviewReply, 400: errorReply, 403: errorReply },
        },
      },
      (req) => changesFrom(database, actorOf(req), req.query.from),
    );
  };
}
