// One phone: logs in through the real two-step flow over HTTP, then makes batches of
// registrations as a working day would: arrive and leave at one client, then the next.
import { randomUUID } from 'node:crypto';
import { totpCode } from '../../apps/server/src/auth/totp.ts';
import { PASSWORD, type Phone } from './seed.ts';

export interface LoggedIn {
  phone: Phone;
  headers: Record<string, string>;
}

function cookie(res: Response, name: string): string {
  const c = res.headers.getSetCookie().find((h) => h.startsWith(`${name}=`));
  if (!c) throw new Error(`no ${name} cookie (${res.status})`);
  return c.split(';', 1)[0]!;
}

export async function logIn(base: string, phone: Phone): Promise<LoggedIn> {
  const json = { 'content-type': 'application/json' };
  const first = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username: phone.username, password: PASSWORD }) });
  if (first.status !== 200) throw new Error(`login of ${phone.username}: ${first.status} ${await first.text()}`);
  const pending = cookie(first, 'hemma_login');
  const second = await fetch(`${base}/api/v1/auth/totp`, {
    method: 'POST',
    headers: { ...json, cookie: pending },
    body: JSON.stringify({ code: totpCode(phone.totpSecret, new Date()) }),
  });
  if (second.status !== 200) throw new Error(`code of ${phone.username}: ${second.status} ${await second.text()}`);
  const session = cookie(second, 'hemma_session');
  const { csrfToken } = (await second.json()) as { csrfToken: string };
  return { phone, headers: { ...json, cookie: session, 'x-csrf-token': csrfToken } };
}

const MINUTE = 60_000;

/** The phone's day so far: each call continues where the last batch ended. */
export class Day {
  private at: number;
  private step = 0;

  constructor(
    private readonly phone: Phone,
    start: number,
  ) {
    this.at = start;
  }

  /** Arrive, and leave 25 minutes later; the next client 10 minutes after that. One in 50 is manual. */
  next(count: number): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < count; i++, this.step++) {
      const client = Math.floor(this.step / 2) % this.phone.tags.length;
      const kind = this.step % 2 === 0 ? 'arrive' : 'leave';
      const id = randomUUID();
      const at = new Date(this.at).toISOString();
      out.push(
        this.step % 50 === 49
          ? { id, kind, client: `c${Number(this.phone.staffId.slice(1)) * 2 - 1 + client}`, method: 'manual', reason: 'Taggen svarade inte', at }
          : { id, kind, tag: this.phone.tags[client], method: 'nfc', at },
      );
      this.at += kind === 'arrive' ? 25 * MINUTE : 10 * MINUTE;
    }
    return out;
  }
}
