import { CozeCode, CozeError } from './envelope';

/**
 * An integer parameter with its default, checked against Coze's documented range (4000 outside it).
 * @example intParam(undefined, 'page_size', 20, 1, 50) // 20
 */
export function intParam(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${name}: must be an integer from ${min} to ${max}`);
  }
  return n;
}

/** One page of `items` by page number (from 1) and size, and whether more follow. */
export function pageOf<T>(items: readonly T[], pageNum: number, pageSize: number): { items: T[]; hasMore: boolean } {
  const start = (pageNum - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), hasMore: start + pageSize < items.length };
}

/** Compares digit-string ids as the int64 values they are. */
export function compareIds(a: string, b: string): number {
  return a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : a.length - b.length;
}

/** Checks Coze's meta_data limits (16 pairs, keys up to 64 and values up to 512 characters), answering 4003 otherwise. */
export function checkMetaData(value: unknown): Record<string, unknown> {
  const meta = (value ?? {}) as Record<string, unknown>;
  const entries = Object.entries(meta);
  const tooLong = entries.find(([k, v]) => k.length < 1 || k.length > 64 || String(v).length > 512);
  if (entries.length > 16 || tooLong) {
    throw new CozeError(
      CozeCode.metaDataTooLarge,
      'meta_data exceeds its limits: at most 16 pairs, keys of 1-64 characters, values up to 512 characters',
    );
  }
  return meta;
}

/** Seconds since the epoch, as Coze timestamps are. */
export function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}
