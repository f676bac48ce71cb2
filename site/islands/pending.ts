// Shared by wake.ts (which records what happens before the live playground starts) and mount.tsx
// (which replays it), so neither imports the other: wake only loads mount, on demand.

/** What the user did to the static form before the live one took over, replayed onto the live one. */
export interface Pending {
  /** Index among the root's buttons of a button clicked before the playground was live. */
  click?: number;
}

/** The root's buttons, in document order: the static and live forms have the same ones. */
export const buttonsOf = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLButtonElement>('button'));
