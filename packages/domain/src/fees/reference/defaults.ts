// The spec's default bands, written out again for the reference (not shared with the engine).
import type { JsonBand } from './scenario-json.ts';

const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DEFAULT_BANDS_JSON: JsonBand[] = [
  { id: 'day', from: '07:00', to: '22:00', days: ALL_DAYS, price: 'per_hour', precedence: 1 },
  { id: 'night', from: '22:00', to: '07:00', days: ALL_DAYS, price: 'per_visit', precedence: 1 },
];
