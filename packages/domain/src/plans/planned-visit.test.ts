import { describe, expect, it } from 'vitest';
import { plannedVisitFor } from './planned-visit.ts';

const morning = { weekdays: ['mon', 'wed'] as const, windowFrom: '07:30', windowTo: '09:00', durationMinutes: 45 };
const evening = { weekdays: ['mon'] as const, windowFrom: '18:00', windowTo: '19:00', durationMinutes: 30 };
const noon = { weekdays: ['mon'] as const, windowFrom: '12:00', windowTo: '12:30', durationMinutes: 20 };

describe('plannedVisitFor', () => {
  it('takes the visit whose window holds the arrival, edges included', () => {
    expect(plannedVisitFor([morning, evening], 'mon', 8 * 60)).toBe(morning);
    expect(plannedVisitFor([morning, evening], 'mon', 9 * 60)).toBe(morning);
    expect(plannedVisitFor([morning, evening], 'mon', 18 * 60)).toBe(evening);
  });

  it('otherwise takes the window starting nearest the arrival, the earlier on a tie', () => {
    expect(plannedVisitFor([morning, evening], 'mon', 16 * 60)).toBe(evening);
    expect(plannedVisitFor([morning, evening], 'mon', 10 * 60)).toBe(morning);
    // 09:45 is 135 minutes after 07:30 and 135 before 12:00.
    expect(plannedVisitFor([noon, morning], 'mon', 9 * 60 + 45)).toBe(morning);
  });

  it('looks only at the arrival\'s weekday', () => {
    expect(plannedVisitFor([morning, evening], 'wed', 18 * 60)).toBe(morning);
    expect(plannedVisitFor([morning, evening], 'sun', 8 * 60)).toBeUndefined();
    expect(plannedVisitFor([], 'mon', 8 * 60)).toBeUndefined();
  });
});
