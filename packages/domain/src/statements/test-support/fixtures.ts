// Test support: the worked examples in fixtures/examples, read from disk. Only tests import
// this file; the domain's no-I/O rule is about the engine, and tests may read fixtures.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CareData } from '../../model/care-data.ts';
import { careDataFromScenario } from './scenario.ts';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../../../../fixtures/examples');

export interface WorkedExample {
  name: string;
  month: string;
  data: CareData;
  expectedText: string;
}

/** Every `NAME.YYYY-MM.statements.json` with its scenario `NAME.json`. */
export function workedStatementExamples(): WorkedExample[] {
  return readdirSync(EXAMPLES_DIR)
    .map((file) => /^(.+)\.(\d{4}-\d{2})\.statements\.json$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([file, name = '', month = '']) => ({
      name,
      month,
      data: loadScenario(name),
      expectedText: readFileSync(join(EXAMPLES_DIR, file), 'utf8'),
    }));
}

export function loadScenario(name: string): CareData {
  return careDataFromScenario(JSON.parse(readFileSync(join(EXAMPLES_DIR, `${name}.json`), 'utf8')) as Record<string, unknown>);
}
