import type { ColumnType } from 'kysely';

// Row types of the tables in migrations/, as the type parsers (type-parsers.ts) return them:
// int8 and numeric as number, date as 'YYYY-MM-DD', timestamptz as Date.

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;
