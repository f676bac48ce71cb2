import { fieldsOf, type FieldDoc } from '../../lib/schema-fields';
import type { Endpoint } from '../../catalog/types';
import { shape, type ShapeContext } from './generate';
import { seconds } from './params';
import type { Call } from './call';

const FIELDS = new Map<string, FieldDoc[]>();

/** The documented fields of an endpoint's response, read once. */
export function responseFields(endpoint: Endpoint): FieldDoc[] {
  let fields = FIELDS.get(endpoint.id);
  if (!fields) {
    fields = fieldsOf(endpoint.response);
    FIELDS.set(endpoint.id, fields);
  }
  return fields;
}

/** Whether the endpoint answers inside Coze's `{code, msg}` envelope (OAuth endpoints do not). */
export function hasEnvelope(endpoint: Endpoint): boolean {
  return responseFields(endpoint).some((field) => field.name === 'code');
}

const VERBS = new Set([
  'list',
  'create',
  'retrieve',
  'update',
  'delete',
  'get',
  'add',
  'remove',
  'switch',
  'publish',
  'unpublish',
  'copy',
  'mget',
  'call',
  'install',
  'bind',
  'subscribe',
  'unsubscribe',
  'process',
  'stores',
  'deprecated',
  'online',
  'info',
  'mode',
  'role',
  'open',
  'api',
]);

/** What an endpoint's objects are called: `list-organization-members` → organization member. */
export function nounOf(endpoint: Endpoint): string {
  const words = endpoint.id
    .split('-')
    .filter((word) => !VERBS.has(word))
    .map((word) => (/(ss|us)$/.test(word) ? word : word.replace(/ies$/, 'y').replace(/s$/, '')));
  return words.join(' ') || endpoint.group;
}

function stable(value: unknown): string {
  if (value instanceof Blob) return `blob:${value.size}`;
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${key}:${stable((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Request values by name, for copying into same-named response fields; files are left out. A path
 * ending in an id (`/v1/folders/:folder_id`) names the object answered about, so it is its `id` too.
 */
export function echoOf(call: Call): Record<string, unknown> {
  const echo: Record<string, unknown> = {};
  const last = /\/:(\w+_id)$/.exec(call.endpoint.path)?.[1];
  if (last && call.path[last] !== undefined) echo['id'] = call.path[last];
  for (const values of [call.path, call.query, call.body])
    for (const [name, value] of Object.entries(values)) if (!(value instanceof Blob)) echo[name] = value;
  return echo;
}

/** How to generate a call's response: seeded by the request, timed by the session. */
export function shapeContext(call: Call, overrides: Partial<ShapeContext> = {}): ShapeContext {
  return {
    seed: `${call.endpoint.id}\n${call.seed}\n${stable({ path: call.path, query: call.query, body: call.body })}`,
    nowSec: seconds(call.seededAtMs),
    echo: echoOf(call),
    noun: nounOf(call.endpoint),
    ...overrides,
  };
}

/**
 * The call's response with every documented field present: `overlay` (what a handler knows)
 * where given, generated from the schema elsewhere.
 * @example shaped(call, { data: { id: dataset.dataset_id } })
 */
export function shaped(
  call: Call,
  overlay: Record<string, unknown>,
  overrides: Partial<ShapeContext> = {},
): Record<string, unknown> {
  return shape(responseFields(call.endpoint), overlay, shapeContext(call, overrides));
}
