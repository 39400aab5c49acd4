import type { Band, BandDay, FeeModel, FeeTariff, Rate, ServiceArea } from '@hemma/domain';
import type { Selectable } from 'kysely';
import type { BandsTable, FeeModelsTable, RatesTable } from '../../db/schema.ts';

// Settings rows as the domain reads them; every repository that returns settings maps through here.

export function bandFromRow(b: Selectable<BandsTable>): Band {
  return { id: b.band_id, from: b.from_time, to: b.to_time, days: b.days as BandDay[], price: b.price, precedence: b.precedence };
}

export function rateFromRow(r: Selectable<RatesTable>): Rate {
  return {
    from: r.valid_from,
    price: r.price,
    ore: r.ore,
    ...(r.band_id !== null && { band: r.band_id }),
    ...(r.category !== null && { category: r.category }),
    ...(r.provider_kind !== null && { providerKind: r.provider_kind }),
    ...(r.area !== null && { area: r.area as ServiceArea }),
  };
}

export function feeModelFromRow(f: Selectable<FeeModelsTable>): FeeModel {
  return {
    from: f.valid_from,
    basis: f.basis,
    tariff: f.tariff as FeeTariff,
    under65MinimibeloppPercent: f.under65_minimibelopp_percent,
    declinedAtDoorFeeOre: f.declined_at_door_fee_ore,
    ownMinimibelopp:
      f.own_minimibelopp_single_ore === null || f.own_minimibelopp_cohabiting_ore === null
        ? null
        : { singleOre: f.own_minimibelopp_single_ore, cohabitingOre: f.own_minimibelopp_cohabiting_ore },
    upliftUnderAge: f.uplift_under_age,
  };
}
