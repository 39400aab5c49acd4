import { ChangeSyntaxError, changesFromText, monthRange } from '@hemma/contract/api';
import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { resolveMunicipality } from '../modules/care-data/month-data.ts';
import { compareMonths } from '../modules/what-if/what-if.service.ts';
import { whatIfXlsx } from '../modules/what-if/what-if.xlsx.ts';
import { parse, UsageError } from './args.ts';
import { emit, requireFormat, requireMonth } from './output.ts';

const FORMATS = ['json', 'xlsx'] as const;

/** `hemma compare`: the what-if of GET /api/v1/what-if, from the same code, on the command line. */
export async function compareCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    month: { type: 'string' },
    to: { type: 'string' },
    cap: { type: 'string' },
    'declined-percent': { type: 'string' },
    rates: { type: 'string' },
    model: { type: 'string' },
    'fee-basis': { type: 'string' },
    'fee-tariff': { type: 'string' },
    format: { type: 'string' },
    municipality: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
  });
  const month = requireMonth(values.month, 'compare');
  const to = values.to === undefined ? undefined : requireMonth(values.to, 'compare');
  const format = requireFormat(values.format, FORMATS, 'json');
  let months: string[];
  let changes;
  try {
    months = monthRange(month, to);
    changes = changesFromText({
      cap: values.cap, declined: values['declined-percent'], rates: values.rates, model: values.model,
      feeBasis: values['fee-basis'], feeTariff: values['fee-tariff'],
    });
  } catch (err) {
    if (err instanceof ChangeSyntaxError) throw new UsageError(err.message);
    throw err;
  }
  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const municipality = await resolveMunicipality(database.db, values.municipality, month);
    const result = await compareMonths(database.db, municipality, months, changes);
    await emit(format === 'json' ? `${JSON.stringify(result, null, 1)}\n` : await whatIfXlsx(result, municipality), values.out);
    return 0;
  } finally {
    await database.close();
  }
}
