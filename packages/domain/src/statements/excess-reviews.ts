// Step 7: the review of a client's excess with a provider in a month. Of several reviews the
// last listed counts; none means `pending`.

import type { ExcessReview } from '../model/care-data.ts';
import type { ExcessStatus } from './types.ts';

const key = (client: string, provider: string, month: string): string => `${client}\u0000${provider}\u0000${month}`;

export class ExcessReviews {
  private readonly decisions = new Map<string, ExcessReview>();

  constructor(reviews: readonly ExcessReview[]) {
    for (const r of reviews) this.decisions.set(key(r.client, r.provider, r.month), r);
  }

  status(client: string, provider: string, month: string): ExcessStatus {
    return this.decisions.get(key(client, provider, month))?.decision ?? 'pending';
  }

  /** Client and provider of every excess of `month` whose last review approved it. */
  approvedIn(month: string): { client: string; provider: string }[] {
    const result: { client: string; provider: string }[] = [];
    for (const r of this.decisions.values()) {
      if (r.month === month && r.decision === 'approved') result.push({ client: r.client, provider: r.provider });
    }
    return result;
  }
}
