import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PIN_TRIES, pinProblem, pinTriesLeft } from './pin.ts';

describe('pinProblem', () => {
  it('takes four to six digits that are neither repeated nor a straight run', () => {
    for (const pin of ['2580', '1357', '9071', '13579', '240617', '1123', '1235']) expect(pinProblem(pin), pin).toBeNull();
  });

  it('names what is wrong', () => {
    expect(pinProblem('12a4')).toBe('digits');
    expect(pinProblem(' 2580')).toBe('digits');
    expect(pinProblem('258')).toBe('length');
    expect(pinProblem('')).toBe('length');
    expect(pinProblem('2580137')).toBe('length');
    expect(pinProblem('0000')).toBe('repeated');
    expect(pinProblem('777777')).toBe('repeated');
    expect(pinProblem('1234')).toBe('sequence');
    expect(pinProblem('456789')).toBe('sequence');
    expect(pinProblem('9876')).toBe('sequence');
    expect(pinProblem('3210')).toBe('sequence');
  });

  it('refuses every string with a non-digit and accepts only lengths 4 to 6', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const problem = pinProblem(s);
      if (!/^[0-9]*$/.test(s)) return problem === 'digits';
      if (s.length < 4 || s.length > 6) return problem === 'length';
      return problem === null || problem === 'repeated' || problem === 'sequence';
    }));
  });
});

describe('pinTriesLeft', () => {
  it('counts down from the maximum and stops at zero', () => {
    expect(pinTriesLeft(0)).toBe(MAX_PIN_TRIES);
    expect(pinTriesLeft(MAX_PIN_TRIES - 1)).toBe(1);
    expect(pinTriesLeft(MAX_PIN_TRIES)).toBe(0);
    expect(pinTriesLeft(MAX_PIN_TRIES + 3)).toBe(0);
  });
});
