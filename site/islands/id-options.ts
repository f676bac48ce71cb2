import type { IdKind } from '../../lib/id-kinds';
import { ID_SOURCES, type IdOption } from '../../lib/id-sources';
import type { Region } from '../../lib/request-model';

/** Where list calls go: through the relay, in the user's region, with the user's token. */
export interface IdConnection {
  readonly region: Region;
  readonly origin: string;
  readonly token?: string;
}

/** Lists scoped to more than this many parents (workspaces, agents) read only the first ones. */
const MAX_SCOPES = 5;

async function fetchList(connection: IdConnection, path: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(`${connection.origin}/api/relay/${connection.region}${path}`, {
    headers: connection.token ? { Authorization: `Bearer ${connection.token}` } : {},
    signal,
  });
  const json = (await response.json()) as { code?: number; msg?: string; error?: { message?: string } };
  if (!response.ok || (typeof json.code === 'number' && json.code !== 0))
    throw new Error(json.error?.message ?? json.msg ?? `HTTP ${response.status}`);
  return json;
}

/**
 * The caller's own objects of one kind, from its list call: for objects that live in a workspace
 * (or an agent), the workspaces (or `botId`, else the agents) are listed first.
 */
export async function loadIdOptions(
  kind: IdKind,
  connection: IdConnection,
  signal: AbortSignal,
  botId?: string,
): Promise<IdOption[]> {
  const source = ID_SOURCES[kind];
  if (!source.needs) return source.read(await fetchList(connection, source.path(''), signal));
  const scopes =
    source.needs === 'bot' && botId
      ? [{ id: botId, label: botId }]
      : await loadIdOptions(source.needs, connection, signal);
  const lists = await Promise.all(
    scopes
      .slice(0, MAX_SCOPES)
      .map(async (scope) =>
        source
          .read(await fetchList(connection, source.path(scope.id), signal))
          .map((option) => (scopes.length > 1 ? { ...option, scope: scope.label } : option)),
      ),
  );
  return lists.flat();
}
