import type { Location, TravelModel } from './types.ts';

const EARTH_RADIUS_KM = 6371.0088;
const DEFAULT_DETOUR = 1.3;

export function haversineKm(a: Location, b: Location): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Travel minutes between two places under the model; a matrix must cover every pair used. */
export function travelMinutes(model: TravelModel, a: Location, b: Location): number {
  if (a.id === b.id) return 0;
  switch (model.kind) {
    case 'haversine':
      return ((haversineKm(a, b) * (model.detour ?? DEFAULT_DETOUR)) / model.speedKmh) * 60;
    case 'matrix': {
      const minutes = model.minutes[a.id]?.[b.id];
      if (minutes === undefined)
        throw new Error(`travel matrix has no entry from ${a.id} to ${b.id}`);
      return minutes;
    }
  }
}
