import { deviationImportQuery, deviationImportReply, errorReply, XLSX_CONTENT_TYPE } from '@hemma/contract/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/require-role.ts';
import type { Database } from '../../db/connect.ts';
import { importDeviations } from './deviation-import.service.ts';

const tags = ['deviations'];
/** A provider's month of deviations is a few hundred rows; this leaves room for years of them. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The deviation spreadsheet of the granted-time model, previewed and then confirmed. */
export function deviationImportRoutes(database: Database): FastifyPluginAsyncZod {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    // The workbook arrives as the body itself; only this plugin's routes read it as bytes.
    app.addContentTypeParser([XLSX_CONTENT_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_req, body, done) => done(null, body));

    app.post('/api/v1/deviations/import', {
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: 'Import deviations from the xlsx sheet (A personnummer, B month, C minutes, D reason code, E comment; row 1 a header): preview, or confirm to store all rows at once',
        querystring: deviationImportQuery,
        response: { 200: deviationImportReply, 400: errorReply, 403: errorReply, 422: errorReply },
      },
    }, (req) => importDeviations(database, actorOf(req), req.body, req.query.mode));
  };
}
