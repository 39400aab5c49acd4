import { feesForMonth } from '@hemma/domain/fees';
import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { loadMonthData, resolveMunicipality } from '../modules/care-data/month-data.ts';
import { feesCsv } from '../modules/fees/export/csv.ts';
import { feesPdf } from '../modules/fees/export/pdf.ts';
import { parse } from './args.ts';
import { emit, requireFormat, requireMonth } from './output.ts';

const FORMATS = ['json', 'csv', 'pdf'] as const;

export async function feesCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    month: { type: 'string' },
    format: { type: 'string' },
    municipality: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
  });
  const month = requireMonth(values.month, 'fees');
  const format = requireFormat(values.format, FORMATS, 'json');
  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const municipality = await resolveMunicipality(database.db, values.municipality, month);
    const data = await loadMonthData(database.db, municipality, month);
    const doc = feesForMonth(data, month);
    switch (format) {
      case 'json':
        await emit(`${JSON.stringify(doc, null, 1)}\n`, values.out);
        break;
      case 'csv':
        await emit(feesCsv(doc, new Map(data.clients.map((c) => [c.id, c.personalNumber]))), values.out);
        break;
      case 'pdf':
        await emit(await feesPdf(doc, data), values.out);
        break;
    }
    return 0;
  } finally {
    await database.close();
  }
}
