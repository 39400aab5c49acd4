import { describe, expect, it } from 'vitest';
import { nextTapKind, visitStatuses, type DayRegistration, type DayVisit } from './visit-status.ts';

const visits: DayVisit[] = [
  { id: 'a-evening', clientId: 'a', windowFrom: '17:00' },
  { id: 'a-morning', clientId: 'a', windowFrom: '08:00' },
  { id: 'b', clientId: 'b', windowFrom: '10:00' },
];
const reg = (id: string, clientId: string, kind: DayRegistration['kind'], hhmm: string, corrects?: string): DayRegistration => ({
  id, clientId, kind, at: `2026-12-01T${hhmm}:00+01:00`, corrects,
});

describe('visitStatuses', () => {
  it('is planned for every visit before anything is registered', () => {
    expect([...visitStatuses(visits, []).values()]).toEqual(['planned', 'planned', 'planned']);
  });

  it('fills a client\'s visits in window order, whatever order the registrations came in', () => {
    const s = visitStatuses(visits, [reg('3', 'a', 'arrive', '17:05'), reg('2', 'a', 'leave', '08:40'), reg('1', 'a', 'arrive', '08:05')]);
    expect(s.get('a-morning')).toBe('done');
    expect(s.get('a-evening')).toBe('arrived');
    expect(s.get('b')).toBe('planned');
  });

  it('counts a decline as the visit and a leave without arrival as an exception', () => {
    const s = visitStatuses(visits, [reg('1', 'a', 'declined_at_door', '08:05'), reg('2', 'a', 'leave', '17:30'), reg('3', 'b', 'declined_in_advance', '07:00')]);
    expect(s.get('a-morning')).toBe('declined');
    expect(s.get('a-evening')).toBe('exception');
    expect(s.get('b')).toBe('declined');
  });

  it('ignores a registration that a void withdrew', () => {
    const s = visitStatuses(visits, [reg('1', 'b', 'arrive', '10:00'), reg('2', 'b', 'void', '10:01', '1')]);
    expect(s.get('b')).toBe('planned');
  });
});

describe('nextTapKind', () => {
  it('alternates arrival and leave at one client and starts over at another', () => {
    const done = [reg('1', 'a', 'arrive', '08:00')];
    expect(nextTapKind('a', [])).toBe('arrive');
    expect(nextTapKind('a', done)).toBe('leave');
    expect(nextTapKind('b', done)).toBe('arrive');
    expect(nextTapKind('a', [...done, reg('2', 'a', 'leave', '08:30')])).toBe('arrive');
  });
});

describe('visitStatuses with a missing leave', () => {
  it('marks the first visit an exception and opens the next one on a second arrival', () => {
    const s = visitStatuses(visits, [reg('1', 'a', 'arrive', '08:00'), reg('2', 'a', 'arrive', '17:00')]);
    expect(s.get('a-morning')).toBe('exception');
    expect(s.get('a-evening')).toBe('arrived');
  });
});
