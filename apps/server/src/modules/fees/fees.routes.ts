import {
  clientFeeParams, clientFeeReply, errorReply, feeDataBody, feeDataReply, feeModelBody, feeModelsReply, feesQuery, monthParam, prisbasbeloppBody, yearParam,
} from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { clientFee, clientFeeDecision } from './client-fee.service.ts';
import { addFeeModel, feeSettings, getFeeData, monthFees, putFeeData, removeFeeData, setPrisbasbelopp } from './fees.service.ts';

const tags = ['fees'];
const clientParams = z.object({ client: z.string().min(1).max(200) });

/** Finance's fee endpoints: a client's income data, the fee model, and a month's fees. */
export function feeRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/clients/:client/fee-data', { schema: { tags, summary: 'A client\'s income data for the fee (finance)', params: clientParams, response: { 200: feeDataReply } } },
      async (req) => ({ client: req.params.client, ...(await getFeeData(database, actorOf(req), req.params.client)) }));

    app.put('/api/v1/clients/:client/fee-data', { schema: { tags, summary: 'Set a client\'s income data (finance)', params: clientParams, body: feeDataBody, response: { 200: feeDataReply } } },
      async (req) => ({ client: req.params.client, ...(await putFeeData(database, actorOf(req), req.params.client, req.body)) }));

    app.delete('/api/v1/clients/:client/fee-data', { schema: { tags, summary: 'Remove a client\'s income data (finance)', params: clientParams, response: { 204: z.null() } } },
      async (req, reply) => {
        await removeFeeData(database, actorOf(req), req.params.client);
        return reply.status(204).send(null);
      });

    app.get('/api/v1/clients/:client/fees/:month', { schema: { tags, summary: 'A client\'s fee of a month, read-only (case officer, admin, finance)', params: clientFeeParams, response: { 200: clientFeeReply, 403: errorReply, 404: errorReply } } },
      (req) => clientFee(database, actorOf(req), req.params.client, req.params.month));

    app.get('/api/v1/clients/:client/fees/:month/decision', { schema: { tags, summary: 'A client\'s fee decision of a month (PDF; case officer, admin, finance)', params: clientFeeParams } },
      async (req, reply) => {
        const pdf = await clientFeeDecision(database, actorOf(req), req.params.client, req.params.month);
        return reply.header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="avgiftsbeslut-${req.params.month}.pdf"`)
          .header('cache-control', 'no-store')
          .send(pdf);
      });

    app.get('/api/v1/fee-model', { schema: { tags, summary: 'The fee models with their history, and the prisbasbelopp table', response: { 200: feeModelsReply } } },
      (req) => feeSettings(database, actorOf(req)));

    app.post('/api/v1/fee-model', { schema: { tags, summary: 'A new fee model from a date (the earlier ones stay as history)', body: feeModelBody, response: { 204: z.null() } } },
      async (req, reply) => {
        await addFeeModel(database, actorOf(req), req.body);
        return reply.status(204).send(null);
      });

    app.put('/api/v1/prisbasbelopp/:year', { schema: { tags, summary: 'The prisbasbelopp of a year (admin), for years the built-in table lacks', params: yearParam, body: prisbasbeloppBody, response: { 204: z.null() } } },
      async (req, reply) => {
        await setPrisbasbelopp(database, actorOf(req), req.params.year, req.body.kronor);
        return reply.status(204).send(null);
      });

    app.get('/api/v1/fees/:month', { schema: { tags, summary: 'The month\'s fees: hemma-fees/1, csv for billing, or the fee decisions as PDF', params: z.object({ month: monthParam }), querystring: feesQuery } },
      async (req, reply) => {
        const result = await monthFees(database, actorOf(req), req.params.month, req.query.format, req.query.client);
        if (req.query.format === 'csv') return reply.header('content-type', 'text/csv; charset=utf-8').send(result);
        if (req.query.format === 'pdf') {
          return reply.header('content-type', 'application/pdf')
            .header('content-disposition', `attachment; filename="avgiftsbeslut-${req.params.month}${req.query.client ? `-${req.query.client}` : ''}.pdf"`).send(result);
        }
        return result;
      });
  };
}
