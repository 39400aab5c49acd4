// A window's registrations from PostgreSQL by one binary COPY: the server sends each row's
// fields as they are stored (a uuid as 16 bytes, an instant as microseconds), so it formats no
// text, which is most of what building a day's text page costs it (docs/benchmarks.md). PGlite
// has no COPY to the client; it reads pages (registration-pages.repository.ts).

import type { Registration } from '@hemma/domain';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { formatDayNumber } from '@hemma/domain/time';
import { registrationOf } from './registration-reader.ts';

export interface CopyWindow {
  mid: string;
  from: Date;
  to: Date;
  /** Only these providers' staff's registrations, and every correction (see RegistrationWindow). */
  providers?: readonly string[] | undefined;
}

const COLUMNS = 'registration_id, kind, client_id, staff_id, at, method, reason, corrects, planned_minutes, category, purpose';

/** COPY takes no parameters: the values are written as literals, quoted by the driver. */
function copyQuery(client: pg.ClientBase, w: CopyWindow): string {
  const lit = (value: string): string => client.escapeLiteral(value);
  const ofProviders = w.providers === undefined
    ? ''
    : ` and (corrects is not null or staff_id in (select staff_id from staff where municipality_id = ${lit(w.mid)}` +
      ` and provider_id = any(array[${w.providers.map(lit).join(', ') || 'null'}]::text[])))`;
  return `copy (select ${COLUMNS} from registrations where municipality_id = ${lit(w.mid)}` +
    ` and at >= ${lit(w.from.toISOString())}::timestamptz and at < ${lit(w.to.toISOString())}::timestamptz${ofProviders})` +
    ' to stdout (format binary)';
}

/** Appends the window's registrations to `out`. */
export async function copyRegistrations(client: pg.ClientBase, w: CopyWindow, out: Registration[]): Promise<void> {
  const stream = client.query(copyTo(copyQuery(client, w)));
  const parser = new BinaryRows(out);
  for await (const chunk of stream) parser.push(chunk as Buffer);
  parser.end();
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Microseconds from 1970-01-01 to PostgreSQL's epoch, 2000-01-01. */
const PG_EPOCH_US = 946_684_800_000_000;
const FIELDS = 11;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The binary COPY format's rows as they arrive in chunks; a row cut by a chunk waits for the next. */
class BinaryRows {
  private rest: Buffer | null = null;
  private headerRead = false;
  private ended = false;
  private readonly starts = new Int32Array(FIELDS);
  private readonly lengths = new Int32Array(FIELDS);
  private readonly uuid = Buffer.alloc(36);
  private readonly instant = Buffer.alloc(32);
  private day = Number.NaN;
  private readonly words = new ByteWords();

  constructor(private readonly out: Registration[]) {}

  push(chunk: Buffer): void {
    const buf = this.rest === null ? chunk : Buffer.concat([this.rest, chunk]);
    let pos = 0;
    if (!this.headerRead) {
      if (buf.length < SIGNATURE.length + 8) {
        this.rest = buf;
        return;
      }
      if (!buf.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('registration copy: not PostgreSQL binary COPY output');
      pos = SIGNATURE.length + 8 + buf.readInt32BE(SIGNATURE.length + 4);
      this.headerRead = true;
    }
    while (pos + 2 <= buf.length) {
      const count = buf.readInt16BE(pos);
      if (count === -1) {
        this.ended = true;
        pos += 2;
        break;
      }
      if (count !== FIELDS) throw new Error(`registration copy: a row of ${count} fields, not ${FIELDS}`);
      const end = this.measure(buf, pos + 2);
      if (end === -1) break;
      this.row(buf);
      pos = end;
    }
    this.rest = pos < buf.length ? buf.subarray(pos) : null;
  }

  end(): void {
    if (!this.ended || this.rest !== null) throw new Error('registration copy: the output ended inside a row');
  }

  /** Where each field starts and how long it is (-1: NULL); the row's end, or -1 if cut. */
  private measure(buf: Buffer, from: number): number {
    let pos = from;
    for (let k = 0; k < FIELDS; k++) {
      if (pos + 4 > buf.length) return -1;
      const length = buf.readInt32BE(pos);
      pos += 4;
      this.starts[k] = pos;
      this.lengths[k] = length;
      if (length > 0) pos += length;
      if (pos > buf.length) return -1;
    }
    return pos;
  }

  private row(buf: Buffer): void {
    const corrects = this.lengths[7]! < 0 ? null : this.uuidAt(buf, this.starts[7]!);
    const planned = this.lengths[8]! < 0 ? null : buf.readInt32BE(this.starts[8]);
    const reason = this.lengths[6]! < 0 ? null : buf.toString('utf8', this.starts[6], this.starts[6]! + this.lengths[6]!);
    this.out.push(
      registrationOf(
        this.uuidAt(buf, this.starts[0]!),
        this.word(buf, 1) as Registration['kind'],
        this.word(buf, 2)!,
        this.word(buf, 3)!,
        this.iso(buf, this.starts[4]!),
        this.word(buf, 5) as Registration['method'],
        reason,
        corrects,
        planned,
        this.word(buf, 9) as NonNullable<Registration['category']> | null,
        this.word(buf, 10) as NonNullable<Registration['purpose']> | null,
      ),
    );
  }

  /** A field that repeats across rows (ids of clients and staff, kinds), one string per value. */
  private word(buf: Buffer, k: number): string | null {
    const length = this.lengths[k]!;
    return length < 0 ? null : this.words.get(buf, this.starts[k]!, length);
  }

  /** The uuid's usual text, as one flat string (not a rope of pieces kept per registration). */
  private uuidAt(buf: Buffer, at: number): string {
    const u = this.uuid;
    let o = 0;
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) u[o++] = 0x2d;
      const hex = HEX[buf[at + i]!]!;
      u[o++] = hex.charCodeAt(0);
      u[o++] = hex.charCodeAt(1);
    }
    return latin1(u, 36);
  }

  /**
   * ISO text in UTC, spelled as `isoInstant` spells PostgreSQL's text of the same instant
   * (`.000` without a fraction, else its digits without trailing zeros), written into one flat
   * string rather than joined from pieces.
   */
  private iso(buf: Buffer, at: number): string {
    const us = buf.readInt32BE(at) * 4_294_967_296 + buf.readUInt32BE(at + 4) + PG_EPOCH_US;
    const seconds = Math.floor(us / 1_000_000);
    let fraction = us - seconds * 1_000_000;
    const day = Math.floor(seconds / 86_400);
    const out = this.instant;
    if (day !== this.day) {
      // Written again only when the day differs from the row before.
      out.write(`${formatDayNumber(day)}T`, 0, 'latin1');
      this.day = day;
    }
    const s = seconds - day * 86_400;
    writeTwo(out, 11, Math.floor(s / 3600));
    out[13] = COLON;
    writeTwo(out, 14, Math.floor(s / 60) % 60);
    out[16] = COLON;
    writeTwo(out, 17, s % 60);
    out[19] = DOT;
    let end = 20;
    if (fraction === 0) {
      out.write('000', 20, 'latin1');
      end = 23;
    } else {
      let digits = 6;
      while (fraction % 10 === 0) {
        fraction /= 10;
        digits -= 1;
      }
      for (let i = digits - 1; i >= 0; i--) {
        out[20 + i] = 48 + (fraction % 10);
        fraction = Math.floor(fraction / 10);
      }
      end = 20 + digits;
    }
    out[end] = 0x5a;
    return latin1(out, end + 1);
  }
}

/**
 * The first `length` bytes as a string. Buffer's own latin1 slice, called directly: through
 * `toString` it checks its arguments again for each of four million strings.
 */
const latin1 = (buf: Buffer, length: number): string => (buf as Buffer & { latin1Slice(start: number, end: number): string }).latin1Slice(0, length);

const COLON = 0x3a;
const DOT = 0x2e;

function writeTwo(out: Buffer, at: number, n: number): void {
  out[at] = 48 + Math.floor(n / 10);
  out[at + 1] = 48 + (n % 10);
}

/**
 * Strings of byte ranges that repeat, looked up by the bytes: a month's four million client and
 * staff ids are a few thousand values, and making a string of each only to find the one already
 * made would be four million strings for the garbage collector. An open-addressed table of
 * positions, so that a look-up allocates nothing.
 */
class ByteWords {
  private slots = new Int32Array(1024).fill(-1);
  private readonly bytes: Buffer[] = [];
  private readonly texts: string[] = [];

  get(buf: Buffer, start: number, length: number): string {
    let hash = 0x811c9dc5;
    for (let i = start; i < start + length; i++) hash = Math.imul(hash ^ buf[i]!, 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let e = this.slots[slot]!; e !== -1; e = this.slots[slot]!) {
      if (sameBytes(this.bytes[e]!, buf, start, length)) return this.texts[e]!;
      slot = (slot + 1) & mask;
    }
    const copy = Buffer.from(buf.subarray(start, start + length));
    const text = copy.toString('utf8');
    this.slots[slot] = this.texts.length;
    this.bytes.push(copy);
    this.texts.push(text);
    if (this.texts.length * 2 > this.slots.length) this.grow();
    return text;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 4).fill(-1);
    const mask = this.slots.length - 1;
    this.bytes.forEach((b, e) => {
      let hash = 0x811c9dc5;
      for (const byte of b) hash = Math.imul(hash ^ byte, 0x01000193);
      let slot = hash & mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
      this.slots[slot] = e;
    });
  }
}

function sameBytes(a: Buffer, buf: Buffer, start: number, length: number): boolean {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
