import type { Segment } from '../../lib/request-model';

/** A value a hint puts into the form, at its path (location first). */
export interface Fill {
  readonly path: readonly Segment[];
  readonly value: unknown;
}

/** One sandbox hint as a page carries it: already in the page's language. */
export interface PageHint {
  readonly text: string;
  readonly button: string;
  readonly fills: readonly Fill[];
}

/**
 * The hints as the page's data attribute (`data-sandbox-hints` on the playground root), written at
 * build time, so the browser gets this page's hints in its language and not every page's in both;
 * undefined when there are none (no attribute).
 * @example hintsAttribute([]) // undefined
 */
export function hintsAttribute(hints: readonly PageHint[]): string | undefined {
  return hints.length ? JSON.stringify(hints) : undefined;
}

/** The hints the page carries, for the live playground; none when the attribute is absent or not ours. */
export function readPageHints(attribute: string | undefined): readonly PageHint[] {
  if (!attribute) return [];
  try {
    const hints: unknown = JSON.parse(attribute);
    return Array.isArray(hints) ? (hints as PageHint[]) : [];
  } catch {
    return [];
  }
}
