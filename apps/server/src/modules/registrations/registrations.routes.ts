import { errorReply, registrationBatchBody, registrationBatchReply, tagFlagListQuery, tagFlagListReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { listFlags } from './flags.repository.ts';
import { answerRefusals } from './refusal.ts';
import { ingestBatch } from './registrations.service.ts';

const tags = ['registrations'];

export function registrationRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.setErrorHandler(answerRefusals);
    app.post(
      '/api/v1/registrations',
      {
        // A full batch of 500 is about 150 kB; leave room, refuse more before parsing it.
        bodyLimit: 1024 * 1024,
        schema: {
          tags,
          summary: 'Store a batch of registrations from a phone: idempotent, all or nothing, committed before the reply',
          body: registrationBatchBody,
          response: { 200: registrationBatchReply, 403: errorReply, 404: errorReply, 409: errorReply, 422: errorReply },
        },
      },
      (req) => ingestBatch(database, actorOf(req), req.body.registrations),
    );

    app.get(
      '/api/v1/tag-flags',
      {
        schema: { tags, summary: 'Reads that look like a moved NFC tag, newest first', querystring: tagFlagListQuery, response: { 200: tagFlagListReply } },
      },
      async (req) => {
        const { staff, client, limit, offset } = req.query;
        return { flags: await listFlags(database.db, actorOf(req), { staff, client, limit, offset }), limit, offset };
      },
    );
  };
}
