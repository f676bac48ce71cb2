import { ApiError } from '../../lib/api-error';
import { bodyInQuery, coerceQuery, validateRequest } from '../../lib/validate-request';
import { selectCandidate, type EndpointMatch } from '../../lib/match-endpoint';
import type { Endpoint } from '../../catalog/types';
import { BODY_LIMITS } from './limits';

/** A relayed request, read and checked against its endpoint. */
export interface CheckedRequest {
  /** The endpoint called: the match, or the candidate a discriminating body field picked. */
  readonly endpoint: Endpoint;
  /** The body bytes exactly as the client sent them; forwarded unchanged. */
  readonly body?: ArrayBuffer;
  /** What history records of the body: JSON text, or a note describing multipart parts. */
  readonly bodyText?: string;
  readonly bodyNote?: string;
  /** The parsed JSON body, when there is one. */
  readonly json?: Record<string, unknown>;
}

// Header parameters the catalog declares (such as `Agw-Js-Conv`), read case-insensitively.
function headerRecord(endpoint: Endpoint, headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(endpoint.params.headers?.entries ?? {})) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const all = params.getAll(name);
    out[name] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

async function readBytes(request: Request, limit: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit)
    throw new ApiError(413, 'payload_too_large', `The body is ${declared} bytes; this endpoint takes at most ${limit}`);
  if (!request.body) return new ArrayBuffer(0);
  // Counted while reading, because a client may send more than it declared or no length at all;
  // past the limit the rest is never read: the stream is cancelled.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new ApiError(413, 'payload_too_large', `The body exceeds ${limit} bytes, the limit for this endpoint`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out.buffer;
}

function describeParts(form: FormData): { values: Record<string, unknown>; note: string } {
  const values: Record<string, unknown> = {};
  const notes: string[] = [];
  form.forEach((value, name) => {
    values[name] = value;
    notes.push(
      typeof value === 'string'
        ? `${name}=${JSON.stringify(value.slice(0, 200))}`
        : `${name}: file ${JSON.stringify(value.name)} (${value.size} bytes, ${value.type || 'no type'})`,
    );
  });
  return { values, note: `multipart/form-data: ${notes.join('; ')}` };
}

/**
 * Refuses parts the endpoint does not declare, and parts sent twice: the relay validates one value
 * per name, so a second one could carry what validation never saw.
 */
function assertKnownParts(endpoint: Endpoint, form: FormData): void {
  const known = new Set(Object.keys(endpoint.params.body?.entries ?? {}));
  const names = [...form.keys()];
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  const repeated = [...new Set(names.filter((name, index) => known.has(name) && names.indexOf(name) !== index))];
  if (unknown.length === 0 && repeated.length === 0) return;
  const problems = [
    ...(unknown.length ? [`parts this endpoint does not take: ${unknown.join(', ')}`] : []),
    ...(repeated.length ? [`parts sent more than once: ${repeated.join(', ')}`] : []),
  ];
  throw new ApiError(400, 'invalid_request', `The multipart body has ${problems.join('; ')}`, [
    ...unknown.map((name) => ({ location: 'body' as const, path: name, message: 'Not a field of this endpoint' })),
    ...repeated.map((name) => ({ location: 'body' as const, path: name, message: 'Sent more than once' })),
  ]);
}

/**
 * Reads the body within the endpoint's limit and validates path, query and body against the
 * catalog schemas the site uses; a bad request is refused with every field's message.
 */
export async function readCheckedRequest(request: Request, match: EndpointMatch, url: URL): Promise<CheckedRequest> {
  const contentType = request.headers.get('content-type') ?? '';
  let checked: Omit<CheckedRequest, 'endpoint'> = {};
  let body: Record<string, unknown> | undefined;

  if (bodyInQuery(match.endpoint, request.method)) {
    // Nothing to read: the fields are in the query string, forwarded as they came.
    body = coerceQuery(match.endpoint.params.body, queryRecord(url.searchParams));
  } else if (match.endpoint.bodyKind === 'json') {
    const bytes = await readBytes(request, BODY_LIMITS[match.endpoint.bodyKind]);
    const text = new TextDecoder().decode(bytes);
    if (text.trim() === '') {
      body = {};
    } else {
      if (!/^application\/json\b/i.test(contentType)) {
        throw new ApiError(
          415,
          'invalid_request',
          'This endpoint takes a JSON body: send Content-Type: application/json',
        );
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new ApiError(400, 'invalid_request', `The body is not valid JSON: ${(error as Error).message}`, [
          { location: 'body', path: '', message: 'Invalid JSON' },
        ]);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ApiError(400, 'invalid_request', 'The JSON body must be an object', [
          { location: 'body', path: '', message: 'Expected a JSON object' },
        ]);
      }
      body = parsed as Record<string, unknown>;
      checked = { body: bytes, bodyText: text, json: body };
    }
  } else if (match.endpoint.bodyKind === 'multipart') {
    if (!/^multipart\/form-data\b/i.test(contentType)) {
      throw new ApiError(415, 'invalid_request', 'This endpoint takes multipart/form-data');
    }
    const bytes = await readBytes(request, BODY_LIMITS.multipart);
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch (error) {
      throw new ApiError(400, 'invalid_request', `The multipart body could not be read: ${(error as Error).message}`);
    }
    assertKnownParts(match.endpoint, form);
    const parts = describeParts(form);
    body = parts.values;
    checked = { body: bytes, bodyNote: parts.note };
  }

  const endpoint = selectCandidate(match, body);
  if (!endpoint) {
    const field = match.candidates[0]?.discriminator?.bodyField ?? 'body';
    const values = match.candidates.map((c) => c.discriminator?.value).join(', ');
    throw new ApiError(400, 'invalid_request', `${field} must be one of: ${values}`, [
      { location: 'body', path: field, message: `Expected one of ${values}` },
    ]);
  }
  const query = bodyInQuery(endpoint, request.method)
    ? {}
    : coerceQuery(endpoint.params.query, queryRecord(url.searchParams));
  const headers = headerRecord(endpoint, request.headers);
  const issues = validateRequest(endpoint, { path: match.pathParams, query, headers, body });
  if (issues.length) {
    throw new ApiError(
      400,
      'invalid_request',
      `The request does not match ${endpoint.id}: ${issues.map((i) => `${i.location}${i.path ? '.' + i.path : ''}: ${i.message}`).join('; ')}`,
      issues,
    );
  }
  return { ...checked, endpoint };
}
