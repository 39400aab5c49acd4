// One mapping of PostgreSQL types to JS values, used by both PGlite and `pg`, so code and tests
// see the same types whichever database runs underneath.

export const OID = {
  BOOL: 16,
  INT8: 20,
  INT2: 21,
  INT4: 23,
  JSON: 114,
  FLOAT8: 701,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
  INTERVAL: 1186,
  NUMERIC: 1700,
  JSONB: 3802,
} as const;

function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} is beyond JavaScript's safe integers`);
  return n;
}

/** PostgreSQL prints `2016-12-05 07:00:00.123+01` (offset hours, maybe minutes); make it ISO 8601. */
export function parseTimestamptz(text: string): Date {
  const m = /^(\d{4,}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::?(\d\d))?(?::?(\d\d))?$/.exec(text);
  if (!m) {
    if (text === 'infinity' || text === '-infinity') throw new RangeError(`timestamp ${text} is not supported`);
    throw new RangeError(`cannot read timestamp "${text}"`);
  }
  const [, date, time, hours, minutes = '00'] = m;
  return new Date(`${date}T${time}${hours}:${minutes}`);
}

export const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  [OID.INT8]: parseInt8,
  [OID.NUMERIC]: Number,
  [OID.DATE]: (text) => text,
  [OID.TIMESTAMPTZ]: parseTimestamptz,
  [OID.TIMESTAMP]: (text) => text,
  [OID.INTERVAL]: (text) => text,
};
