import { describe, expect, it } from 'vitest';
import { analyseMonth } from './analyse.ts';
import { computeStatements } from './compute.ts';
import { ruleOn } from './rules.ts';
import { baseData, registration, visit } from './test-support/builder.ts';

describe('analyseMonth', () => {
  it('marks visits held whole, lists both declined kinds, and works the same in granted_time', () => {
    for (const model of ['performed_time', 'granted_time'] as const) {
      const data = baseData({ model });
      const perHour = visit('2017-01-10T08:00', '2017-01-10T09:00', { staff: 's1' });
      const partlyHeld = visit('2017-01-10T08:30', '2017-01-10T09:30', { staff: 's2' });
      const night = visit('2017-01-10T23:00', '2017-01-10T23:30', { staff: 's1' });
      const nightHeld = visit('2017-01-10T23:10', '2017-01-10T23:20', { staff: 's2' });
      const noOrder = visit('2017-01-11T08:00', '2017-01-11T08:30', { staff: 's1', client: 'c2' });
      const declined = [
        registration('declined_at_door', '2017-01-12T08:00:00+01:00', { plannedMinutes: 30, client: 'c2' }),
        registration('declined_in_advance', '2017-01-13T08:00:00+01:00'),
      ];
      const february = visit('2017-02-01T08:00', '2017-02-01T09:00');
      data.registrations = [...perHour, ...partlyHeld, ...night, ...nightHeld, ...noOrder, ...declined, ...february];
      const result = analyseMonth(data, '2017-01');
      expect(result.visits.map((v) => [v.id, v.date, v.heldWhole])).toEqual([
        [perHour[0]?.id, '2017-01-10', false],
        [partlyHeld[0]?.id, '2017-01-10', false],
        [night[0]?.id, '2017-01-10', false],
        [nightHeld[0]?.id, '2017-01-10', true],
        [noOrder[0]?.id, '2017-01-11', true],
      ]);
      expect(result.visits[0]).toMatchObject({ client: 'c1', provider: 'p1', staff: 's1', endMinute: (result.visits[0]?.startMinute ?? 0) + 60 });
      expect(result.declined).toEqual([
        { id: declined[0]?.id, client: 'c2', provider: 'p1', kind: 'declined_at_door', date: '2017-01-12' },
        { id: declined[1]?.id, client: 'c1', provider: 'p1', kind: 'declined_in_advance', date: '2017-01-13' },
      ]);
    }
  });
});

describe('analyseMonth marks how a visit was registered', () => {
  it('marks a visit manual when either end was typed by hand, and corrected when either end corrects another', () => {
    const data = baseData({ model: 'performed_time' });
    const tagged = visit('2017-01-10T08:00', '2017-01-10T08:30');
    const manualArrive = [
      registration('arrive', '2017-01-11T08:00:00+01:00', { method: 'manual', reason: 'taggen saknades' }),
      registration('leave', '2017-01-11T08:30:00+01:00'),
    ];
    const wrongLeave = visit('2017-01-12T08:00', '2017-01-12T11:00');
    const fixedLeave = registration('leave', '2017-01-12T08:40:00+01:00', { method: 'manual', reason: 'glömde', corrects: wrongLeave[1]?.id });
    const wrongArrive = visit('2017-01-13T07:00', '2017-01-13T08:30');
    // A correction made through the tag flow still counts as corrected, if not as manual.
    const fixedArrive = registration('arrive', '2017-01-13T08:00:00+01:00', { corrects: wrongArrive[0]?.id });
    data.registrations = [...tagged, ...manualArrive, ...wrongLeave, fixedLeave, ...wrongArrive, fixedArrive];
    const flags = analyseMonth(data, '2017-01').visits.map((v) => [v.date, v.manual, v.corrected]);
    expect(flags).toEqual([
      ['2017-01-10', false, false],
      ['2017-01-11', true, false],
      ['2017-01-12', true, true],
      ['2017-01-13', false, true],
    ]);
  });
});

describe('statements without lines', () => {
  it('gives no statement to a granted_time provider that has only registrations', () => {
    const data = baseData({ model: 'granted_time' });
    data.registrations = visit('2017-01-10T08:00', '2017-01-10T09:00', { staff: 't1' });
    expect(computeStatements(data, '2017-01').statements.map((s) => s.provider)).toEqual(['p1']);
  });
});

describe('ruleOn', () => {
  it('takes the latest from on or before the date, the last listed of equal dates, else the defaults', () => {
    const a = { from: '2017-01-01', capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } };
    const b = { from: '2017-01-01', capPercent: 120, declinedAtDoorPercent: { care: 0, service: 0 } };
    const c = { from: '2017-03-01', capPercent: 130, declinedAtDoorPercent: { care: 0, service: 0 } };
    expect(ruleOn([a, b, c], '2017-02-28').capPercent).toBe(120);
    expect(ruleOn([a, b, c], '2017-03-01').capPercent).toBe(130);
    expect(ruleOn([c], '2016-12-31')).toMatchObject({ capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } });
  });
});
