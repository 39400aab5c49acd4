import type { ColumnType } from 'kysely';

// Staff phones signed in for the working day (migration 20261203T0600_staff_devices.sql).

type Moment = ColumnType<Date, Date | string, Date | string>;
type MaybeMoment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface StaffDevicesTable {
  municipality_id: string;
  device_id: string;
  user_id: string;
  label: string;
  secret_hash: string;
  pin_hash: string;
  failed_pins: ColumnType<number, number | undefined, number>;
  created_at: Moment;
  last_unlocked_at: MaybeMoment;
  expires_at: Moment;
  ended_at: MaybeMoment;
  end_reason: ColumnType<'revoked' | 'signed_out' | 'pin_tries' | null, 'revoked' | 'signed_out' | 'pin_tries' | null | undefined, 'revoked' | 'signed_out' | 'pin_tries' | null>;
  ended_by: ColumnType<string | null, string | null | undefined, string | null>;
}
