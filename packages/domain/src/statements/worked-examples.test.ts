import { describe, expect, it } from 'vitest';
import { computeStatements } from './compute.ts';
import { workedStatementExamples } from './test-support/fixtures.ts';

describe('worked examples of the scenario spec', () => {
  const examples = workedStatementExamples();

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  for (const example of examples) {
    it(`${example.name} ${example.month} yields exactly its statements`, () => {
      const actual = computeStatements(example.data, example.month);
      expect(actual).toEqual(JSON.parse(example.expectedText));
      // Same keys in the same order: consumers compare the serialised text.
      expect(JSON.stringify(actual)).toBe(JSON.stringify(JSON.parse(example.expectedText)));
    });
  }
});
