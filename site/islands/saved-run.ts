import { idKindOf, type IdKind } from '../../lib/id-kinds';
import type { Region } from '../../lib/request-model';
import { rememberIds } from './saved-ids';

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

/** Remembers the ids of a run Coze accepted (a status under 400 and no error code): the ones worth offering again. */
export function rememberRun(region: Region, answer: { status?: number; json?: unknown }, values: unknown): void {
  const code = (answer.json as { code?: unknown } | undefined)?.code;
  if (answer.status !== undefined && answer.status < 400 && (code === undefined || code === 0))
    rememberIds(region, idsIn(values));
}
