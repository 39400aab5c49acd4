import { errorReply, nfcTag, nfcTagEnrolBody, nfcTagListQuery, nfcTagListReply, nfcTagParams, nfcTagReadsReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { answerRefusals } from '../registrations/refusal.ts';
import { listTags, toNfcTag } from './nfc-tags.repository.ts';
import { enrolTag, retire } from './nfc-tags.service.ts';
import { tagReads } from './tag-reads.service.ts';

const tags = ['nfc tags'];

export function nfcTagRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.setErrorHandler(answerRefusals);
    app.post(
      '/api/v1/nfc-tags',
      {
        schema: {
          tags,
          summary: 'Enrol a tag to a client (201; 200 when it already was)',
          body: nfcTagEnrolBody,
          response: { 200: nfcTag, 201: nfcTag, 404: errorReply, 409: errorReply },
        },
      },
      async (req, reply) => {
        const { tag, created } = await enrolTag(database, actorOf(req), req.body.uid, req.body.client);
        return reply.status(created ? 201 : 200).send(tag);
      },
    );

    app.post(
      '/api/v1/nfc-tags/:uid/retire',
      { schema: { tags, summary: 'Retire a tag: reads after now are refused', params: nfcTagParams, response: { 200: nfcTag, 404: errorReply } } },
      (req) => retire(database, actorOf(req), req.params.uid),
    );

    app.get(
      '/api/v1/nfc-tags/:uid/reads',
      { schema: { tags, summary: "A tag's registrations and refused reads, newest first", params: nfcTagParams, response: { 200: nfcTagReadsReply, 404: errorReply } } },
      (req) => tagReads(database, actorOf(req), req.params.uid),
    );

    app.get(
      '/api/v1/nfc-tags',
      { schema: { tags, summary: 'The tags of the clients in your scope', querystring: nfcTagListQuery, response: { 200: nfcTagListReply } } },
      async (req) => {
        const { client, active, limit, offset } = req.query;
        const rows = await listTags(database.db, actorOf(req), { client, activeOnly: active === 'true', limit, offset });
        return { tags: rows.map(toNfcTag), limit, offset };
      },
    );
  };
}
