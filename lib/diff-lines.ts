/** One line of a diff: in both sides, only the left (removed) or only the right (added). */
export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Past this many lines on a side, lines are compared in place rather than by the longest common subsequence. */
const MAX_LCS_LINES = 2000;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * A text made comparable: JSON (a whole body, or a JSON string inside it) pretty-printed with its
 * keys sorted, so key order and spacing make no difference; any other text as it is.
 * @example comparable('{"b":1,"a":2}') // '{\n  "a": 2,\n  "b": 1\n}'
 */
export function comparable(text: string): string {
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)), null, 2);
  } catch {
    return text;
  }
}

/**
 * The line diff of two texts by their longest common subsequence, in order: what stayed, what the
 * right side removed and added.
 * @example diffLines('a\nb', 'a\nc') // [same a, removed b, added c]
 */
export function diffLines(left: string, right: string): DiffLine[] {
  const a = left.split('\n');
  const b = right.split('\n');
  if (a.length > MAX_LCS_LINES || b.length > MAX_LCS_LINES) {
    const out: DiffLine[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === b[i]) out.push({ kind: 'same', text: a[i]! });
      else {
        if (i < a.length) out.push({ kind: 'removed', text: a[i]! });
        if (i < b.length) out.push({ kind: 'added', text: b[i]! });
      }
    }
    return out;
  }
  // lengths[i][j]: the LCS length of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) out.push({ kind: 'removed', text: a[i++]! });
    else out.push({ kind: 'added', text: b[j++]! });
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ kind: 'added', text: b[j++]! });
  return out;
}
