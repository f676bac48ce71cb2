// The ids a user works with (workspace, agent, workflow, knowledge base, conversation, voice), kept
// per region in localStorage: ids of one region mean nothing in another. Offered in id fields (a
// datalist) and in Pick, where they can be cleared one kind at a time or all at once.
import { createSignal } from 'solid-js';
import { idKindOf, type IdKind } from '../../lib/id-kinds';
import type { Region } from '../../lib/request-model';
import { readStored, writeStored } from './storage';

/** Saved ids of one region, most recent first. */
export type SavedIds = Partial<Record<IdKind, readonly string[]>>;

/** How many ids of one kind are kept. */
export const SAVED_PER_KIND = 10;

const keyOf = (region: Region) => `coze-playground.ids.${region}`;
// Bumped on every change, so each field offering ids reads them again.
const [version, setVersion] = createSignal(0);

/** The saved ids of a region (read reactively: a change re-renders whoever read them). */
export function savedIds(region: Region): SavedIds {
  version();
  try {
    const parsed: unknown = JSON.parse(readStored('local', keyOf(region)) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as SavedIds) : {};
  } catch {
    return {};
  }
}

function write(region: Region, saved: SavedIds): void {
  const kept = Object.fromEntries(Object.entries(saved).filter(([, ids]) => ids && ids.length));
  writeStored('local', keyOf(region), Object.keys(kept).length ? JSON.stringify(kept) : null);
  setVersion((n) => n + 1);
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

/** The id-kind fields of a request's values, anywhere in them: `[kind, id]` pairs. */
export function idsIn(values: unknown): [IdKind, string][] {
  const found: [IdKind, string][] = [];
  const walk = (value: unknown, name?: string) => {
    const kind = name === undefined ? undefined : idKindOf(name);
    if (kind && (typeof value === 'string' || typeof value === 'number') && String(value))
      found.push([kind, String(value)]);
    else if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) walk(item, key);
  };
  walk(values);
  return found;
}

/** Forgets the saved ids of one kind, or of every kind, in a region. */
export function clearIds(region: Region, kind?: IdKind): void {
  if (!kind) return write(region, {});
  const saved = { ...savedIds(region) };
  delete saved[kind];
  write(region, saved);
}
