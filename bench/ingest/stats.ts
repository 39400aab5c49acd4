// Latency percentiles and throughput of one phase.

export interface PhaseResult {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  registrations: number;
  errors: number;
  /** Paced phases: batches due that could not be sent before the phase ended. */
  missed?: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(label: string, connections: number, seconds: number, latencies: number[], registrations: number, errors: number): PhaseResult {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    label,
    connections,
    seconds,
    requests: latencies.length,
    registrations,
    errors,
    perSecond: registrations / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

export function table(results: readonly PhaseResult[]): string {
  const head = '| phase | connections | registrations/s | requests | errors | missed | p50 ms | p99 ms | max ms |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map(
    (r) => `| ${r.label} | ${r.connections} | ${Math.round(r.perSecond)} | ${r.requests} | ${r.errors} | ${r.missed ?? '–'} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} |`,
  );
  return [head, rule, ...rows].join('\n');
}
