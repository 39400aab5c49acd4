import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, monthRange, parseDate, previousMonth, weekdayOfDayNumber } from './civil-days.ts';
import { parseInstantMs } from './instant.ts';

describe('day numbers', () => {
  it('round-trips every date and agrees with Temporal on weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const text = formatDayNumber(n);
        expect(parseDate(text)).toBe(n);
        const plain = Temporal.PlainDate.from(text);
        expect(plain.dayOfWeek).toBe(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOfDayNumber(n)) + 1);
      }),
    );
  });

  it('refuses dates that do not exist', () => {
    expect(() => parseDate('2017-02-29')).toThrow(RangeError);
    expect(parseDate('2016-02-29')).toBe(parseDate('2016-02-28') + 1);
  });

  it('knows month lengths and the month before', () => {
    expect(monthRange('2016-02').daysInMonth).toBe(29);
    expect(monthRange('2017-02').daysInMonth).toBe(28);
    expect(previousMonth('2017-01')).toBe('2016-12');
    expect(() => monthRange('2017-13')).toThrow(RangeError);
  });
});

describe('parseInstantMs', () => {
  it('agrees with Temporal on instants with offsets, fractions and Z', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.constantFrom('+01:00', '+02:00', '-05:30', 'Z', '+00:00'),
        (ms, offset) => {
          const zone = offset === 'Z' ? 'UTC' : offset;
          const text = Temporal.Instant.fromEpochMilliseconds(ms).toString({ timeZone: zone });
          expect(parseInstantMs(text)).toBe(ms);
        },
      ),
    );
  });

  it('rejects text that is no instant', () => {
    expect(() => parseInstantMs('2017-04-31T08:00:00+02:00')).toThrow();
    expect(() => parseInstantMs('yesterday')).toThrow();
  });
});
