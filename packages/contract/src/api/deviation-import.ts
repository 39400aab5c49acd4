import { z } from 'zod';

// The spreadsheet providers keep under the granted-time model (Ekerö): one deviation a row,
// columns A–E: the client's personnummer, month, minutes, reason code, comment; row 1 is the
// header. Sent as the request body (content-type of an xlsx file).

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const deviationImportQuery = z.object({ mode: z.enum(['preview', 'confirm']).default('preview') });

/** Codes a screen translates; `column` is the spreadsheet's letter, `row` its number. */
export const importErrorCode = z.enum([
  'personnummer_saknas', 'personnummer_ogiltigt', 'klient_okand', 'manad_ogiltig', 'minuter_ogiltiga', 'orsak_okand', 'kommentar_for_lang', 'ingen_bestallning',
]);

export const importRowError = z.object({ row: z.number().int(), column: z.enum(['A', 'B', 'C', 'D', 'E']), code: importErrorCode, message: z.string() });

export const importRow = z.object({
  row: z.number().int(),
  /** What was read, as far as it could be. */
  values: z.object({
    personalNumber: z.string().nullable(),
    clientId: z.string().nullable(),
    clientName: z.string().nullable(),
    month: z.string().nullable(),
    minutes: z.number().int().nullable(),
    reason: z.enum(['hospital', 'declined', 'provider_missed', 'extra_need', 'other']).nullable(),
    comment: z.string(),
  }),
  errors: z.array(importRowError),
});

export const deviationImportReply = z.object({
  mode: z.enum(['preview', 'confirm']),
  rows: z.array(importRow),
  /** Rows with at least one error. */
  rowsWithErrors: z.number().int(),
  /** Deviations stored (0 in a preview). */
  stored: z.number().int(),
});

export type ImportRow = z.infer<typeof importRow>;
export type ImportRowError = z.infer<typeof importRowError>;
export type DeviationImportReply = z.infer<typeof deviationImportReply>;
