/** Latency samples in milliseconds reduced to the figures the benchmarks print: throughput, p50, p99. */

export type LatencySummary = {
  readonly requests: number;
  readonly wallMs: number;
  /** Requests per second over the wall time of the whole phase. */
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
};

/** The value below which `fraction` of `sorted` lies (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 0.5);
}

export function summarizeLatencies(samples: readonly number[], wallMs: number): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    requests: samples.length,
    wallMs,
    throughput: (samples.length * 1000) / wallMs,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

/** `312 req/s, p50 3.1 ms, p99 12.0 ms`. */
export function formatLatency(summary: LatencySummary): string {
  return `${Math.round(summary.throughput)} req/s, p50 ${summary.p50.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms`;
}
