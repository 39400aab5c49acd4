// What a month part's worker thread is asked, and what it answers (structured clone).
import type { ClientReportFacts } from '@hemma/domain/reports';
import type { ClientSlice } from '@hemma/domain/statements';

export interface PartRequest {
  url: string;
  municipality: string;
  month: string;
  providers: string[];
  /** Also the part's report facts (the kept pass keeps them beside the slices). */
  facts: boolean;
  /** Also every staff member's shift minutes of the month (asked of one part only). */
  shiftMinutes: boolean;
}

export type PartReply =
  | { ok: true; slices: ClientSlice[]; facts: ClientReportFacts[]; shiftMinutes: [string, number][]; registrations: number }
  | { ok: false; error: string };
