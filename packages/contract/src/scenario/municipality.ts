import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Settings that only make sense together: band ids, the default band, rates, fee levels. */
export function checkMunicipality(s: Scenario): InputIssue[] {
  const m = s.municipality;
  const issues: InputIssue[] = [];
  if (!validTimeZone(m.timezone)) {
    issues.push({ path: 'municipality.timezone', message: `unknown time zone "${m.timezone}"` });
  }
  const bands = new Map<string, (typeof m.bands)[number]>();
  m.bands.forEach((b, i) => {
    if (bands.has(b.id)) issues.push({ path: `municipality.bands[${i}].id`, message: `duplicate band id "${b.id}"` });
    bands.set(b.id, b);
  });
  const def = bands.get(m.defaultBand);
  if (!def) issues.push({ path: 'municipality.defaultBand', message: `unknown band "${m.defaultBand}"` });
  else if (def.price !== 'per_hour') {
    issues.push({ path: 'municipality.defaultBand', message: `band "${m.defaultBand}" is per_visit; the default band must be per_hour` });
  }
  m.rates.forEach((r, i) => {
    const path = `municipality.rates[${i}]`;
    // A rate narrowing on a field its items lack (a band on per_month, an area on per_hour) is
    // legal and simply never matches (spec "Rates"); an unknown band is refused.
    if (r.band !== undefined && !bands.has(r.band)) issues.push({ path: `${path}.band`, message: `unknown band "${r.band}"` });
  });
  m.fees.forEach((f, i) => {
    if (f.tariff.kind !== 'levels') return;
    const levels = f.tariff.levels;
    levels.forEach((l, j) => {
      const last = j === levels.length - 1;
      if (last && l.upToHours !== null) {
        issues.push({ path: `municipality.fees[${i}].tariff.levels[${j}].upToHours`, message: 'the last level must have upToHours: null' });
      }
    });
  });
  return issues;
}
