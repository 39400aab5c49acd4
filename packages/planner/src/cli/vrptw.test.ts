import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVrptwArgs, vrptwCommand } from './index.ts';

const INSTANCE = `TINY

VEHICLE
NUMBER     CAPACITY
  2         10

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      0          0           0          0        100          0
   11      3          0           4          0         10          1
   12      3          4           4         10         20          1
   13      0          4           4          0         50          1
`;

function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  return vrptwCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({
    code,
    out,
    err,
  }));
}

describe('hemma vrptw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vrptw-'));
  const file = join(dir, 'tiny.txt');
  writeFileSync(file, INSTANCE);

  it('prints the routes with the customer numbers of the file and the distance', async () => {
    const { code, out } = await run([file, '--iterations', '30', '--seed', '4']);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('')) as { routes: number[][]; distance: number };
    expect(result.routes.flat().sort()).toEqual([11, 12, 13]);
    // Best: 0→11→0 (3 + 3) and 0→12→13→0 (5 + 3 + 4); capacity 10 forbids a single route.
    expect(result.distance).toBe(18);
  });

  it('explains missing arguments and bad files, with exit code 2', async () => {
    expect((await run([])).err[0]).toBe('hemma vrptw: missing the instance FILE');
    expect((await run([file])).err[0]).toMatch(/missing --seconds/);
    expect((await run([file, '--seconds', 'soon'])).err[0]).toMatch(
      /--seconds needs a non-negative number/,
    );
    const missing = await run([join(dir, 'nope.txt'), '--seconds', '1']);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/cannot read/);
    const garbage = join(dir, 'garbage.txt');
    writeFileSync(garbage, 'not an instance');
    const bad = await run([garbage, '--seconds', '1']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/not a Solomon instance/);
  });

  it('reads options in either form', () => {
    expect(parseVrptwArgs(['f.txt', '--seconds=30', '--seed', '7'])).toEqual({
      file: 'f.txt',
      seconds: 30,
      seed: 7,
      iterations: undefined,
    });
    expect(parseVrptwArgs(['f.txt', '--seconds', '1', '--wat'])).toBe('unknown option --wat');
  });
});
