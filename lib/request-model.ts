import type * as v from 'valibot';
import type { ParamsSchema, RequestSide } from '../catalog/types';
import { fillPath } from './match-endpoint';
import { innermostSchema, isOptionalSchema } from './schema-layers';
import { parseRegion, relayBaseUrl, relayTargetOf, type Region } from './relay-route';
import { coerceQuery, type RequestValues } from './validate-request';

export { REGIONS, type Region } from './relay-route';

/** The Coze API base URL of each real region. */
export const COZE_BASE_URLS = { cn: 'https://api.coze.cn', com: 'https://api.coze.com' } as const;

/** What samples and previews show where a token goes when none is given. */
export const TOKEN_PLACEHOLDER = '$COZE_API_TOKEN';

/** One part of a multipart body, described without its bytes. */
export interface MultipartPart {
  readonly name: string;
  readonly fileName?: string;
  readonly size?: number;
  readonly type?: string;
  readonly value?: string;
}

/** The body of a request as sent: JSON text exactly as on the wire, a list of parts, or nothing. */
export type RequestBody =
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'multipart'; readonly parts: readonly MultipartPart[] }
  | { readonly kind: 'none' };

/** One request, built once and used by Run, the request preview and every sample. */
export interface RequestModel {
  readonly method: string;
  /** The relay URL the playground calls. */
  readonly url: string;
  /** The Coze URL a program would call: api.coze.cn or .com, or the relay URL for the sandbox. */
  readonly upstreamUrl: string;
  /** The base URL matching `upstreamUrl`, for SDK clients. */
  readonly baseUrl: string;
  readonly region: Region;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: RequestBody;
  /** Whether the response will be a server-sent event stream. */
  readonly streams: boolean;
}

/** Where and as whom the request is built. */
export interface BuildOptions {
  readonly region: Region;
  /** The playground's origin, e.g. `https://playground.example`. */
  readonly origin: string;
  /** The real token; absent, the Authorization header shows {@link TOKEN_PLACEHOLDER}. */
  readonly token?: string;
  /** Sandbox only: delay between simulated stream events. */
  readonly paceMs?: number;
}

type Node = v.GenericSchema & {
  readonly wrapped?: Node;
  readonly entries?: Readonly<Record<string, Node>>;
  readonly item?: Node;
  readonly value?: unknown;
};

const baseOf = (schema: Node): Node => innermostSchema(schema);
const isOptional = (schema: Node): boolean => isOptionalSchema(schema);

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isBlob(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && Object.keys(value).length === 0;
}

/**
 * A value with everything left out that would not be sent: undefined anywhere, and empty strings,
 * arrays and objects in fields the schema marks optional. Keys follow the schema's order.
 */
export function pruneValue(schema: v.GenericSchema | undefined, value: unknown): unknown {
  if (value === undefined) return undefined;
  const node = schema && baseOf(schema as Node);
  if (Array.isArray(value)) {
    const item = node?.type === 'array' ? node.item : undefined;
    return value.filter((entry) => entry !== undefined).map((entry) => pruneValue(item, entry));
  }
  if (!isPlainObject(value)) return value;
  const entries = node?.entries;
  const valueSchema = node?.type === 'record' ? (node.value as Node) : undefined;
  const keys = entries
    ? [...Object.keys(entries).filter((key) => key in value), ...Object.keys(value).filter((key) => !(key in entries))]
    : Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const entry = entries?.[key] ?? valueSchema;
    const pruned = pruneValue(entry, value[key]);
    if (pruned === undefined) continue;
    if (entries?.[key] && isOptional(entries[key]) && isEmpty(pruned)) continue;
    out[key] = pruned;
  }
  return out;
}

/** The pruned values of one location, as a flat record. */
function pruned(
  schema: ParamsSchema | undefined,
  values: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return (pruneValue(schema, values ?? {}) as Record<string, unknown> | undefined) ?? {};
}

/** Parameter values of every location, as the form holds them. */
export interface FormValues {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
  readonly body: Record<string, unknown>;
}

/** The values that would be sent, every location pruned: what validation and samples judge. */
export function pruneValues(endpoint: RequestSide, values: RequestValues): FormValues {
  return {
    path: pruned(endpoint.params.path, values.path),
    query: pruned(endpoint.params.query, values.query),
    headers: pruned(endpoint.params.headers, values.headers),
    body: pruned(endpoint.params.body, values.body),
  };
}

/** Form values from an endpoint's example, every location present. */
export function exampleValues(endpoint: RequestSide): FormValues {
  const copy = (value: unknown) =>
    value === undefined ? {} : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
  const example = endpoint.example;
  return {
    path: copy(example.path),
    query: copy(example.query),
    headers: copy(example.headers),
    body: copy(example.body),
  };
}

/** A key or index on the way from a value's root to one of its fields. */
export type Segment = string | number;

/** The value at a path inside nested objects and arrays, or undefined. */
export function getIn(root: unknown, segments: readonly Segment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<Segment, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `root` with the value at `segments` replaced; `undefined` removes an object key.
 * Missing containers are created: an array where the next segment is an index, else an object.
 * @example setIn({ a: [{ b: 1 }] }, ['a', 0, 'b'], 2) // { a: [{ b: 2 }] }
 */
export function setIn<T>(root: T, segments: readonly Segment[], value: unknown): T {
  if (segments.length === 0) return value as T;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  const next = setIn(copy[head], rest, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** A copy of `root` without the array item or object key at `segments`. */
export function removeIn<T>(root: T, segments: readonly Segment[]): T {
  const parentPath = segments.slice(0, -1);
  const last = segments[segments.length - 1]!;
  const parent = getIn(root, parentPath);
  if (Array.isArray(parent))
    return setIn(
      root,
      parentPath,
      parent.filter((_, index) => index !== last),
    );
  if (typeof parent !== 'object' || parent === null) return root;
  const copy = { ...(parent as Record<string, unknown>) };
  delete copy[last];
  return setIn(root, parentPath, copy);
}

/** A recorded request (history keeps method, url and the JSON body text). */
export interface RecordedRequest {
  readonly url: string;
  readonly body?: string;
}

/**
 * The region and form values a recorded relay request was sent with, so a past run can be loaded
 * back into the form. Path parameters are read against the endpoint's template.
 * @example valuesFromRecordedRequest(retrieveBot, { url: 'https://p.dev/api/relay/cn/v1/bots/7351' })
 *   // { region: 'cn', values: { path: { bot_id: '7351' }, query: {}, headers: {}, body: {} } }
 */
export function valuesFromRecordedRequest(
  endpoint: RequestSide,
  request: RecordedRequest,
): { region?: Region; values: FormValues } {
  const url = new URL(request.url, 'https://playground.invalid');
  const target = relayTargetOf(url.pathname);
  const region = parseRegion(target.region);
  const actual = (region ? target.cozePath : url.pathname).split('/');
  const path: Record<string, string> = {};
  endpoint.path.split('/').forEach((segment, index) => {
    const value = actual[index];
    if (segment.startsWith(':') && value !== undefined) path[segment.slice(1)] = decodeURIComponent(value);
  });
  const raw: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(name);
    raw[name] = all.length === 1 ? all[0]! : all;
  }
  let body: Record<string, unknown> = {};
  if (request.body) {
    try {
      const parsed: unknown = JSON.parse(request.body);
      if (isPlainObject(parsed)) body = parsed;
    } catch {
      // A body that is not JSON (a multipart note) cannot refill the form; the fields stay empty.
    }
  }
  return {
    ...(region ? { region } : {}),
    values: { path, query: coerceQuery(endpoint.params.query, raw), headers: {}, body },
  };
}

function queryText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null && item !== '');
    return items.length ? items.map((item) => encodeURIComponent(String(item))).join(',') : undefined;
  }
  if (typeof value === 'object') return encodeURIComponent(JSON.stringify(value));
  return encodeURIComponent(String(value));
}

/**
 * The query string for these values, `?` included, or '' when nothing is left: empty values are
 * skipped, arrays comma-joined, numbers and booleans written as text.
 * @example queryString({ page_num: 1, ids: ['a', 'b'], name: '' }) // '?page_num=1&ids=a,b'
 */
export function queryString(query: Record<string, unknown>): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const text = queryText(value);
    if (text !== undefined) pairs.push(`${encodeURIComponent(name)}=${text}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function pathValues(values: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values ?? {}))
    if (value !== undefined && value !== null) out[name] = String(value);
  return out;
}

function partOf(name: string, value: unknown): MultipartPart {
  if (isBlob(value)) {
    const fileName = (value as Partial<File>).name;
    return { name, ...(fileName ? { fileName } : {}), size: value.size, ...(value.type ? { type: value.type } : {}) };
  }
  return { name, value: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** Whether a request with this body streams its answer (always, or when the body's switch is on). */
export function streamsWith(endpoint: RequestSide, body: Record<string, unknown> | undefined): boolean {
  const enabledBy = endpoint.streaming?.enabledBy;
  if (!enabledBy) return false;
  if (enabledBy === 'always') return true;
  return body?.[enabledBy.bodyField] === true;
}

/**
 * Builds the one request model for an endpoint and its form values.
 * @example buildRequest(createChat, { body: { bot_id: '1', user_id: 'u' } }, { region: 'cn', origin: 'https://p.dev', token })
 *   // → { method: 'POST', url: 'https://p.dev/api/relay/cn/v3/chat', upstreamUrl: 'https://api.coze.cn/v3/chat', … }
 */
export function buildRequest(endpoint: RequestSide, values: RequestValues, options: BuildOptions): RequestModel {
  const send = pruneValues(endpoint, values);
  const path = fillPath(endpoint.path, pathValues(send.path));
  const query = queryString(send.query);
  const relayBase = relayBaseUrl(options.origin, options.region);
  const baseUrl = options.region === 'sandbox' ? relayBase : COZE_BASE_URLS[options.region];
  const url = `${relayBase}${path}${query}`;

  const headers: [string, string][] = [['Authorization', `Bearer ${options.token || TOKEN_PLACEHOLDER}`]];
  const bodyValues = send.body;
  let body: RequestBody = { kind: 'none' };
  if (endpoint.bodyKind === 'json') {
    headers.push(['Content-Type', 'application/json']);
    body = { kind: 'json', text: JSON.stringify(bodyValues, null, 2) };
  } else if (endpoint.bodyKind === 'multipart') {
    body = { kind: 'multipart', parts: Object.entries(bodyValues).map(([name, value]) => partOf(name, value)) };
  }
  for (const [name, value] of Object.entries(send.headers)) {
    headers.push([name, String(value)]);
  }
  if (options.region === 'sandbox' && options.paceMs && options.paceMs > 0) {
    headers.push(['x-sandbox-pace-ms', String(Math.round(options.paceMs))]);
  }
  return {
    method: endpoint.method,
    url,
    upstreamUrl: `${baseUrl}${path}${query}`,
    baseUrl,
    region: options.region,
    headers,
    body,
    streams: streamsWith(endpoint, bodyValues),
  };
}

/**
 * A token shortened for display: its first and last four characters, never more than a third of it.
 * @example maskToken('pat_0123456789abcdef') // 'pat_••••••cdef'
 */
export function maskToken(token: string): string {
  if (token.length < 12) return '•'.repeat(Math.max(token.length, 4));
  return `${token.slice(0, 4)}••••••${token.slice(-4)}`;
}

/** Headers for display, the bearer token masked. */
export function maskedHeaders(headers: readonly (readonly [string, string])[]): [string, string][] {
  return headers.map(([name, value]) => {
    if (name.toLowerCase() !== 'authorization') return [name, value];
    const token = value.replace(/^Bearer\s+/i, '');
    return [name, token === TOKEN_PLACEHOLDER ? value : `Bearer ${maskToken(token)}`];
  });
}
