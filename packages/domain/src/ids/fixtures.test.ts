// Every identity number in the worked examples is valid by the spec, so every one must pass.
// Reading files is fine in a test: the rule against I/O is for the domain code itself.
 
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrgNumber } from './org-number.ts';
import { parsePersonalNumber } from './personal-number.ts';

const EXAMPLES = join(import.meta.dirname, '../../../../fixtures/examples');

interface Scenario {
  clients?: { id: string; personalNumber: string }[];
  providers?: { id: string; orgNumber: string }[];
}

const scenarios = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    data: JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as Scenario,
  }))
  .filter(({ data }) => data.clients !== undefined || data.providers !== undefined);

describe('identity numbers in fixtures/examples', () => {
  it('finds the scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(4);
  });

  const clients = scenarios.flatMap(({ name, data }) =>
    (data.clients ?? []).map((c) => [name, c.id, c.personalNumber] as const),
  );
  const providers = scenarios.flatMap(({ name, data }) =>
    (data.providers ?? []).map((p) => [name, p.id, p.orgNumber] as const),
  );

  it.each(clients)('%s client %s: %s is a valid personal number', (_file, _id, personalNumber) => {
    const result = parsePersonalNumber(personalNumber, '2026-01-01');
    expect(result).toMatchObject({ ok: true, value: { normalized: personalNumber } });
  });

  it.each(providers)(
    '%s provider %s: %s is a valid organisation number',
    (_file, _id, orgNumber) => {
      expect(parseOrgNumber(orgNumber, '2026-01-01')).toEqual({ ok: true, value: { normalized: orgNumber, soleTrader: false } });
    },
  );
});
