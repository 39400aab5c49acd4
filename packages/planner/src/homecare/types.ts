// The day planner's input and output. Times are minutes after midnight of the planned day
// (local wall clock); the caller converts from and to instants with the municipality's zone.

export interface Location {
  /** Key into a travel matrix when one is given; free text otherwise. */
  id: string;
  lat: number;
  lon: number;
}

export interface Client {
  id: string;
  location: Location;
  /** The client's contact person (kontaktman): kept on the client's visits where possible. */
  contactPerson?: string | undefined;
  /** Staff the client does not want, or who must not go there: a hard rule. */
  refusedStaff?: string[] | undefined;
}

/** One visit of the day, from the client's plan of agreed visits. */
export interface Visit {
  id: string;
  client: string;
  /** Agreed window for the start of the visit. */
  earliest: number;
  latest: number;
  durationMinutes: number;
  /** Two staff at the same time (dubbelbemanning). */
  doubleStaffing: boolean;
  requiredSkills?: string[] | undefined;
}

export interface Shift {
  staff: string;
  start: number;
  end: number;
  /** Where the shift starts and ends (office or home); the end defaults to the start. */
  startAt: Location;
  endAt?: Location | undefined;
  skills?: string[] | undefined;
}

export type TravelModel =
  | {
      kind: 'haversine';
      speedKmh: number;
      /** Road distance over straight line, default 1.3. */ detour?: number | undefined;
    }
  | {
      kind: 'matrix';
      /** minutes[from.id][to.id], as the municipality provides it. */ minutes: Record<
        string,
        Record<string, number>
      >;
    };

export interface ContinuityWeights {
  /** Cost, in travel minutes, of a staff member the client has not met earlier in the week. */
  newStaff: number;
  /** Cost, in travel minutes, of someone else than the client's contact person. */
  notContactPerson: number;
}

export const DEFAULT_WEIGHTS: ContinuityWeights = { newStaff: 20, notContactPerson: 5 };
export const TRAVEL_ONLY: ContinuityWeights = { newStaff: 0, notContactPerson: 0 };

export interface DayInput {
  date: string;
  clients: Client[];
  visits: Visit[];
  shifts: Shift[];
  travel: TravelModel;
  /** Staff each client has met earlier in the week, for continuity. */
  metBefore?: Record<string, string[]> | undefined;
  weights?: ContinuityWeights | undefined;
}

export interface PlanOptions {
  seed?: number;
  timeLimitMs?: number;
  iterations?: number;
}

export interface Stop {
  visit: string;
  client: string;
  /** Start and end of the visit; `travelMinutes` is the drive from the previous place. */
  start: number;
  end: number;
  travelMinutes: number;
}

export interface StaffRoute {
  staff: string;
  stops: Stop[];
  /** Leaves the start place, is back at the end place. */
  leave: number;
  back: number;
  travelMinutes: number;
}

export type UnassignedReason = 'no_qualified_staff' | 'no_room';

export interface DayPlan {
  date: string;
  routes: StaffRoute[];
  unassigned: { visit: string; reason: UnassignedReason }[];
  travelMinutes: number;
}
