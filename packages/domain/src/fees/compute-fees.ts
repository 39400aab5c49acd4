import type { CareData } from '../model/care-data.ts';
import type { MonthAnalysis } from './analysis.ts';
import { basisMinutes } from './basis.ts';
import { clientFee } from './client-fee.ts';
import { FeeError } from './errors.ts';
import { feeClientIds } from './fee-clients.ts';
import { feeModelInForce } from './fee-model.ts';
import { maxtaxaOre } from './maxtaxa.ts';
import { isInMonth, monthSpan } from './month.ts';
import { prisbasbelopp } from './prisbasbelopp.ts';
import { assertTariff } from './tariff.ts';
import type { FeesDocument } from './types.ts';

/**
 * Client fees of `month` (R-15; spec/scenario-v1.md "Fees"), from the care data and the
 * statement engine's analysis of the same month. The fee model in force on the first day of
 * the month applies to the whole month; with none in force there are no fee lines.
 * Throws MissingPrisbasbeloppError when a model is in force but the year has no prisbasbelopp.
 */
export function computeFees(data: CareData, month: string, analysis: MonthAnalysis): FeesDocument {
  const span = monthSpan(month);
  const document: FeesDocument = {
    format: 'hemma-fees/1',
    municipality: data.municipality.id,
    month,
    fees: [],
  };
  const model = feeModelInForce(data.municipality.fees, span.firstDay);
  if (!model) return document;
  assertTariff(model.tariff);

  const pbbKronor = prisbasbelopp(span.year, data.municipality.prisbasbelopp);
  const maxtaxa = maxtaxaOre(span.firstDay, pbbKronor);
  const clients = new Map(data.clients.map((c) => [c.id, c]));

  for (const id of feeClientIds(data, analysis.visits, span)) {
    const client = clients.get(id);
    if (!client)
      throw new FeeError(`client ${id} has orders or visits but is not in the client register`);
    document.fees.push(
      clientFee({
        client,
        model,
        span,
        pbbKronor,
        maxtaxaOre: maxtaxa,
        basisMinutes: basisMinutes(model.basis, id, span, analysis.visits, data.orders),
        declinedAtDoorCount: analysis.declined.filter(
          (d) => d.client === id && d.kind === 'declined_at_door' && isInMonth(d.date, span),
        ).length,
      }),
    );
  }
  return document;
}
