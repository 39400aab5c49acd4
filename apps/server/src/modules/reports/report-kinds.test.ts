import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '@hemma/contract/scenario';
import { computeStatements } from '@hemma/domain/statements';
import { describe, expect, it } from 'vitest';
import { computeMonthReports, computeReport, inputsFromData } from './report-kinds.ts';

const SCENARIO = join(import.meta.dirname, '../../../../../fixtures/reports/reports-example.json');

describe('all monthly reports at once', () => {
  it('gives each report exactly as computing it alone does', () => {
    const parsed = parseScenario(JSON.parse(readFileSync(SCENARIO, 'utf8')), { referenceDate: '2026-11-23' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const inputs = inputsFromData(parsed.data, computeStatements(parsed.data, '2017-04'));
    const all = computeMonthReports(inputs, '2017-04');
    expect([...all.keys()]).toEqual(['continuity', 'time-at-clients', 'ordered-performed', 'declined', 'excess', 'manual-registrations', 'paid']);
    for (const [name, doc] of all) expect(JSON.stringify(doc)).toBe(JSON.stringify(computeReport(name, inputs, '2017-04')));
  });
});
