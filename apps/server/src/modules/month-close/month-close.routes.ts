import {
  deviation, deviationDecisionBody, excessParams, excessReasonBody, excessReviewBody, exportQuery, monthCloseView, monthParam, reopenBody, statementParams,
} from '@hemma/contract/api';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import {
  approveStatement, decideDeviation, exportStatementFile, giveExcessReason, paymentFile, reopenStatement, reviewExcess,
  submitStatement, viewStatement,
} from './month-close.service.ts';

const tags = ['month close'];
const base = '/api/v1/statements/:month/:provider';

/** Month close: the provider's reasons and submission, the case officer's reviews, finance's approval and exports. */
export function monthCloseRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    const view = { params: statementParams, response: { 200: monthCloseView } };

    app.get(base, { schema: { tags, summary: 'A provider\'s statement of a month, its status, adjustments and what blocks the next step', ...view } },
      (req) => viewStatement(database, actorOf(req), req.params.month, req.params.provider));

    app.put(`${base}/excess/:client/reason`, {
      schema: { tags, summary: 'The provider\'s reason for a client\'s excess time', params: excessParams, body: excessReasonBody, response: { 200: monthCloseView } },
    }, (req) => giveExcessReason(database, actorOf(req), req.params.month, req.params.provider, req.params.client, req.body.reason));

    app.post(`${base}/submit`, { schema: { tags, summary: 'The provider submits the month', ...view } },
      (req) => submitStatement(database, actorOf(req), req.params.month, req.params.provider));

    app.post(`${base}/excess/:client/review`, {
      schema: { tags, summary: 'The case officer approves or rejects excess time (approved excess is paid next month)', params: excessParams, body: excessReviewBody, response: { 204: z.null() } },
    }, async (req, reply) => {
      await reviewExcess(database, actorOf(req), req.params.month, req.params.provider, req.params.client, req.body.decision, req.body.reason);
      return reply.status(204).send(null);
    });

    app.post(`${base}/approve`, { schema: { tags, summary: 'Finance approves and locks the statement', ...view } },
      (req) => approveStatement(database, actorOf(req), req.params.month, req.params.provider));

    app.post(`${base}/reopen`, { schema: { tags, summary: 'Finance sends a submitted statement back to the provider, saying why', ...view, body: reopenBody } },
      (req) => reopenStatement(database, actorOf(req), req.params.month, req.params.provider, req.body.reason));

    app.get(`${base}/export`, { schema: { tags, summary: 'The locked statement as a workbook or PDF (marks it exported)', params: statementParams, querystring: exportQuery } },
      async (req, reply) => {
        const file = await exportStatementFile(database, actorOf(req), req.params.month, req.params.provider, req.query.format);
        const type = req.query.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="ersattning-${req.params.provider}-${req.params.month}.${req.query.format}"`)
          .send(file);
      });

    app.get('/api/v1/statements/:month/payments.csv', {
      schema: { tags, summary: 'The payment file of the month: provider, org. number, month, amount in kronor', params: z.object({ month: monthParam }) },
    }, async (req, reply) => {
      const csv = await paymentFile(database, actorOf(req), req.params.month);
      return reply.header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="utbetalning-${req.params.month}.csv"`).send(csv);
    });

    app.post('/api/v1/deviations/:id/decision', {
      schema: { tags, summary: 'The case officer approves or rejects a deviation from granted time (a rejection needs a reason)', params: z.object({ id: z.string().min(1).max(200) }), body: deviationDecisionBody, response: { 200: deviation } },
    }, (req) => decideDeviation(database, actorOf(req), req.params.id, req.body.decision, req.body.reason));
  };
}
