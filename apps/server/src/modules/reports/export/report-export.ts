import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ReportDocument, ReportName } from '../report-kinds.ts';
import { readReportNames, type ReportNames } from '../report-names.repository.ts';
import type { ReportScope } from '../report-scope.ts';
import { reportCsv } from './csv.ts';
import { periodText, REPORT_TITLES } from './headings.ts';
import { idsOf, reportTables } from './report-table.ts';
import { reportXlsx } from './xlsx.ts';

/** Who the file covers, said on its second line: a file passed on keeps its scope. */
function scopeText(scope: ReportScope, names: ReportNames): string {
  switch (scope.level) {
    case 'municipality':
      return `${names.municipality}, hela kommunen`;
    case 'district':
      return `${names.municipality}, distrikt ${names.districts[scope.district] ?? scope.district} (kommunen totalt som jämförelse)`;
    case 'provider':
      return `${names.municipality}, utförare ${names.providers[scope.provider] ?? scope.provider} (kommunen totalt som jämförelse)`;
  }
}

/** A report (already narrowed to its reader) as a csv or xlsx file with Swedish headings and the names behind the ids. */
export async function exportReport(
  db: Kysely<DB>,
  mid: string,
  name: ReportName,
  period: string,
  doc: ReportDocument,
  format: 'csv' | 'xlsx',
  scope: ReportScope = { level: 'municipality' },
): Promise<string | Buffer> {
  const ids = idsOf(doc);
  if (scope.level === 'district') ids.districts = [...ids.districts, scope.district];
  if (scope.level === 'provider') ids.providers = [...ids.providers, scope.provider];
  const names = await readReportNames(db, mid, ids);
  const to = 'to' in doc && typeof doc.to === 'string' ? doc.to : undefined;
  const heading = [`${REPORT_TITLES[name]}, ${periodText(period, to)}`, scopeText(scope, names)];
  const tables = reportTables(name, doc, names);
  return format === 'csv' ? reportCsv(tables, heading) : reportXlsx(tables, heading);
}
