import { describe, expect, it } from 'vitest';
import { age } from './age.ts';

describe('age', () => {
  it('counts whole years and turns a year older on the birthday itself', () => {
    expect(age('1952-05-01', '2017-04-30')).toBe(64);
    expect(age('1952-05-01', '2017-05-01')).toBe(65);
    expect(age('1952-05-02', '2017-05-01')).toBe(64);
    expect(age('1938-04-07', '2017-05-01')).toBe(79);
  });

  it('lets someone born on 29 February turn older on 1 March in a common year', () => {
    expect(age('1952-02-29', '2017-02-28')).toBe(64);
    expect(age('1952-02-29', '2017-03-01')).toBe(65);
    expect(age('1952-02-29', '2016-02-29')).toBe(64);
  });

  it('is 0 on the day of birth and negative before it', () => {
    expect(age('2017-05-01', '2017-05-01')).toBe(0);
    expect(age('2017-05-02', '2017-05-01')).toBe(-1);
  });

  it('refuses dates that are not calendar dates', () => {
    expect(() => age('1952-02-30', '2017-05-01')).toThrow(/birthDate must be a calendar date/);
    expect(() => age('1952-05-01', '2017-5-1')).toThrow(/onDate must be a calendar date/);
  });
});
