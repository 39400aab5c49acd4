// The worked example fixtures/examples/04-fees.json must yield 04-fees.2017-05.fees.json
// exactly, through the statement engine's analysis and the fee engine together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, loadScenario } from '../statements/test-support/fixtures.ts';
import { feesForMonth } from './fees-for-month.ts';

describe('example 04-fees, May 2017', () => {
  const expected: unknown = JSON.parse(
    readFileSync(join(EXAMPLES_DIR, '04-fees.2017-05.fees.json'), 'utf8'),
  );
  const actual = feesForMonth(loadScenario('04-fees'), '2017-05');

  it('yields the expected fees document', () => {
    expect(actual).toEqual(expected);
  });

  it('writes it byte for byte, key order included', () => {
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  });
});
