// Providers into parts of like size for a month computed in parallel: the largest first, each
// to the part with least so far (staff count stands for the work: registrations follow staff).

export function splitProviders(weights: ReadonlyMap<string, number>, parts: number): string[][] {
  const out = Array.from({ length: Math.max(1, parts) }, () => ({ providers: [] as string[], weight: 0 }));
  const largestFirst = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [provider, weight] of largestFirst) {
    let least = out[0]!;
    for (const part of out) if (part.weight < least.weight) least = part;
    least.providers.push(provider);
    least.weight += Math.max(1, weight);
  }
  return out.map((p) => p.providers).filter((p) => p.length > 0);
}
