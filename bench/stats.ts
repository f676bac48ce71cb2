/** Nearest-rank percentile of an ascending list (`p` in 0..100); NaN for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The median of any list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Count, p50, p95, p99 and max of a sample. */
export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Summarizes a sample of timings or sizes. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

/** Epoch milliseconds with sub-millisecond precision, comparable across processes of one machine. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Runs `rounds` rounds of every task, rotating which goes first each round, so that drift in the
 * machine's load falls on all of them alike.
 * @example await interleave(200, [direct, relay]) // direct, relay, relay, direct, direct, relay...
 */
export async function interleave(rounds: number, tasks: readonly (() => Promise<void>)[]): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < tasks.length; i++) await tasks[(round + i) % tasks.length]!();
  }
}
