import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import type { InputIssue } from './issues.ts';

const EXAMPLES = join(import.meta.dirname, '../../../../fixtures/examples');
const TODAY = { referenceDate: '2026-11-23' };

function example(name = '01-cap-and-declined.json'): any {
  return JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));
}

function issuesOf(raw: unknown): InputIssue[] {
  const r = parseScenario(raw, TODAY);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.issues;
}

describe('parseScenario accepts the worked examples', () => {
  for (const name of ['01-cap-and-declined.json', '02-granted-time-deviations.json', '03-bands-holidays-exceptions.json', '04-fees.json']) {
    it(name, () => {
      const r = parseScenario(example(name), TODAY);
      expect(r.ok ? 'ok' : r.issues).toBe('ok');
    });
  }

  it('fills the defaults of the specification', () => {
    const r = parseScenario(example(), TODAY);
    if (!r.ok) throw new Error('refused');
    expect(r.data.municipality.bands.map((b) => [b.id, b.from, b.to, b.price])).toEqual([
      ['day', '07:00', '22:00', 'per_hour'],
      ['night', '22:00', '07:00', 'per_visit'],
    ]);
    expect(r.data.municipality.defaultBand).toBe('day');
    expect(r.data.municipality.holidayEves).toEqual(['midsummer_eve', 'christmas_eve', 'new_years_eve']);
  });

  it('keeps one registration when an id repeats with equal content (03 repeats one)', () => {
    const raw = example('03-bands-holidays-exceptions.json');
    const r = parseScenario(raw, TODAY);
    if (!r.ok) throw new Error('refused');
    expect(r.data.registrations).toHaveLength(raw.registrations.length - 1);
  });

  it('expands a 10-digit personal number relative to the import date', () => {
    const raw = example();
    raw.clients[0].personalNumber = '400101-0018';
    const r = parseScenario(raw, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.clients[0]!.personalNumber).toBe('19400101-0018');
  });
});

describe('parseScenario takes what the specification allows', () => {
  it('registration ids that are 8-4-4-4-12 hex without RFC 9562 version bits', () => {
    const raw = example();
    raw.registrations[0].id = '00000000-0000-0000-0000-000000000001';
    const r = parseScenario(raw, TODAY);
    expect(r.ok ? 'ok' : r.issues).toBe('ok');
  });

  it('household on the client (field notes) or in its fee data, the fee data winning', () => {
    const raw = example('04-fees.json');
    const [first, second] = raw.clients;
    delete first.fee.household;
    first.household = 'cohabiting';
    second.household = 'cohabiting';
    second.fee.household = 'single';
    const r = parseScenario(raw, TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.data.clients[0]!.fee?.household).toBe('cohabiting');
    expect(r.data.clients[1]!.fee?.household).toBe('single');
  });
});

describe('parseScenario refuses broken files, naming the JSON path', () => {
  it('a registration id repeated with other content', () => {
    const raw = example();
    raw.registrations.push({ ...raw.registrations[1], at: '2016-12-05T09:05:00+01:00' });
    expect(issuesOf(raw)).toEqual([
      { path: `registrations[${raw.registrations.length - 1}].id`, message: expect.stringMatching(/repeated with other content \(first at registrations\[1\]\)/) },
    ]);
  });

  it('overlapping orders of one client and provider', () => {
    const raw = example();
    raw.orders.push({ ...raw.orders[0], id: 'o2', from: '2017-01-01', to: '2017-02-28' });
    expect(issuesOf(raw)).toEqual([{ path: 'orders[1]', message: expect.stringMatching(/overlaps orders\[0\]/) }]);
  });

  it('orders that follow each other do not overlap', () => {
    const raw = example();
    raw.orders[0].to = '2016-12-31';
    raw.orders.push({ ...raw.orders[0], id: 'o2', from: '2017-01-01', to: null });
    expect(parseScenario(raw, TODAY).ok).toBe(true);
  });

  it('unknown references: staff, client, district, band', () => {
    const raw = example();
    raw.registrations[0].staff = 'nobody';
    raw.orders[0].client = 'c9';
    raw.clients[0].district = 'söder';
    raw.municipality.rates[0].band = 'evening';
    const paths = issuesOf(raw).map((i) => `${i.path}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'registrations[0].staff: unknown staff member "nobody"',
        'orders[0].client: unknown client "c9"',
        'clients[0].district: unknown district "söder"',
        'municipality.rates[0].band: unknown band "evening"',
      ]),
    );
  });

  it('bands that leave a minute of the week uncovered', () => {
    const raw = example();
    raw.municipality.bands = [
      { id: 'day', from: '07:00', to: '22:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_hour' },
      { id: 'night', from: '22:00', to: '06:59', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], price: 'per_visit' },
    ];
    const issues = issuesOf(raw);
    expect(issues.length).toBe(7);
    expect(issues[0]).toEqual({ path: 'municipality.bands', message: expect.stringMatching(/mon 06:59–07:00/) });
  });

  it('the amended identity rules: + from the year one turns 100, birth number 000, a future birth date', () => {
    const raw = example('02-granted-time-deviations.json');
    const originals = raw.clients.map((c: { personalNumber: string }) => c.personalNumber);
    raw.clients[0].personalNumber = '261215+1239';
    raw.clients[1].personalNumber = '19400101-0000';
    raw.clients[2].personalNumber = '20261202-1234';
    const issues = issuesOf(raw);
    expect(issues).toEqual([
      { path: 'clients[1].personalNumber', message: 'birth number 000 is never issued' },
      { path: 'clients[2].personalNumber', message: `birth date 2026-12-02 is after ${TODAY.referenceDate}` },
    ]);
    raw.clients[1].personalNumber = originals[1];
    raw.clients[2].personalNumber = originals[2];
    const r = parseScenario(raw, { referenceDate: '2026-12-01' });
    expect(r.ok && r.data.clients[0]!.personalNumber).toBe('19261215-1239');
  });

  it('a sole trader’s personal number and the 16-prefixed form as organisation numbers', () => {
    const raw = example();
    raw.providers[0].orgNumber = '400101-0018';
    const r = parseScenario(raw, TODAY);
    expect(r.ok && r.data.providers[0]!.orgNumber).toBe('19400101-0018');
    raw.providers[0].orgNumber = '16556677-8899';
    const again = parseScenario(raw, TODAY);
    expect(again.ok && again.data.providers[0]!.orgNumber).toBe('556677-8899');
  });

  it('a bad personal number and a bad organisation number', () => {
    const raw = example();
    raw.clients[0].personalNumber = '19400101-0019';
    raw.providers[0].orgNumber = '556677-8898';
    const issues = issuesOf(raw);
    expect(issues.map((i) => i.path)).toEqual(['clients[0].personalNumber', 'providers[0].orgNumber']);
    expect(issues[0]!.message).toMatch(/checksum/);
  });

  it('shape errors: wrong format, bad instant, unknown key, manual without reason', () => {
    const raw = example();
    raw.registrations[2].at = '2016-12-06 21:30';
    raw.registrations[3].method = 'manual';
    raw.clients[0].nmae = 'typo';
    expect(issuesOf(raw).map((i) => i.path)).toEqual(['clients[0]', 'registrations[2].at']);
    const raw2 = example();
    raw2.registrations[3].method = 'manual';
    expect(issuesOf(raw2)).toEqual([{ path: 'registrations[3].reason', message: 'a manual registration needs a reason' }]);
    expect(issuesOf({ format: 'hemma-scenario/2' })[0]!.path).toBe('format');
  });

  it('a default band that is per_visit, an unknown eve and an unknown area', () => {
    const raw = example();
    raw.municipality.defaultBand = 'night';
    raw.municipality.holidayEves = ['easter_eve'];
    raw.orders[0].hoursPerMonth = { cleaning: 3 };
    const paths = issuesOf(raw).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['municipality.holidayEves[0]', 'orders[0].hoursPerMonth.cleaning']));
    const raw2 = example();
    raw2.municipality.defaultBand = 'night';
    expect(issuesOf(raw2)).toEqual([{ path: 'municipality.defaultBand', message: expect.stringMatching(/must be per_hour/) }]);
  });
});
