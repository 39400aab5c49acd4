// The reference itself must reproduce the worked example before it may judge the engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../statements/test-support/fixtures.ts';
import { referenceFees } from './reference-fees.ts';
import type { JsonScenario } from './scenario-json.ts';

it('reference reproduces example 04-fees for May 2017 byte for byte', () => {
  const scenario = JSON.parse(readFileSync(join(EXAMPLES_DIR, '04-fees.json'), 'utf8')) as JsonScenario;
  const expected = readFileSync(join(EXAMPLES_DIR, '04-fees.2017-05.fees.json'), 'utf8');
  const actual = referenceFees(scenario, '2017-05', '2026-01-01');
  expect(JSON.stringify(actual)).toBe(JSON.stringify(JSON.parse(expected)));
});
