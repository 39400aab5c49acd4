import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EXAMPLES_DIR = join(import.meta.dirname, '../../../../fixtures/examples');

export function readExample(name: string): unknown {
  return JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
}

/** The scenario files among the examples (not the statements or fees they must yield). */
export function scenarioExamples(): string[] {
  return readdirSync(EXAMPLES_DIR).filter((f) => /^\d\d-[a-z-]+\.json$/.test(f)).sort();
}
