import { describe, expect, it } from 'vitest';
import { todoTarget } from './todo-target.ts';

describe('where an entry of Att göra is dealt with', () => {
  it('opens the dialogue for a new message and the client for an order', () => {
    expect(todoTarget('new_messages', { id: 'c1/p1', clientId: 'c 1' })).toBe(
      '/klienter/c%201?flik=dialogue',
    );
    expect(todoTarget('orders_awaiting_reply', { id: 'o1', clientId: 'c1' })).toBe('/klienter/c1');
  });

  it('opens the follow-up of the entry month for excess and deviations', () => {
    expect(todoTarget('excess_to_review', { id: 'x', at: '2026-11' })).toBe(
      '/uppfoljning?manad=2026-11&flik=excess',
    );
    expect(todoTarget('deviations_to_decide', { id: 'd', at: '2026-10' })).toBe(
      '/uppfoljning?manad=2026-10&flik=deviations',
    );
  });

  it("opens the provider manager's screens for her kinds, in the entry's month", () => {
    expect(todoTarget('new_orders', { id: 'o1', clientId: 'c1' })).toBe('/bestallningar');
    expect(todoTarget('month_end', { id: 'p/2026-11', at: '2026-11' })).toBe(
      '/manadsslut?manad=2026-11',
    );
    expect(todoTarget('exceptions_to_resolve', { id: 'r', at: '2026-11-03T08:00:00+01:00' })).toBe(
      '/undantag?manad=2026-11',
    );
    expect(todoTarget('new_messages', { id: 'c1/p1', clientId: 'c1' }, 'provider_manager')).toBe(
      '/bestallningar/c1?flik=dialogue',
    );
  });
});
