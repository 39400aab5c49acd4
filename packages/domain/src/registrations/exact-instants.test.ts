import { describe, expect, it } from 'vitest';
import type { Registration } from '../model/care-data.ts';
import { orderRegistrations } from './ordering.ts';
import { pairRegistrations } from './pairing.ts';

function reg(id: string, kind: Registration['kind'], at: string, staff = 's1'): Registration {
  return { id, kind, client: 'c1', staff, at, method: 'nfc' };
}

describe('step 1: order by the instant exactly as given, then by id', () => {
  it('orders instants nanoseconds apart by the instant, not by the id', () => {
    // Equal as doubles of epoch milliseconds; the id alone would put "a" first.
    const later = reg('a', 'arrive', '2017-10-14T00:10:30.000000003+00:00');
    const earlier = reg('b', 'arrive', '2017-10-14T02:10:30.000000001+02:00', 's2');
    const plain = reg('c', 'arrive', '2017-10-14T00:10:30Z', 's3');
    expect(orderRegistrations([later, earlier, plain]).map((o) => o.id)).toEqual(['c', 'b', 'a']);
  });

  it('R-3: an instant nanoseconds before a minute ends stays in that minute', () => {
    const [o] = orderRegistrations([reg('a', 'arrive', '2017-03-01T08:59:59.999999999+01:00')]);
    expect(o?.minute).toBe(Date.parse('2017-03-01T08:59:00+01:00') / 60_000);
  });

  it('pairs a leave 720 minutes after its arrive when nanoseconds would round it into minute 721', () => {
    const ordered = orderRegistrations([
      reg('a', 'arrive', '2017-03-01T08:00:00+01:00'),
      reg('b', 'leave', '2017-03-01T20:00:59.9999999+01:00'),
    ]);
    expect(pairRegistrations(ordered).visits).toHaveLength(1);
  });
});
