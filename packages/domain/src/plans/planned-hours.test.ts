import { describe, expect, it } from 'vitest';
import { monthsPlannedOverOrdered, plannedMinutesInMonth } from './planned-hours.ts';

// March 2017 starts on a Wednesday: 5 Wednesdays, Thursdays and Fridays, 4 of the other days.
const open = { from: '2017-01-01', to: null };

describe('plannedMinutesInMonth', () => {
  it('counts each weekday as often as the month has it', () => {
    expect(plannedMinutesInMonth([{ weekdays: ['wed'], durationMinutes: 30, staffCount: 1 }], '2017-03', open)).toBe(150);
    expect(plannedMinutesInMonth([{ weekdays: ['mon'], durationMinutes: 30, staffCount: 1 }], '2017-03', open)).toBe(120);
    expect(plannedMinutesInMonth([{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], durationMinutes: 10, staffCount: 1 }], '2017-02', open)).toBe(280);
  });

  it('counts two staff twice and adds the visits up', () => {
    const visits = [
      { weekdays: ['mon', 'wed'] as const, durationMinutes: 45, staffCount: 2 },
      { weekdays: ['sat'] as const, durationMinutes: 30, staffCount: 1 },
    ];
    // March 2017: 4 Mondays, 5 Wednesdays, 4 Saturdays.
    expect(plannedMinutesInMonth(visits, '2017-03', open)).toBe(9 * 45 * 2 + 4 * 30);
  });

  it('counts only the days inside the plan\'s period', () => {
    const daily = [{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, durationMinutes: 60, staffCount: 1 }];
    expect(plannedMinutesInMonth(daily, '2017-03', { from: '2017-03-30', to: null })).toBe(120);
    expect(plannedMinutesInMonth(daily, '2017-03', { from: '2017-01-01', to: '2017-03-02' })).toBe(120);
    expect(plannedMinutesInMonth(daily, '2017-03', { from: '2017-04-01', to: null })).toBe(0);
    expect(plannedMinutesInMonth([], '2017-03', open)).toBe(0);
  });
});

describe('monthsPlannedOverOrdered', () => {
  const wednesdays = [{ weekdays: ['wed'] as const, durationMinutes: 30, staffCount: 1 }];

  it('names the months with more planned than ordered minutes, and only those', () => {
    // 2 h ordered = 120 minutes: months with five Wednesdays (150) exceed, four (120) do not.
    const over = monthsPlannedOverOrdered(wednesdays, { personal_care: 2 }, { from: '2017-01-01', to: null });
    expect(over).toEqual([
      { month: '2017-03', plannedMinutes: 150, orderedMinutes: 120 },
      { month: '2017-05', plannedMinutes: 150, orderedMinutes: 120 },
      { month: '2017-08', plannedMinutes: 150, orderedMinutes: 120 },
      { month: '2017-11', plannedMinutes: 150, orderedMinutes: 120 },
    ]);
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2.5 }, { from: '2017-01-01', to: null })).toEqual([]);
  });

  it('sums the order\'s areas exactly, a third of an hour included', () => {
    const march = { from: '2017-03-01', to: '2017-03-31' };
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2, service: 0.5 }, march)).toEqual([]);
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2, service: 1 / 3 }, march)).toEqual([
      { month: '2017-03', plannedMinutes: 150, orderedMinutes: 140 },
    ]);
  });

  it('stops at the plan\'s end and after the horizon, and crosses the year', () => {
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2 }, { from: '2017-01-01', to: '2017-04-30' }).map((m) => m.month)).toEqual(['2017-03']);
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2 }, { from: '2017-11-15', to: null }, 3).map((m) => m.month)).toEqual(['2018-01']);
    expect(monthsPlannedOverOrdered(wednesdays, { personal_care: 2 }, { from: '2017-01-01', to: null }, 0)).toEqual([]);
  });
});
