import * as v from 'valibot';
import type { Endpoint, ParamsSchema } from '../catalog/types';
import type { FieldIssue, IssueLocation } from './api-error';
import { innermostSchema } from './schema-layers';

/** Parameter values of one request, by location, as the relay or the form holds them. */
export interface RequestValues {
  readonly path?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly headers?: Record<string, unknown>;
  readonly body?: Record<string, unknown>;
}

/** Strips `optional`, `nullable` and the like, down to the schema that says what a value is. */
export const unwrapSchema = (schema: v.GenericSchema): v.GenericSchema => innermostSchema(schema);

/**
 * A query string's parameters: one value as text, a repeated one as a list.
 * @example queryParams(new URLSearchParams('a=1&b=2&b=3')) // → { a: '1', b: ['2', '3'] }
 */
export function queryParams(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/** The request headers an endpoint's schema declares, read from a request's headers. */
export function endpointHeaders(endpoint: Endpoint, headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(endpoint.params.headers?.entries ?? {})) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/**
 * Query strings carry text; Coze documents numbers and booleans there. Turns `"20"` into 20 and
 * `"true"` into true where the schema wants them, and leaves everything else for validation to judge.
 */
export function coerceQuery(
  schema: ParamsSchema | undefined,
  query: Record<string, string | string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    const entry = schema?.entries[name];
    const text = Array.isArray(raw) ? raw[raw.length - 1]! : raw;
    const type = entry ? unwrapSchema(entry).type : 'string';
    if (type === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) out[name] = Number(text);
    else if (type === 'boolean' && (text === 'true' || text === 'false')) out[name] = text === 'true';
    else if (type === 'array') out[name] = Array.isArray(raw) ? raw : text.split(',');
    else out[name] = text;
  }
  return out;
}

/**
 * Whether a request carries its body fields in the query string: a GET sent (as an `alsoAccepts`
 * method) to an endpoint documented with a JSON body. @coze/api's deprecated
 * `knowledge.documents.list` sends its fields that way.
 * @example bodyInQuery(knowledgeDocumentsList, 'GET') // true
 */
export function bodyInQuery(endpoint: Endpoint, method: string): boolean {
  return endpoint.bodyKind === 'json' && endpoint.method !== 'GET' && method.toUpperCase() === 'GET';
}

function issuesOf(location: IssueLocation, issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const message =
      issue.kind === 'schema' && issue.received === 'undefined' && path
        ? `${path.split('.').pop()} is required`
        : // A long list of expected values would push what was received past the 200 characters an
          // answer quotes of each problem: what was received comes first, then the list.
          issue.message.length > 160 && issue.expected && issue.received
          ? `${issue.message.split(':')[0]}: received ${issue.received}; expected ${issue.expected}`
          : issue.message;
    return { location, path, message };
  });
}

/**
 * Checks a request against its endpoint's schemas, location by location, and lists every problem.
 * The relay and the form both call it, so they agree on what may be sent.
 */
export function validateRequest(endpoint: Endpoint, values: RequestValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const locations: IssueLocation[] = ['path', 'query', 'headers', 'body'];
  for (const location of locations) {
    const schema = endpoint.params[location];
    if (!schema) continue;
    const result = v.safeParse(schema, values[location] ?? {});
    if (!result.success) issues.push(...issuesOf(location, result.issues));
  }
  return issues;
}
