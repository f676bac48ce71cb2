/** One line of the bench table. */
export interface Row {
  readonly section: string;
  readonly figure: string;
  readonly measured: string;
  readonly goal: string;
  readonly verdict: string;
}

/** Milliseconds to two decimals under 10 ms, one above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** Bytes as KiB (or MiB from 1 MiB), one decimal. */
export function size(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/** `ok` when the check holds, `MISS` when it does not, `n/a` when it could not be measured. */
export function verdict(holds: boolean | undefined): string {
  return holds === undefined ? 'n/a' : holds ? 'ok' : 'MISS';
}

/** Lays rows out as a plain-text table with a header and a rule under it. */
export function table(rows: readonly Row[]): string {
  const header: Row = {
    section: 'section',
    figure: 'figure',
    measured: 'measured',
    goal: 'goal / budget',
    verdict: 'verdict',
  };
  const keys = ['section', 'figure', 'measured', 'goal', 'verdict'] as const;
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((row) => row[key].length)));
  const line = (row: Row) =>
    keys
      .map((key, i) => row[key].padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
