import type { Generated } from 'kysely';
import type { Timestamp, Json } from './schema-columns.ts';

// The municipality and its tariff: time bands, fee rules, rates and fee models, and its districts.

export interface MunicipalitiesTable {
  municipality_id: string;
  name: string;
  timezone: string;
  payment_model: 'performed_time' | 'granted_time';
  default_band: string;
  holiday_eves: string[];
  prisbasbelopp: Json<Record<string, number>>;
  payment_day: Generated<number>;
  created_at: Timestamp;
}

export interface BandsTable {
  municipality_id: string;
  band_id: string;
  position: number;
  from_time: string;
  to_time: string;
  days: string[];
  price: 'per_hour' | 'per_visit';
  precedence: number;
}

export interface RulesTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  cap_percent: number;
  declined_care_percent: number;
  declined_service_percent: number;
}

export interface RatesTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  price: 'per_hour' | 'per_visit' | 'per_month';
  ore: number;
  band_id: string | null;
  category: 'care' | 'service' | null;
  provider_kind: 'municipal' | 'private' | null;
  area: string | null;
}

export interface FeeModelsTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  basis: 'performed' | 'granted';
  tariff: Json<unknown>;
  under65_minimibelopp_percent: number;
  declined_at_door_fee_ore: number;
  own_minimibelopp_single_ore: number | null;
  own_minimibelopp_cohabiting_ore: number | null;
  uplift_under_age: Generated<number>;
}

export interface DistrictsTable {
  municipality_id: string;
  district_id: string;
  name: string;
}
