import { INDICATOR_DAYS } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadMonthData, loadPeriodData } from '../care-data/month-data.ts';
import { freshMonthDocument } from '../kept-statements/read.ts';
import { isFigure, periodOf, type ReportInputs, type ReportName } from './report-kinds.ts';

/**
 * The facts of `period` (a month's as the statements load them, or the 14 days of the
 * indicator) and, where the report needs them, the kept statements: paid amounts, excess and
 * counts are never priced a second time for a report.
 */
export async function loadReportSources(db: Kysely<DB>, municipality: string, name: ReportName, period: string): Promise<ReportInputs> {
  if (periodOf(name) === 'from') return { data: await loadPeriodData(db, municipality, period, INDICATOR_DAYS), statements: null };
  const statements = isFigure(name) ? (await freshMonthDocument(db, municipality, period)).doc : null;
  return { data: await loadMonthData(db, municipality, period), statements };
}
