export interface Stats {
  samples: number;
  p50: number;
  p95: number;
  mean: number;
}

export function statsOf(durationsMs: number[]): Stats {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    samples: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: sorted.reduce((s, d) => s + d, 0) / Math.max(1, sorted.length),
  };
}

/** Milliseconds one call takes, by the monotonic clock. */
export async function timeOnce(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function ms(value: number): string {
  return value < 10 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
}

export function row(label: string, stats: Stats): string {
  return `${label.padEnd(34)} p50 ${ms(stats.p50).padStart(10)}   p95 ${ms(stats.p95).padStart(10)}   (${stats.samples} samples)`;
}
