import type { CareData } from '@hemma/domain';
import { INDICATOR_DAYS } from '@hemma/domain/reports';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadMonthData, loadPeriodData } from '../care-data/month-data.ts';
import { periodOf, type ReportName } from './report-kinds.ts';

/** The facts a report of `period` reads: a month's (as the statements load them), or the 14 days of the indicator. */
export function loadReportData(db: Kysely<DB>, municipality: string, name: ReportName, period: string): Promise<CareData> {
  return periodOf(name) === 'from'
    ? loadPeriodData(db, municipality, period, INDICATOR_DAYS)
    : loadMonthData(db, municipality, period);
}
