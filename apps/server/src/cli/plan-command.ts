import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { resolveMunicipality } from '../modules/care-data/month-data.ts';
import { makeDayPlan } from '../modules/day-plans/day-plans.service.ts';
import { inProcessPlanner } from '../modules/day-plans/planner.ts';
import { parse, UsageError } from './args.ts';
import { cliActor } from './cli-actor.ts';

function clock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `hemma plan --date D --provider P [--unit U] [--json]`: the day's routes as a readable list or JSON. */
export async function planCommand(args: string[]): Promise<number> {
  const { values } = parse(args, {
    date: { type: 'string' }, provider: { type: 'string' }, unit: { type: 'string' }, municipality: { type: 'string' },
    seed: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' },
  });
  if (values.date === undefined || !/^\d{4}-\d\d-\d\d$/.test(values.date)) throw new UsageError('--date YYYY-MM-DD is required');
  if (values.provider === undefined) throw new UsageError('--provider P is required (the provider whose staff are planned)');
  const config = loadConfig(process.env, values.db);
  const database = await openMigrated(config.database);
  try {
    const municipality = await resolveMunicipality(database.db, values.municipality);
    const reply = await makeDayPlan(database, cliActor(municipality), {
      date: values.date, provider: values.provider, unit: values.unit, seed: values.seed === undefined ? undefined : Number(values.seed),
    }, inProcessPlanner(config.jobs));
    if (values.json) {
      console.log(JSON.stringify(reply, null, 1));
      return 0;
    }
    const { plan, continuity } = reply;
    console.log(`Dagplan ${plan.date} för ${values.provider}${values.unit ? ` / ${values.unit}` : ''}: ${plan.routes.length} pass, restid ${Math.round(plan.travelMinutes)} min`);
    for (const r of plan.routes) {
      if (r.stops.length === 0) {
        console.log(`\n${r.staff}  inga besök`);
        continue;
      }
      console.log(`\n${r.staff}  ${clock(r.leave)}–${clock(r.back)}  (restid ${Math.round(r.travelMinutes)} min)`);
      for (const s of r.stops) console.log(`  ${clock(s.start)}–${clock(s.end)}  ${s.client}  (${s.visit}, ${Math.round(s.travelMinutes)} min resa)`);
    }
    if (plan.unassigned.length > 0) console.log(`\nEj planerade: ${plan.unassigned.map((u) => `${u.visit} (${u.reason})`).join(', ')}`);
    console.log(`\nKontinuitet: i snitt ${continuity.mean} olika personal per brukare denna vecka (högst ${continuity.max}); kontaktmannen gör ${Math.round(continuity.contactPersonShare * 100)} % av besöken`);
    if (reply.withoutLocation.length > 0) console.log(`Besök utan koordinater (ej planerade): ${reply.withoutLocation.join(', ')}`);
    return 0;
  } finally {
    await database.close();
  }
}
