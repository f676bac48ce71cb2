import { ENDPOINTS } from '../../catalog/endpoint-list';
import type { Endpoint } from '../../catalog/types';
import { matchEndpoint, selectCandidate, type EndpointMatch } from '../../lib/match-endpoint';
import { bodyInQuery, coerceQuery, endpointHeaders, queryParams, validateRequest } from '../../lib/validate-request';
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
  /** The header parameters the endpoint declares (`Agw-Js-Conv`), as sent. */
  readonly headers: Readonly<Record<string, string>>;
  /** The bearer token, for the OAuth flows that carry a client secret or a JWT in it. */
  readonly bearer?: string;
  readonly pace: Pace;
  /** The `x-sandbox-seed` header: the same seed and input give the same generated text. */
  readonly seed: string;
}

/** Everything a handler gets: the request, the session's storage, its log id and the time. */
export interface Call extends SandboxRequest {
  readonly store: SessionStore;
  readonly logid: string;
  readonly nowMs: number;
  /** When the session was seeded: generated timestamps are read against it, so they stay put. */
  readonly seededAtMs: number;
  /** The worker's secret: tokens the sandbox issues carry a MAC under a key derived from it. */
  readonly secret: string;
}

/** What a handler answers: the top-level fields of a success envelope, or a whole response (streams). */
export type Handler = (call: Call) => Promise<Response | Record<string, unknown>>;

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

async function multipartBody(request: Request, endpoint: Endpoint): Promise<Record<string, unknown>> {
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
  const text: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') text[name] = value;
    else body[name] = value;
  }
  // Form fields are text; Coze reads `top_k=3` as the integer the docs describe.
  return { ...coerceQuery(endpoint.params.body, text), ...body };
}

/**
 * The catalog endpoint a request calls, by method and path (HTTP 404 when there is none). Where
 * several share the path, the body decides later, in {@link readRequest}.
 */
export function matchRequest(request: Request): EndpointMatch {
  const url = new URL(request.url);
  const match = matchEndpoint(ENDPOINTS, request.method, url.pathname);
  if (!match) throw new CozeError(CozeCode.notFound, `No Coze API ${request.method} ${url.pathname}`, 404);
  return match;
}

/**
 * Reads a matched request as Coze would: a bearer token first (4100, HTTP 401) unless the endpoint
 * takes none (the OAuth token calls), then parameters checked against the catalog (4000 naming
 * each problem).
 */
export async function readRequest(request: Request, match: EndpointMatch): Promise<SandboxRequest> {
  const bearer = bearerToken(request.headers.get('authorization'));
  const open = match.candidates.every((endpoint) => endpoint.auth === 'none');
  if (!bearer && !open) {
    throw new CozeError(
      CozeCode.unauthorized,
      'Authentication is invalid: send the header `Authorization: Bearer <token>` (any token works in the sandbox)',
    );
  }
  const url = new URL(request.url);
  const kind = match.endpoint.bodyKind;
  // A GET to an endpoint documented with a JSON body carries its fields in the query string.
  const inQuery = bodyInQuery(match.endpoint, request.method);
  const body = inQuery
    ? coerceQuery(match.endpoint.params.body, queryParams(url.searchParams))
    : kind === 'json'
      ? await jsonBody(request)
      : kind === 'multipart'
        ? await multipartBody(request, match.endpoint)
        : {};
  // OAuth's token flows share a path: grant_type, then the required fields sent, tell them apart;
  // a body that names a flow but lacks its fields is checked against that flow, to say what is missing.
  const endpoint =
    selectCandidate(match, body) ??
    match.candidates.find((c) => c.discriminator && body[c.discriminator.bodyField] === c.discriminator.value);
  if (!endpoint) {
    const field = match.candidates[0]?.discriminator?.bodyField ?? 'body';
    const values = [...new Set(match.candidates.map((candidate) => candidate.discriminator?.value))].join(', ');
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${field}: expected one of ${values}`);
  }
  const query = inQuery ? {} : coerceQuery(endpoint.params.query, queryParams(url.searchParams));
  const headers = endpointHeaders(endpoint, request.headers);
  const issues = validateRequest(endpoint, { path: match.pathParams, query, headers, body });
  if (issues.length > 0) {
    const list = issues.map((issue) => `${[issue.location, issue.path].filter(Boolean).join('.')}: ${issue.message}`);
    throw new CozeError(CozeCode.badRequest, `Invalid parameter. ${list.join('; ')}`);
  }
  return {
    endpoint,
    path: match.pathParams,
    query,
    body,
    headers,
    ...(bearer !== undefined && { bearer }),
    pace: paceOf(request.headers.get('x-sandbox-pace-ms')),
    seed: request.headers.get('x-sandbox-seed') ?? '',
  };
}
