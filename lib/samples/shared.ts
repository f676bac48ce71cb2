import type { RequestSide } from '../../catalog/types';
import { pruneValue, type MultipartPart, type RequestModel } from '../request-model';
import type { RequestValues } from '../validate-request';
import { schemaLayers, type WrappingSchema } from '../schema-layers';

/** The environment variable every sample reads the token from; no sample ever holds a token. */
export const TOKEN_ENV = 'COZE_API_TOKEN';

/** The environment variable JavaScript and Python samples read an overriding base URL from. */
export const BASE_ENV = 'COZE_API_BASE';

/** A JSON object, as form values hold them. */
export type Json = Record<string, unknown>;

/** The chat sample variants the original playground shows. */
export type ChatVariant = 'streaming' | 'non-streaming' | 'plugin';

/** Everything a sample writer reads: the request model and the pruned values it was built from. */
export interface SampleInput {
  readonly endpoint: RequestSide;
  readonly model: RequestModel;
  readonly path: Json;
  readonly query: Json;
  readonly body: Json;
  /** For create-chat: which of the three programs the SDK samples write. */
  readonly variant: ChatVariant;
}

/**
 * How one language writes its tab: raw HTTP always; for an SDK language also the SDK's program,
 * where the samples have one for the request. Each language's writer lives in its own folder, so
 * the site loads only the tab that is shown (`loadWriter`).
 */
export interface SampleWriter {
  readonly http: (input: SampleInput) => string;
  readonly sdk?: { readonly has: (input: SampleInput) => boolean; readonly write: (input: SampleInput) => string };
}

/** The pruned values of each location, as Run sends them. */
export function inputOf(
  endpoint: RequestSide,
  model: RequestModel,
  values: RequestValues,
  variant: ChatVariant,
): SampleInput {
  const location = (name: 'path' | 'query' | 'body') =>
    (pruneValue(endpoint.params[name], values[name] ?? {}) ?? {}) as Json;
  return { endpoint, model, path: location('path'), query: location('query'), body: location('body'), variant };
}

/** Whether an endpoint can be called with a plain HTTP request (not a WebSocket or a browser redirect). */
export function isCallable(endpoint: RequestSide): boolean {
  return endpoint.responseKind !== 'websocket' && endpoint.responseKind !== 'redirect';
}

// ---------------------------------------------------------------- multipart

type SchemaNode = WrappingSchema & { readonly pipe?: readonly { readonly type: string }[] };

function isFileSchema(schema: SchemaNode | undefined): boolean {
  return (schema ? schemaLayers(schema) : []).some(
    (layer) =>
      layer.type === 'blob' ||
      layer.type === 'file' ||
      layer.pipe?.some((item) => item !== layer && (item.type === 'blob' || item.type === 'file')),
  );
}

/** The names of a multipart endpoint's file fields, from its body schema. */
export function fileFields(endpoint: RequestSide): string[] {
  const entries = (endpoint.params.body as unknown as { entries?: Record<string, SchemaNode> } | undefined)?.entries;
  return Object.entries(entries ?? {})
    .filter(([, schema]) => isFileSchema(schema))
    .map(([name]) => name);
}

/** A part of a multipart sample: text as sent, or a file read from a local path. */
export type SamplePart =
  { readonly name: string; readonly value: string } | { readonly name: string; readonly path: string };

/** Where a file field's placeholder points when the form has no file picked. */
export const FILE_PLACEHOLDER = 'path/to/file';

/**
 * The parts a multipart sample sends: the model's parts in order, files by their file name, and
 * every file field the form left empty as a placeholder path, so the sample shows where it goes.
 */
export function sampleParts(input: SampleInput): SamplePart[] {
  if (input.model.body.kind !== 'multipart') return [];
  const parts: SamplePart[] = input.model.body.parts.map((part: MultipartPart) =>
    part.value !== undefined
      ? { name: part.name, value: part.value }
      : { name: part.name, path: part.fileName ?? FILE_PLACEHOLDER },
  );
  for (const name of fileFields(input.endpoint))
    if (!parts.some((part) => part.name === name)) parts.unshift({ name, path: FILE_PLACEHOLDER });
  return parts;
}

// ---------------------------------------------------------------- request pieces

/** The path and query of the request, after the base URL. */
export function pathAndQuery(model: RequestModel): string {
  return model.upstreamUrl.slice(model.baseUrl.length);
}

/** Headers a sample sends as they are: all but Authorization, which each language writes itself. */
export function plainHeaders(model: RequestModel): (readonly [string, string])[] {
  return model.headers.filter(([name]) => name.toLowerCase() !== 'authorization');
}

/** Headers for a multipart request: its Content-Type (with the boundary) is left to the client. */
export function headersToSend(model: RequestModel): (readonly [string, string])[] {
  return plainHeaders(model).filter(
    ([name]) => model.body.kind !== 'multipart' || name.toLowerCase() !== 'content-type',
  );
}

/** The JSON body the model sends, parsed back into a value. */
export function jsonBody(model: RequestModel): unknown {
  return model.body.kind === 'json' ? JSON.parse(model.body.text) : undefined;
}

/** The file a binary answer is written to. */
export function outputFileName(input: SampleInput): string {
  const format = input.body.response_format;
  return `output.${typeof format === 'string' && /^\w+$/.test(format) ? format : 'bin'}`;
}

/** What assembles a streamed answer: chat deltas or workflow messages. */
export function streamKind(endpoint: RequestSide): 'chat' | 'workflow' {
  return endpoint.streaming?.assemble ?? 'chat';
}

// ---------------------------------------------------------------- literals

/** A string in single quotes for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A single-quoted JavaScript string. */
export function jsString(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/** A double-quoted string that Python, Go and Java all read the same way. */
export function cString(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function indentAfterFirst(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** A JavaScript literal: JSON with identifier keys unquoted and single-quoted strings. */
export function jsLiteral(value: unknown, indent = ''): string {
  const json = JSON.stringify(value, null, 2) ?? 'undefined';
  const js = json.replace(/"(?:[^"\\]|\\.)*"(:?)/g, (token, colon: string) => {
    const text = JSON.parse(colon ? token.slice(0, -1) : token) as string;
    if (colon) return /^[A-Za-z_$][\w$]*$/.test(text) ? `${text}:` : `${jsString(text)}:`;
    return jsString(text);
  });
  return indentAfterFirst(js, indent);
}

/** A Python literal: JSON with True, False and None. */
export function pyLiteral(value: unknown, indent = ''): string {
  const json = JSON.stringify(value, null, 4) ?? 'None';
  const py = json.replace(/"(?:[^"\\]|\\.)*"|\btrue\b|\bfalse\b|\bnull\b/g, (token) =>
    token === 'true' ? 'True' : token === 'false' ? 'False' : token === 'null' ? 'None' : token,
  );
  return indentAfterFirst(py, indent);
}

/** Python keyword arguments, one a line, or '' when there are none. */
export function pyKwargs(args: Json, raw: Readonly<Record<string, string>> = {}): string {
  const entries = Object.entries(args).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return '';
  const lines = entries.map(([key, value]) => `    ${key}=${raw[key] ?? pyLiteral(value, '    ')},`);
  return `\n${lines.join('\n')}\n`;
}

/** A record without some keys. */
export function without(record: Json, ...keys: string[]): Json {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

/** A record with only some keys, in the order given, skipping absent ones. */
export function pick(record: Json, ...keys: string[]): Json {
  return Object.fromEntries(keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
}

/** The region's base URL constant an SDK exports, if the region has one. */
export function regionConstant(model: RequestModel): 'CN' | 'COM' | undefined {
  return model.region === 'cn' ? 'CN' : model.region === 'com' ? 'COM' : undefined;
}

/**
 * The text a base64 string encodes, or undefined when it is not UTF-8 text (an SDK builder that
 * takes a document's text cannot carry it then, and the tab falls back to raw HTTP).
 */
export function base64Text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const bytes = Uint8Array.from(atob(value), (ch) => ch.charCodeAt(0));
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
