import { age } from '../ids/age.ts';
import { parsePersonalNumber } from '../ids/personal-number.ts';
import type { Client, FeeModel } from '../model/care-data.ts';
import { bindingLimit } from './binding.ts';
import { capacityOre } from './capacity.ts';
import { FeeError } from './errors.ts';
import { DEFAULT_UPLIFT_UNDER_AGE, minimibeloppOre } from './minimibelopp.ts';
import type { MonthSpan } from './month.ts';
import { tariffOre } from './tariff.ts';
import type { ClientFee } from './types.ts';

export interface ClientFeeInput {
  client: Client;
  model: FeeModel;
  span: MonthSpan;
  pbbKronor: number;
  maxtaxaOre: number;
  basisMinutes: number;
  declinedAtDoorCount: number;
}

/** One client's fee line: the lowest limit, plus declined-at-door fees outside the ceiling. */
export function clientFee(input: ClientFeeInput): ClientFee {
  const { client, model, span, maxtaxaOre, basisMinutes, declinedAtDoorCount } = input;
  const tariff = tariffOre(model.tariff, basisMinutes);
  const minimibelopp = client.fee
    ? minimibeloppOre({
        firstDay: span.firstDay,
        pbbKronor: input.pbbKronor,
        household: client.fee.household,
        young:
          age(birthDate(client, span.firstDay), span.firstDay) <
          (model.upliftUnderAge ?? DEFAULT_UPLIFT_UNDER_AGE),
        upliftPercent: model.under65MinimibeloppPercent,
        ownOre:
          client.fee.household === 'cohabiting'
            ? model.ownMinimibelopp?.cohabitingOre
            : model.ownMinimibelopp?.singleOre,
      })
    : null;
  const capacity =
    client.fee && minimibelopp !== null ? capacityOre(client.fee, minimibelopp) : null;
  const lowest = bindingLimit({ tariffOre: tariff, maxtaxaOre, capacityOre: capacity });
  return {
    client: client.id,
    basisMinutes,
    tariffOre: tariff,
    maxtaxaOre,
    minimibeloppOre: minimibelopp,
    capacityOre: capacity,
    declinedAtDoorCount,
    feeOre: lowest.ore + model.declinedAtDoorFeeOre * declinedAtDoorCount,
    binding: lowest.binding,
  };
}

/** Birth date from the personal number (a samordningsnummer's day minus 60). */
function birthDate(client: Client, referenceDate: string): string {
  const parsed = parsePersonalNumber(client.personalNumber, referenceDate);
  if (!parsed.ok) throw new FeeError(`client ${client.id}: personal number: ${parsed.message}`);
  return parsed.value.birthDate;
}
