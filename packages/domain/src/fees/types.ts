// The `hemma-fees/1` document (spec/scenario-v1.md, "Fees (R-15)"). Key order in these
// interfaces is the order in which computeFees writes them, and so the order in the JSON.

export type Binding = 'tariff' | 'maxtaxa' | 'capacity';

export interface ClientFee {
  client: string;
  /** Minutes the tariff is applied to: performed (union of visits) or granted. */
  basisMinutes: number;
  tariffOre: number;
  maxtaxaOre: number;
  /** Null when the client has no fee (income) data. */
  minimibeloppOre: number | null;
  /** Avgiftsutrymme; null when the client has no fee (income) data. */
  capacityOre: number | null;
  declinedAtDoorCount: number;
  feeOre: number;
  binding: Binding;
}

export interface FeesDocument {
  format: 'hemma-fees/1';
  municipality: string;
  month: string;
  /** One per client with an order active in the month or a visit dated in it; by client id. */
  fees: ClientFee[];
}
