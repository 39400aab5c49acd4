/**
 * The decision an order is made from unless the officer picks another: the one in force on
 * `today` (YYYY-MM-DD), else the first listed (the API lists the newest first).
 */
export function currentDecision<D extends { validFrom: string; validTo: string | null }>(
  decisions: readonly D[],
  today: string,
): D | undefined {
  return (
    decisions.find((d) => d.validFrom <= today && (d.validTo === null || d.validTo >= today)) ??
    decisions[0]
  );
}
