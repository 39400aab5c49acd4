import { Temporal } from 'temporal-polyfill';
import type { Database } from '../db/connect.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { createDemoAccounts } from '../modules/users/demo-accounts.ts';
import { seedPlansAndShifts, type PlanFit } from './care-plans.ts';
import { describeShares, exceptionShares, type ExceptionShare } from './exception-share.ts';
import { generateDemo } from './generate.ts';
import { seedProviderOffers } from './provider-offers.ts';
import { describeTimeAtClients, timeAtClientsOfMonths } from './time-share.ts';
import type { TimeAtClientsDocument } from '@hemma/domain/reports';

/**
 * Creates the demo municipality through the import path when the database holds no
 * municipality: the two whole months before the current one get registrations.
 */
export async function seedDemoIfEmpty(
  database: Database,
  today: Temporal.PlainDate = Temporal.Now.plainDateISO('Europe/Stockholm'),
): Promise<{ municipality: string; summary: string; logins: string; exceptions: ExceptionShare[]; timeAtClients: TimeAtClientsDocument[]; plansOverShifts: PlanFit } | null> {
  const existing = await database.db.selectFrom('municipalities').select('municipality_id').limit(1).execute();
  if (existing.length > 0) return null;
  const firstMonth = today.toPlainYearMonth().subtract({ months: 2 }).toString();
  const scenario = generateDemo({ firstMonth });
  const result = await importScenario(database, scenario, { referenceDate: today.toString() });
  if (!result.ok) {
    throw new Error(`the demo scenario does not validate: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  await seedProviderOffers(database.db, result.municipality);
  const from = Temporal.PlainDate.from(`${firstMonth}-01`);
  const { plans, fit } = await seedPlansAndShifts(database.db, scenario, from, today);
  const logins = await createDemoAccounts(database.db, result.municipality);
  const months = [firstMonth, today.toPlainYearMonth().subtract({ months: 1 }).toString()];
  const exceptions = await exceptionShares(database.db, result.municipality, scenario, months);
  const timeAtClients = await timeAtClientsOfMonths(database.db, result.municipality, months);
  return {
    municipality: result.municipality,
    logins,
    exceptions,
    timeAtClients,
    plansOverShifts: fit,
    summary: `${scenario.clients?.length} clients, ${scenario.staff?.length} staff, ${result.registrationsAdded} registrations in ${firstMonth} and the month after, ${plans} care plans (${describeFit(fit)}), weekly shift patterns from ${from.toString()} and the ${scenario.shifts?.length} shifts they give; ${describeShares(exceptions)}; ${describeTimeAtClients(timeAtClients)}`,
  };
}

/** The week plan's marks: planned visits whose staff member is off or working other hours. */
function describeFit(fit: PlanFit): string {
  return `${fit.outside} of ${fit.cells} planned visits of this week outside their staff's shifts, ${((100 * fit.outside) / Math.max(1, fit.cells)).toFixed(1)} %`;
}
