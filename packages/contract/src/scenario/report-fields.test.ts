import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';

// The two things spec/reports-v1.md lets a scenario add: a registration's purpose and shifts.

const TODAY = { referenceDate: '2026-11-23' };
const example = (): any => JSON.parse(readFileSync(join(import.meta.dirname, '../../../../fixtures/examples/01-cap-and-declined.json'), 'utf8'));

describe('purposes and shifts in a scenario', () => {
  it('carries them, and the staff member\'s unit, into the domain\'s facts', () => {
    const raw = example();
    raw.registrations[0].purpose = 'alarm_response';
    raw.shifts = [{ staff: 's1', from: '2016-12-05T22:00:00+01:00', to: '2016-12-06T06:30:00+01:00' }];
    const r = parseScenario(raw, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.registrations[0]!.purpose).toBe('alarm_response');
    expect(r.data.shifts).toEqual(raw.shifts);
    expect(parseScenario(example(), TODAY)).toMatchObject({ ok: true, data: { shifts: [] } });
  });

  it('refuses an unknown purpose, a shift ending before it starts and a shift of unknown staff, each at its path', () => {
    const raw = example();
    raw.registrations[1].purpose = 'coffee';
    const first = parseScenario(raw, TODAY);
    expect(first.ok ? [] : first.issues.map((i) => i.path)).toEqual(['registrations[1].purpose']);
    const shifts = example();
    shifts.shifts = [
      { staff: 's1', from: '2016-12-05T16:00:00+01:00', to: '2016-12-05T07:00:00+01:00' },
      { staff: 'nobody', from: '2016-12-05T07:00:00+01:00', to: '2016-12-05T16:00:00+01:00' },
    ];
    const second = parseScenario(shifts, TODAY);
    expect(second.ok ? [] : second.issues).toEqual([{ path: 'shifts[0].to', message: 'a shift cannot end before it starts' }]);
    shifts.shifts.shift();
    const third = parseScenario(shifts, TODAY);
    expect(third.ok ? [] : third.issues).toEqual([{ path: 'shifts[0].staff', message: 'unknown staff member "nobody"' }]);
  });
});
