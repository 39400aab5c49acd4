// The reference implementation must reproduce every worked example of the spec exactly
// (same JSON text), before it may judge the engine on random scenarios.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../test-support/fixtures.ts';
import { referenceStatements } from './reference-statements.ts';

describe('reference statements reproduce the worked examples', () => {
  const files = readdirSync(EXAMPLES_DIR).filter((f) => /\.\d{4}-\d{2}\.statements\.json$/.test(f)).sort();
  it('finds the examples', () => expect(files.length).toBeGreaterThanOrEqual(6));
  for (const file of files) {
    const [, name = '', month = ''] = /^(.+)\.(\d{4}-\d{2})\.statements\.json$/.exec(file) ?? [];
    it(`${name} ${month}`, () => {
      const scenario = JSON.parse(readFileSync(join(EXAMPLES_DIR, `${name}.json`), 'utf8'));
      const expected = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      expect(JSON.stringify(referenceStatements(scenario, month))).toBe(JSON.stringify(JSON.parse(expected)));
    });
  }
});
