import { XLSX_CONTENT_TYPE, whatIfQuery, whatIfReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { whatIf } from './what-if.service.ts';
import { whatIfXlsx } from './what-if.xlsx.ts';

const tags = ['what if'];

/** What if (konsekvensanalys): the real months beside the same months under changed rules; writes nothing. */
export function whatIfRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/what-if', {
      schema: { tags, summary: 'Statements and fees of one or more months, real and under changed rules, per provider, district and client', querystring: whatIfQuery, response: { 200: whatIfReply } },
    }, (req) => whatIf(database, actorOf(req), req.query.months, req.query.changes));

    app.get('/api/v1/what-if.xlsx', { schema: { tags, summary: 'The same comparison as a workbook', querystring: whatIfQuery } }, async (req, reply) => {
      const actor = actorOf(req);
      const result = await whatIf(database, actor, req.query.months, req.query.changes);
      return reply.header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="konsekvensanalys-${result.months[0]}.xlsx"`)
        .send(await whatIfXlsx(result, actor.municipalityId));
    });
  };
}
