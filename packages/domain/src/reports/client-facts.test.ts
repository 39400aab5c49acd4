// The claims the kept report facts rest on: a few clients' facts, computed from their closure
// beside their slices, equal theirs of the whole month; facts taken from the kept slices equal
// those taken from the statements object; and the 14-day indicator read from two months' facts
// equals the indicator computed over the 14 days themselves, wherever the days fall.

import { describe, expect, it } from 'vitest';
import type { CareData, Registration } from '../model/care-data.ts';
import { SeededRandom as Random } from '../random/seeded-random.ts';
import { registrationsForClients } from '../statements/closure.ts';
import { computeStatements } from '../statements/compute.ts';
import { randomScenario } from '../statements/reference/random-scenario.ts';
import { computeSlicesAndItems } from '../statements/slices.ts';
import { careDataFromScenario } from '../statements/test-support/scenario.ts';
import { formatDayNumber, parseDate } from '../time/civil-days.ts';
import { clientReportFacts, monthReportFacts } from './client-facts.ts';
import { computeContinuity14 } from './continuity-14.ts';
import { continuity14OfFacts, directoryOf } from './of-facts.ts';
import { arrive, baseData, dates, withClients } from './test-support.ts';

const RUNS = Number(process.env.HEMMA_DIFF_RUNS ?? 40);
const FIRST_SEED = Number(process.env.HEMMA_DIFF_SEED ?? 20_261_203);

describe('client report facts', () => {
  it(`of a few clients from their closure equal theirs of the whole month, and the slices' equal the statements' (${RUNS} scenarios from seed ${FIRST_SEED})`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS; seed++) {
      const { scenario, months } = randomScenario(seed);
      const data = careDataFromScenario(scenario);
      const r = new Random(seed);
      for (const month of months) {
        const whole = monthReportFacts(data, computeStatements(data, month));
        const kept = computeSlicesAndItems(data, month);
        if (JSON.stringify(clientReportFacts(data, month, kept.slices, kept.items)) !== JSON.stringify(whole)) failures.push(`seed ${seed} month ${month}: whole month`);
        const chosen = new Set(r.subset(data.clients.map((c) => c.id), 0.4));
        const closure: CareData = { ...data, registrations: registrationsForClients(data.registrations, chosen) };
        const few = computeSlicesAndItems(closure, month, chosen);
        const alone = clientReportFacts(closure, month, few.slices, few.items, chosen);
        if (JSON.stringify(alone) !== JSON.stringify(whole.filter((f) => chosen.has(f.client)))) failures.push(`seed ${seed} month ${month}: a few clients`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('give the 14-day indicator of any first day from the months the days touch', () => {
    // Clients of 60–90 years met from 10 March to 20 April 2017 (summer time begins on 26 March)
    // by four staff, mostly twice a day between 06:00 and 23:00, some days once, some meetings
    // alarm responses or meal deliveries.
    const r = new Random(14);
    const clients = Array.from({ length: 12 }, (_, i) => ({ id: `c${i + 1}`, born: `${r.int(1927, 1957)}-0${r.int(1, 9)}-1${r.int(0, 9)}` }));
    const staff = ['s1', 's2', 's3', 't1'];
    const registrations: Registration[] = [];
    for (const c of clients) {
      for (const date of dates('2017-03-10', 42)) {
        const n = r.int(0, 9) === 0 ? 1 : r.int(2, 3);
        for (let k = 0; k < n; k++) {
          const time = `${String(r.int(6, 22)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
          const purpose = r.int(0, 19) === 0 ? { purpose: r.pick(['alarm_response', 'meal_delivery'] as const) } : {};
          registrations.push(arrive(c.id, r.pick(staff), date, time, purpose));
        }
      }
    }
    const data = { ...withClients(baseData(), clients), registrations };
    const none = { visits: [], declined: [] };
    const facts = ['2017-03', '2017-04'].flatMap((month) => clientReportFacts(data, month, [], none));
    const dir = directoryOf(data, '2017-03');
    let eligible = 0;
    for (let day = parseDate('2017-03-08'); day <= parseDate('2017-04-10'); day++) {
      const from = formatDayNumber(day);
      const expected = computeContinuity14(data, from);
      eligible += expected.clients.length;
      expect(continuity14OfFacts(dir, from, facts), from).toEqual(expected);
    }
    // The comparison means something only if some clients were eligible.
    expect(eligible).toBeGreaterThan(0);
  });
});
