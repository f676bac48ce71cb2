/** How long the sandbox waits while it "generates": before the first streamed piece, and between pieces. */
export interface Pace {
  readonly firstMs: number;
  readonly stepMs: number;
}

/** Realistic timing when the caller sends no `x-sandbox-pace-ms`: a pause, then a delta every ~40 ms. */
export const DEFAULT_PACE: Pace = { firstMs: 300, stepMs: 40 };

// A cap keeps a typo (`x-sandbox-pace-ms: 50000`) from holding a stream open for hours.
const MAX_PACE_MS = 2000;

/**
 * The pace asked for by the `x-sandbox-pace-ms` header: that many ms before the first piece and
 * between pieces (0 = as fast as possible); the default when the header is absent or not an integer.
 * @example paceOf('0') // { firstMs: 0, stepMs: 0 }
 */
export function paceOf(header: string | null | undefined): Pace {
  if (header == null || !/^\s*\d+\s*$/.test(header)) return DEFAULT_PACE;
  const ms = Math.min(Number(header), MAX_PACE_MS);
  return { firstMs: ms, stepMs: ms };
}

/** The waits before each of `pieces` streamed pieces: `firstMs` before the first, `stepMs` before the rest. */
export function delaysOf(pace: Pace, pieces: number): number[] {
  return Array.from({ length: pieces }, (_, i) => (i === 0 ? pace.firstMs : pace.stepMs));
}

/** How long streaming `pieces` pieces takes at this pace, in ms. */
export function durationOf(pace: Pace, pieces: number): number {
  return delaysOf(pace, pieces).reduce((sum, ms) => sum + ms, 0);
}

/** Waits `ms` (no wait at all for 0, so pace 0 flushes frames back to back). */
export async function sleep(ms: number): Promise<void> {
  if (ms > 0) await scheduler.wait(ms);
}
