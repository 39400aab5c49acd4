import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

const OPEN_END = '9999-12-31';

/** Orders run from..to inclusive; one client's orders with one provider may not overlap. */
export function checkOrders(s: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  const byPair = new Map<string, number[]>();
  s.orders.forEach((o, i) => {
    if (o.to !== null && o.to < o.from) {
      issues.push({ path: `orders[${i}].to`, message: `ends (${o.to}) before it starts (${o.from})` });
    }
    const key = `${o.client}\u0000${o.provider}`;
    const list = byPair.get(key) ?? [];
    list.push(i);
    byPair.set(key, list);
  });
  for (const list of byPair.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = s.orders[list[a]!]!;
        const y = s.orders[list[b]!]!;
        if (x.from <= (y.to ?? OPEN_END) && y.from <= (x.to ?? OPEN_END)) {
          issues.push({
            path: `orders[${list[b]}]`,
            message: `overlaps orders[${list[a]}] ("${x.id}") of the same client "${x.client}" and provider "${x.provider}"`,
          });
        }
      }
    }
  }
  return issues;
}
