import { errorReply, monthParam, reportFromParams, reportMonthParams, reportQuery, reportReply, reportTrendParams, reportTrendReply } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError } from '../../errors.ts';
import { REPORT_NAMES } from './report-kinds.ts';
import { readTrend } from './report-trend.ts';
import { readReport } from './reports.service.ts';

const tags = ['reports'];
const responses = { 200: reportReply, 400: errorReply, 403: errorReply, 404: errorReply };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Content type and file name of an export; json replies go through the schema. */
function exportHeaders(name: string, period: string, result: string | Buffer): Record<string, string> {
  return typeof result === 'string'
    ? { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}-${period}.csv"` }
    : { 'content-type': XLSX, 'content-disposition': `attachment; filename="${name}-${period}.xlsx"` };
}

/** One route per report: /api/v1/reports/<name>/<month>, and the 14-day indicator by its first day. */
export function reportRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.get('/api/v1/reports/continuity-14/:from', {
      schema: { tags, summary: 'The national 14-day continuity indicator from a date, narrowed to the reader (json, csv or xlsx)', params: reportFromParams, querystring: reportQuery, response: responses },
    }, async (req, reply) => {
      const result = await readReport(database, actorOf(req), 'continuity-14', req.params.from, req.query.format);
      if (typeof result === 'string' || Buffer.isBuffer(result)) return reply.headers(exportHeaders('continuity-14', req.params.from, result)).send(result as never);
      return result;
    });
    app.get('/api/v1/reports/trend/:name/:period', {
      schema: {
        tags,
        summary: "A report's main figure over the 12 months (for continuity-14 the 12 periods from the same day of each month) ending with this one, the reader's own beside the municipality's",
        params: reportTrendParams,
        response: { 200: reportTrendReply, 400: errorReply, 403: errorReply },
      },
    }, (req) => {
      const { name, period } = req.params;
      const checked = (name === 'continuity-14' ? reportFromParams.shape.from : monthParam).safeParse(period);
      if (!checked.success) throw new InvalidError(checked.error.issues[0]?.message ?? 'bad period', '/params/period');
      return readTrend(database, actorOf(req), name, period);
    });
    for (const name of REPORT_NAMES) {
      if (name === 'continuity-14') continue;
      app.get(`/api/v1/reports/${name}/:month`, {
        schema: { tags, summary: `The ${name} report of a month, narrowed to the reader (json, csv or xlsx)`, params: reportMonthParams, querystring: reportQuery, response: responses },
      }, async (req, reply) => {
        const result = await readReport(database, actorOf(req), name, req.params.month, req.query.format);
        if (typeof result === 'string' || Buffer.isBuffer(result)) return reply.headers(exportHeaders(name, req.params.month, result)).send(result as never);
        return result;
      });
    }
  };
}
