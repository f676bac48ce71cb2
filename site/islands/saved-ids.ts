// The ids a user works with (workspace, agent, workflow, knowledge base, conversation, voice), kept
// per region in localStorage: ids of one region mean nothing in another. Offered in id fields (a
// datalist, saved-id-offer.ts) and in Pick (SavedIdList), where they can be cleared one kind at a
// time or all at once. This module imports nothing at run time, so the top bar's script can load
// it on its own without splitting the playground's chunks.
import type { IdKind } from '../../lib/id-kinds';
import type { Region } from '../../lib/request-model';

/** Saved ids of one region, most recent first. */
export type SavedIds = Partial<Record<IdKind, readonly string[]>>;

/** How many ids of one kind are kept. */
export const SAVED_PER_KIND = 10;

/** The window event sent after every change, so each list of them reads them again. */
export const SAVED_IDS_EVENT = 'coze-playground:saved-ids';

const keyOf = (region: Region) => `coze-playground.ids.${region}`;

/** The saved ids of a region. */
export function savedIds(region: Region): SavedIds {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(keyOf(region)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as SavedIds) : {};
  } catch {
    return {};
  }
}

function write(region: Region, saved: SavedIds): void {
  const kept = Object.fromEntries(Object.entries(saved).filter(([, ids]) => ids && ids.length));
  try {
    if (Object.keys(kept).length) window.localStorage.setItem(keyOf(region), JSON.stringify(kept));
    else window.localStorage.removeItem(keyOf(region));
  } catch {
    // Storage full or blocked: nothing is remembered.
  }
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(SAVED_IDS_EVENT));
}

/** Puts ids first in their kinds' lists (a plain id: letters, digits, `_-.`; at most 128 characters). */
export function rememberIds(region: Region, found: readonly (readonly [IdKind, string])[]): void {
  const saved = { ...savedIds(region) };
  let changed = false;
  for (const [kind, id] of found) {
    if (!/^[\w.-]{1,128}$/.test(id)) continue;
    const list = saved[kind] ?? [];
    if (list[0] === id) continue;
    saved[kind] = [id, ...list.filter((other) => other !== id)].slice(0, SAVED_PER_KIND);
    changed = true;
  }
  if (changed) write(region, saved);
}

/** Forgets the saved ids of one kind, or of every kind, in a region. */
export function clearIds(region: Region, kind?: IdKind): void {
  if (!kind) return write(region, {});
  const saved = { ...savedIds(region) };
  delete saved[kind];
  write(region, saved);
}
