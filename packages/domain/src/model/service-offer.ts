import { SERVICE_AREAS, type ServiceArea } from './care-data.ts';

// LOV (DOMAIN.md §3 step 2): the client chooses among approved providers, but only among those
// offering what was granted; a provider may offer some service areas and not others (a
// service-only provider, one without alarm response). An order is written per service area,
// so a provider can take it only if it offers every area the order names, an hour count of 0
// (alarm at a monthly price) included.

/** The areas of `ordered` that `offered` lacks, in the canonical area order; empty when it may take the order. */
export function areasNotOffered(ordered: Iterable<string>, offered: readonly string[]): ServiceArea[] {
  const wanted = new Set(ordered);
  const has = new Set(offered);
  return SERVICE_AREAS.filter((a) => wanted.has(a) && !has.has(a));
}
