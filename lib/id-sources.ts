import type { IdKind } from './id-kinds';

/** One object the caller can pick: its id and what to show for it. */
export interface IdOption {
  readonly id: string;
  readonly label: string;
  /** Where it lives, when the list spans several (a workspace's name). */
  readonly scope?: string;
}

/** What a list call needs from the lists before it. */
export type IdScope = 'workspace' | 'bot' | undefined;

/** The list call of a kind of object, as a relay path, and how to read its answer. */
export interface IdSource {
  readonly needs: IdScope;
  /** The Coze path and query of the list call, given the id it is scoped to. */
  path(scopeId: string): string;
  read(json: unknown): IdOption[];
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.map(obj) : []);
const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const q = encodeURIComponent;

function options(items: readonly Json[], idKey: string, labelKey: string): IdOption[] {
  return items
    .map((item) => ({ id: str(item[idKey]), label: str(item[labelKey]) || str(item[idKey]) }))
    .filter((option) => option.id !== '');
}

/** The list call for each kind: the caller's own objects, as Coze lists them. */
export const ID_SOURCES: Readonly<Record<IdKind, IdSource>> = {
  workspace: {
    needs: undefined,
    path: () => '/v1/workspaces?page_num=1&page_size=50',
    read: (json) => options(list(obj(obj(json).data).workspaces), 'id', 'name'),
  },
  bot: {
    needs: 'workspace',
    path: (workspace) => `/v1/bots?workspace_id=${q(workspace)}&publish_status=all&page_num=1&page_size=50`,
    read: (json) => options(list(obj(obj(json).data).items), 'id', 'name'),
  },
  workflow: {
    needs: 'workspace',
    path: (workspace) => `/v1/workflows?workspace_id=${q(workspace)}&page_num=1&page_size=30`,
    read: (json) => options(list(obj(obj(json).data).items), 'workflow_id', 'workflow_name'),
  },
  dataset: {
    needs: 'workspace',
    path: (workspace) => `/v1/datasets?space_id=${q(workspace)}&page_num=1&page_size=50`,
    read: (json) => options(list(obj(obj(json).data).dataset_list), 'dataset_id', 'name'),
  },
  conversation: {
    needs: 'bot',
    path: (bot) => `/v1/conversations?bot_id=${q(bot)}&page_num=1&page_size=50`,
    read: (json) => options(list(obj(obj(json).data).conversations), 'id', 'name'),
  },
  voice: {
    needs: undefined,
    path: () => '/v1/audio/voices?page_num=1&page_size=100',
    read: (json) => options(list(obj(obj(json).data).voice_list), 'voice_id', 'name'),
  },
};

/**
 * The options whose name, id or scope contains every word typed, case-insensitively.
 * @example filterIdOptions([{ id: '1', label: 'Sandbox Helper' }], 'help') // [{ id: '1', label: 'Sandbox Helper' }]
 */
export function filterIdOptions(all: readonly IdOption[], query: string): IdOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return all.filter((option) => {
    const text = `${option.label} ${option.id} ${option.scope ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
