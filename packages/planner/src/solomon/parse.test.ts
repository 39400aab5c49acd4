import { describe, expect, it } from 'vitest';
import { parseSolomon, SolomonFormatError } from './parse.ts';

const TEXT = `R999

VEHICLE
NUMBER     CAPACITY
  3         50

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      35         35          0          0        230          0
    1      41         49         10        161        171         10
    7      35         17          7         50         60         10
`;

describe('parseSolomon', () => {
  it('reads the fleet, the depot and the customers with their numbers', () => {
    const inst = parseSolomon(TEXT);
    expect(inst.name).toBe('R999');
    expect(inst.vehicles).toBe(3);
    expect(inst.capacity).toBe(50);
    expect(inst.depot).toMatchObject({ id: 0, x: 35, y: 35, due: 230 });
    expect(inst.customers.map((c) => c.id)).toEqual([1, 7]);
    expect(inst.customers[1]).toEqual({
      id: 7,
      x: 35,
      y: 17,
      demand: 7,
      ready: 50,
      due: 60,
      service: 10,
    });
  });

  it('accepts Windows line ends', () => {
    expect(parseSolomon(TEXT.replace(/\n/g, '\r\n')).customers).toHaveLength(2);
  });

  it('explains what is wrong with a malformed file', () => {
    expect(() => parseSolomon('hello')).toThrow(SolomonFormatError);
    expect(() => parseSolomon(TEXT.replace('  3         50', ''))).toThrow(/VEHICLE section/);
    expect(() =>
      parseSolomon(TEXT.replace('    7      35         17          7', '    7      35')),
    ).toThrow(/expected seven numbers/);
    expect(() => parseSolomon(TEXT.replace('    7      35', '    1      35'))).toThrow(
      /appears twice/,
    );
  });
});
