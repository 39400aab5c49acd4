import type { ImportRow, ImportRowError } from '@hemma/contract/api';
import { parsePersonalNumber } from '@hemma/domain/ids';
import ExcelJS from 'exceljs';
import { InvalidError } from '../../errors.ts';

// Reading the deviation spreadsheet cell by cell into rows with their own errors. What needs
// the database (the client, her order) is checked by the service.

export const MAX_ROWS = 5000;

/** Reason codes as providers write them (Swedish) and as the API names them. */
const REASONS: Record<string, NonNullable<ImportRow['values']['reason']>> = {
  sjukhus: 'hospital', hospital: 'hospital',
  'avböjt': 'declined', avbojt: 'declined', declined: 'declined',
  missat: 'provider_missed', 'utförare missat': 'provider_missed', provider_missed: 'provider_missed',
  extra: 'extra_need', 'extra behov': 'extra_need', extra_need: 'extra_need',
  'övrigt': 'other', ovrigt: 'other', other: 'other',
};

export interface ReadRow extends ImportRow {
  normalizedPersonalNumber: string | null;
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return text(v.result);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    return '';
  }
  return String(v).trim();
}

function monthOf(v: ExcelJS.CellValue): string | null {
  // A month typed as a date becomes an Excel date (its first day, at midnight UTC).
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 7);
  const m = /^(\d{4})-?(0[1-9]|1[0-2])$/.exec(text(v));
  return m ? `${m[1]}-${m[2]}` : null;
}

function minutesOf(v: ExcelJS.CellValue): number | null {
  const t = text(v).replace(/\s/g, '').replace('−', '-');
  if (!/^[+-]?\d+$/.test(t)) return null;
  const n = Number(t);
  return n !== 0 && Math.abs(n) <= 50_000 ? n : null;
}

export async function readSheet(file: Buffer, today: string): Promise<ReadRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new InvalidError('the file is not an xlsx workbook', 'file');
  }
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw new InvalidError('the workbook has no sheet', 'file');
  if (sheet.rowCount > MAX_ROWS + 1) throw new InvalidError(`at most ${MAX_ROWS} rows at a time`, 'file');
  const rows: ReadRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, number) => {
    if (number === 1) return;
    const cell = (c: number): ExcelJS.CellValue => r.getCell(c).value;
    if ([1, 2, 3, 4, 5].every((c) => text(cell(c)) === '')) return;
    const errors: ImportRowError[] = [];
    const fail = (column: ImportRowError['column'], code: ImportRowError['code'], message: string) => errors.push({ row: number, column, code, message });

    const pnText = text(cell(1));
    const pn = pnText === '' ? undefined : parsePersonalNumber(pnText, today);
    if (pn === undefined) fail('A', 'personnummer_saknas', 'personnummer saknas');
    else if (!pn.ok) fail('A', 'personnummer_ogiltigt', `personnumret är ogiltigt: ${pn.message}`);
    const month = monthOf(cell(2));
    if (month === null) fail('B', 'manad_ogiltig', 'månaden ska skrivas ÅÅÅÅ-MM');
    const minutes = minutesOf(cell(3));
    if (minutes === null) fail('C', 'minuter_ogiltiga', 'minuter ska vara ett heltal skilt från 0, högst 50 000');
    const reasonText = text(cell(4)).toLowerCase();
    const reason = REASONS[reasonText] ?? null;
    if (reason === null) fail('D', 'orsak_okand', `okänd orsakskod "${reasonText}"`);
    const comment = text(cell(5));
    if (comment.length > 2000) fail('E', 'kommentar_for_lang', 'kommentaren får vara högst 2 000 tecken');

    rows.push({
      row: number,
      normalizedPersonalNumber: pn?.ok ? pn.value.normalized : null,
      values: { personalNumber: pnText === '' ? null : pnText, clientId: null, clientName: null, month, minutes, reason, comment: comment.slice(0, 2000) },
      errors,
    });
  });
  return rows;
}
