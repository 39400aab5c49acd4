import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { loadExportNames } from '../modules/care-data/care-data.repository.ts';
import { resolveMunicipality } from '../modules/care-data/month-data.ts';
import { freshen, keptMonthDocument } from '../modules/kept-statements/read.ts';
import { withLockedStatements } from '../modules/month-close/locked-statements.ts';
import { statementsCsv } from '../modules/statements/export/csv.ts';
import { statementsPdf } from '../modules/statements/export/pdf.ts';
import { statementsXlsx } from '../modules/statements/export/xlsx.ts';
import { parse, UsageError } from './args.ts';
import { emit, requireFormat, requireMonth } from './output.ts';

const FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;

export async function statementsCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    month: { type: 'string' },
    provider: { type: 'string' },
    format: { type: 'string' },
    municipality: { type: 'string' },
    db: { type: 'string' },
    out: { type: 'string' },
  });
  const month = requireMonth(values.month, 'statements');
  const format = requireFormat(values.format, FORMATS, 'json');
  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const municipality = await resolveMunicipality(database.db, values.municipality, month);
    const names = await loadExportNames(database.db, municipality);
    if (values.provider !== undefined && !names.providers.has(values.provider)) {
      throw new UsageError(`--provider: no provider "${values.provider}" in ${municipality}`);
    }
    // The kept statements, brought up to date first (the first time: the whole month); a locked
    // month shows its approved document instead.
    await freshen(database.db, municipality, month);
    const { doc: all, locked } = await withLockedStatements(database.db, municipality, await keptMonthDocument(database.db, municipality, month));
    const doc = values.provider === undefined ? all : { ...all, statements: all.statements.filter((s) => s.provider === values.provider) };
    for (const l of locked) {
      if (values.provider !== undefined && l.provider !== values.provider) continue;
      // On standard error, so the document on standard output stays exactly the format.
      process.stderr.write(
        `${l.provider} ${month}: låst (${l.status === 'exported' ? 'exporterad' : 'godkänd'}): det godkända underlaget visas, inte en ny beräkning. ` +
          `Locked (${l.status}): the approved statement is shown, not a recomputation.\n`,
      );
    }
    switch (format) {
      case 'json':
        await emit(`${JSON.stringify(doc, null, 1)}\n`, values.out);
        break;
      case 'csv':
        await emit(statementsCsv(doc, names), values.out);
        break;
      case 'xlsx':
        await emit(await statementsXlsx(doc, names), values.out);
        break;
      case 'pdf':
        await emit(await statementsPdf(doc, names), values.out);
        break;
    }
    return 0;
  } finally {
    await database.close();
  }
}
