import * as v from 'valibot';
import type { ParamsSchema, RequestSide } from '../catalog/types';
import type { FieldIssue, IssueLocation } from './api-error';
import type { Lang } from './i18n/lang';
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
export function endpointHeaders(endpoint: RequestSide, headers: Headers): Record<string, string> {
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
export function bodyInQuery(endpoint: RequestSide, method: string): boolean {
  return endpoint.bodyKind === 'json' && endpoint.method !== 'GET' && method.toUpperCase() === 'GET';
}

/** Valibot's own wording (`Invalid type: Expected string but received 1`); a schema's own message differs. */
const VALIBOT_DEFAULT = /^Invalid ([\w ]+): (?:Expected .* but r|R)eceived /;

const ZH_INVALID: Readonly<Record<string, string>> = {
  type: '类型',
  length: '长度',
  value: '取值',
  format: '格式',
  key: '键',
  entries: '条目数',
  size: '大小',
};

/** The catalog's own messages follow a few shapes; these read in Chinese, names and numbers kept. */
const ZH_SHAPES: readonly (readonly [RegExp, string])[] = [
  [/^(\S+) is required$/, '$1 为必填项'],
  [/^(\S+) is at most (\d+)$/, '$1 最大为 $2'],
  [/^(\S+) is at least (\d+)$/, '$1 最小为 $2'],
  [/^(\S+) takes at most (\d+) characters$/, '$1 最多 $2 个字符'],
  [/^(\S+) takes at least (\d+) characters$/, '$1 至少 $2 个字符'],
];

/**
 * One problem in the page's language. The form shows these under its fields; the relay's answers
 * (English, as Coze's own) call this without a language. A schema's own message (a `v.check`) is
 * catalog text: the common shapes (`x is required`) read in Chinese, any other stays as written.
 */
function messageOf(issue: v.BaseIssue<unknown>, path: string, lang: Lang): string {
  const name = path.split('.').pop();
  const missing = issue.kind === 'schema' && issue.received === 'undefined' && path;
  if (lang === 'zh') {
    if (missing) return `${name} 为必填项`;
    const kind = VALIBOT_DEFAULT.exec(issue.message)?.[1];
    if (kind !== undefined)
      return issue.expected
        ? `${ZH_INVALID[kind] ?? '值'}无效：应为 ${issue.expected}，实际为 ${issue.received}`
        : `${ZH_INVALID[kind] ?? '值'}无效：实际为 ${issue.received}`;
    const shape = ZH_SHAPES.find(([pattern]) => pattern.test(issue.message));
    return shape ? issue.message.replace(shape[0], shape[1]) : issue.message;
  }
  if (missing) return `${name} is required`;
  // A long list of expected values would push what was received past the 200 characters an
  // answer quotes of each problem: what was received comes first, then the list.
  return issue.message.length > 160 && issue.expected && issue.received
    ? `${issue.message.split(':')[0]}: received ${issue.received}; expected ${issue.expected}`
    : issue.message;
}

function issuesOf(location: IssueLocation, issues: readonly v.BaseIssue<unknown>[], lang: Lang): FieldIssue[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    return { location, path, message: messageOf(issue, path, lang) };
  });
}

/**
 * Checks a request against its endpoint's schemas, location by location, and lists every problem.
 * The relay and the form both call it, so they agree on what may be sent; the form asks in its page's language.
 */
export function validateRequest(endpoint: RequestSide, values: RequestValues, lang: Lang = 'en'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const locations: IssueLocation[] = ['path', 'query', 'headers', 'body'];
  for (const location of locations) {
    const schema = endpoint.params[location];
    if (!schema) continue;
    const result = v.safeParse(schema, values[location] ?? {});
    if (!result.success) issues.push(...issuesOf(location, result.issues, lang));
  }
  return issues;
}
