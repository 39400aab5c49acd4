import { text } from 'node:stream/consumers';
import { loadConfig } from '../config.ts';
import { otpauthQrTerminal } from '../auth/totp.ts';
import { openMigrated } from '../db/open.ts';
import { createUser } from '../modules/users/users.service.ts';
import { parse, UsageError } from './args.ts';

const USAGE =
  'usage: hemma users create --role R --username U [--district D | --provider P] [--staff S] [--municipality M] --password-stdin [--qr] [--db D]';

/** The password from standard input (its first line), never from the command line or ps. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) console.error('password (then Enter and Ctrl-D):');
  const first = (await text(process.stdin)).split(/\r?\n/, 1)[0] ?? '';
  if (first === '')
    throw new UsageError(
      'no password on standard input (echo "…" | hemma users create … --password-stdin)',
    );
  return first;
}

export async function usersCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create')
    throw new UsageError(sub === undefined ? USAGE : `unknown subcommand "${sub}"\n${USAGE}`);
  const { values } = parse(rest, {
    role: { type: 'string' },
    username: { type: 'string' },
    district: { type: 'string' },
    provider: { type: 'string' },
    staff: { type: 'string' },
    municipality: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    qr: { type: 'boolean' },
    db: { type: 'string' },
  });
  if (values.role === undefined || values.username === undefined)
    throw new UsageError(`--role and --username are required\n${USAGE}`);
  if (!values['password-stdin'])
    throw new UsageError(
      'give the password on standard input with --password-stdin (a password in the arguments would show in ps and the shell history)',
    );
  const password = await passwordFromStdin();

  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const result = await createUser(database.db, {
      role: values.role,
      username: values.username,
      password,
      municipalityId: values.municipality,
      districtId: values.district,
      providerId: values.provider,
      staffId: values.staff,
    });
    if (!result.ok) {
      console.error(
        `not created:\n${result.issues.map((i) => `  --${i.path}: ${i.message}`).join('\n')}`,
      );
      return 1;
    }
    const u = result.user;
    const where = u.districtId
      ? `, district ${u.districtId}`
      : u.providerId
        ? `, provider ${u.providerId}${u.staffId ? `, staff ${u.staffId}` : ''}`
        : '';
    console.error(
      `created ${u.role} ${u.username} in ${u.municipalityId}${where}. Scan this into an authenticator app (the second factor):`,
    );
    if (values.qr) console.error(await otpauthQrTerminal(u.otpauthUri));
    console.log(u.otpauthUri);
    return 0;
  } finally {
    await database.close();
  }
}
