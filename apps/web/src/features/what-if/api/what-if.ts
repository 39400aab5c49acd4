import { queryOptions } from '@tanstack/react-query';
import type { whatIfReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// What if (konsekvensanalys): the changed rules go as the query string the command line's
// options mirror (docs/what-if.md), so the same words give the same figures everywhere.

export type WhatIf = Reply<typeof whatIfReply>;

export interface WhatIfInput {
  from: string;
  to: string;
  cap: string;
  declined: string;
  rates: string;
  model: string;
  feeBasis: string;
  feeTariff: string;
}

/** Only the options given: an empty field means the rule as it is. */
export function whatIfParams(input: WhatIfInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input) as [string, string][])
    if (v.trim() !== '') out[k] = v.trim();
  return out;
}

export const whatIfQuery = (input: WhatIfInput) =>
  queryOptions({
    queryKey: ['what-if', whatIfParams(input)],
    queryFn: () => api.get<WhatIf>('/what-if', whatIfParams(input)),
    staleTime: 60_000,
  });

export const whatIfXlsxUrl = (input: WhatIfInput) =>
  `/api/v1/what-if.xlsx?${new URLSearchParams(whatIfParams(input)).toString()}`;
