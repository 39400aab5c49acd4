import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { resolveMunicipality } from '../modules/care-data/month-data.ts';
import { exportReport } from '../modules/reports/export/report-export.ts';
import { isReportName, periodOf, REPORT_NAMES } from '../modules/reports/report-kinds.ts';
import { municipalityReport } from '../modules/reports/report-memo.ts';
import { parse, UsageError } from './args.ts';
import { emit, requireFormat, requireMonth } from './output.ts';

const FORMATS = ['json', 'csv', 'xlsx'] as const;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function requireFrom(value: string | undefined): string {
  if (value === undefined) throw new UsageError('--from YYYY-MM-DD is required (hemma report continuity-14 --from 2017-04-03)');
  if (!DATE_RE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--from: expected a date YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** `hemma report <name> --month M | --from D [--format json|csv|xlsx]`: one follow-up report. */
export async function reportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    month: { type: 'string' },
    from: { type: 'string' },
    format: { type: 'string' },
    municipality: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
  }, 1);
  const name = positionals[0];
  if (name === undefined || !isReportName(name)) {
    throw new UsageError(`${name === undefined ? 'which report?' : `no report "${name}"`} (one of ${REPORT_NAMES.join(', ')})`);
  }
  const byDate = periodOf(name) === 'from';
  if (byDate && values.month !== undefined) throw new UsageError('continuity-14 takes --from YYYY-MM-DD, not --month');
  if (!byDate && values.from !== undefined) throw new UsageError(`${name} takes --month YYYY-MM, not --from`);
  const period = byDate ? requireFrom(values.from) : requireMonth(values.month, `report ${name}`);
  const format = requireFormat(values.format, FORMATS, 'json');
  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const municipality = await resolveMunicipality(database.db, values.municipality, period.slice(0, 7));
    const { document: doc } = await municipalityReport(database.db, municipality, name, period);
    await emit(format === 'json' ? `${JSON.stringify(doc, null, 1)}\n` : await exportReport(database.db, municipality, name, period, doc, format), values.out);
    return 0;
  } finally {
    await database.close();
  }
}
