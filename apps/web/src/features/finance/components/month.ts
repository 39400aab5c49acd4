import { currentMonth } from '../../../lib/format.ts';

/** The month just closed: the one finance approves and pays now. */
export function previousMonth(now: Date): string {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
