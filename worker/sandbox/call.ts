import { ENDPOINTS } from '../../catalog/index';
import type { Endpoint } from '../../catalog/types';
import { matchEndpoint } from '../../lib/match-endpoint';
import { coerceQuery, validateRequest } from '../../lib/validate-request';
import { bearerToken } from '../owner';
import { CozeCode, CozeError } from './envelope';
import { paceOf, type Pace } from './pace';
import type { SessionStore } from './state';

/** A Coze request the sandbox has matched, read and validated. */
export interface SandboxRequest {
  readonly endpoint: Endpoint;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: Readonly<Record<string, unknown>>;
  readonly pace: Pace;
  /** The `x-sandbox-seed` header: the same seed and input give the same generated text. */
  readonly seed: string;
}

/** Everything a handler gets: the request, the session's storage, its log id and the time. */
export interface Call extends SandboxRequest {
  readonly store: SessionStore;
  readonly logid: string;
  readonly nowMs: number;
}

/** What a handler answers: the top-level fields of a success envelope, or a whole response (streams). */
export type Handler = (call: Call) => Promise<Response | Record<string, unknown>>;

function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CozeError(CozeCode.badRequest, 'Invalid request body: it is not valid JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CozeError(CozeCode.badRequest, 'Invalid request body: expected a JSON object');
  }
  return value as Record<string, unknown>;
}

async function multipartBody(request: Request): Promise<Record<string, unknown>> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    throw new CozeError(CozeCode.emptyFile, 'The file is empty: send it as multipart/form-data in the field `file`');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new CozeError(CozeCode.emptyFile, 'The file is empty: the multipart body could not be read');
  }
  const body: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) body[name] = value;
  return body;
}

/**
 * Reads a Coze-shaped request as Coze would: a bearer token first (4100, HTTP 401), then a known
 * endpoint (HTTP 404), then parameters checked against the catalog (4000 naming each problem).
 */
export async function readRequest(request: Request): Promise<SandboxRequest> {
  if (!bearerToken(request.headers.get('authorization'))) {
    throw new CozeError(
      CozeCode.unauthorized,
      'Authentication is invalid: send the header `Authorization: Bearer <token>` (any token works in the sandbox)',
    );
  }
  const url = new URL(request.url);
  const match = matchEndpoint(ENDPOINTS, request.method, url.pathname);
  if (!match) throw new CozeError(CozeCode.notFound, `No Coze API ${request.method} ${url.pathname}`, 404);
  const { endpoint } = match;
  const query = coerceQuery(endpoint.params.query, queryOf(url));
  const body =
    endpoint.bodyKind === 'json'
      ? await jsonBody(request)
      : endpoint.bodyKind === 'multipart'
        ? await multipartBody(request)
        : {};
  const issues = validateRequest(endpoint, { path: match.pathParams, query, body });
  if (issues.length > 0) {
    const list = issues.map((issue) => `${[issue.location, issue.path].filter(Boolean).join('.')}: ${issue.message}`);
    throw new CozeError(CozeCode.badRequest, `Invalid parameter. ${list.join('; ')}`);
  }
  return {
    endpoint,
    path: match.pathParams,
    query,
    body,
    pace: paceOf(request.headers.get('x-sandbox-pace-ms')),
    seed: request.headers.get('x-sandbox-seed') ?? '',
  };
}
