import { auditCommand } from './audit-command.ts';
import { compareCommand } from './compare-command.ts';
import { feesCommand } from './fees-command.ts';
import { importCommand } from './import-command.ts';
import { migrateCommand } from './migrate-command.ts';
import { planCommand } from './plan-command.ts';
import { reportCommand } from './report-command.ts';
import { serveCommand } from './serve-command.ts';
import { statementsCommand } from './statements-command.ts';
import { usersCommand } from './users-command.ts';
import { UsageError } from './args.ts';
import { vrptwCommand } from '@hemma/planner/cli';

const USAGE = `usage: hemma <command> [options]

commands:
  serve                                   run the server (what npm start does)
  migrate [--db D]                        bring the schema up to date (run as the database's owner)
  import <scenario.json> [--db D]         import a hemma-scenario/1 file
  statements --month YYYY-MM [--provider P] [--format json|csv|xlsx|pdf] [--out F] [--db D]
  fees --month YYYY-MM [--format json|csv|pdf] [--out F] [--db D]
  report continuity|time-at-clients|ordered-performed|declined|excess|manual-registrations|paid --month YYYY-MM
         [--format json|csv|xlsx] [--out F] [--db D]
  report continuity-14 --from YYYY-MM-DD [--format json|csv|xlsx] [--out F] [--db D]
                                          follow-up reports (docs/reports.md)
  users create --role R --username U [--district D | --provider P] [--staff S] --password-stdin [--qr] [--db D]
                                          create an account; prints its otpauth:// URI (the second factor)
  plan --date YYYY-MM-DD --provider P [--unit U] [--json]   the day's routes for a provider's staff
  vrptw FILE --seconds N [--seed S] [--iterations K]   solve a Solomon VRPTW instance
  compare --month YYYY-MM [--to YYYY-MM] [--cap 100] [--declined-percent care=0,service=0] [--rates +2%|day=+2%]
          [--model granted_time] [--fee-basis granted] [--fee-tariff hourly:350] [--format json|xlsx] [--out F] [--db D]
                                          what if the rules were different (docs/what-if.md); writes nothing
  audit verify [--checkpoints FILE|DIR] | checkpoint [--dir D] | search (--client C | --user U) [--from D] [--to D]
                                          check, anchor outside the database, or review the audit log

--municipality M picks one where the database holds several.
--db is a PGlite data directory or a postgres:// URL (default: DATABASE_URL, else HEMMA_DATA_DIR, else ./data)`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  migrate: migrateCommand,
  import: importCommand,
  statements: statementsCommand,
  fees: feesCommand,
  report: reportCommand,
  vrptw: (args) => vrptwCommand(args),
  plan: planCommand,
  users: usersCommand,
  audit: auditCommand,
  compare: compareCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`hemma: unknown command "${name}"\n\n${USAGE}`);
    return 1;
  }
  try {
    return await command(args);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`hemma ${name}: ${err.message}`);
      return 1;
    }
    console.error(`hemma ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}
