import { ApiError, type FieldIssue } from '../../lib/api-error';
import { CozeCode } from '../../lib/coze-error-codes';
import { selectCandidate, type EndpointMatch } from '../../lib/match-endpoint';
import { streamsWith } from '../../lib/request-model';
import { bodyInQuery, coerceQuery, endpointHeaders, queryParams, validateRequest } from '../../lib/validate-request';
import type { Endpoint } from '../../catalog/types';
import { BODY_LIMITS } from './limits';

/** A relayed request, read and checked against its endpoint. */
export interface CheckedRequest {
  /**
   * The endpoint called: the match, or the candidate a discriminating body field picked (the
   * first candidate when none fits: the request still goes, and the issues say why).
   */
  readonly endpoint: Endpoint;
  /**
   * Where the request fails the catalog's schema. The schema is our reading of Coze's docs, and the
   * upstream (Coze, or the sandbox, which answers as Coze does) is the judge: the request is sent
   * anyway, and these go back in a header and into history.
   */
  readonly issues: readonly FieldIssue[];
  /** Whether the request asks for a stream (always, or by its body's switch). */
  readonly streams: boolean;
  /** The body bytes exactly as the client sent them; forwarded unchanged. */
  readonly body?: ArrayBuffer;
  /** What history records of the body: JSON text, or a note describing multipart parts. */
  readonly bodyText?: string;
  readonly bodyNote?: string;
  /** The parsed JSON body, when there is one. */
  readonly json?: Record<string, unknown>;
}

// Header parameters the catalog declares (such as `Agw-Js-Conv`), read case-insensitively.
async function readBytes(request: Request, limit: number, cozeCode: number): Promise<ArrayBuffer> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) {
    throw new ApiError(
      413,
      'payload_too_large',
      `The body is ${declared} bytes; this endpoint takes at most ${limit}`,
      undefined,
      cozeCode,
    );
  }
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
      throw new ApiError(
        413,
        'payload_too_large',
        `The body exceeds ${limit} bytes, the limit for this endpoint`,
        undefined,
        cozeCode,
      );
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
 * Parts the endpoint does not declare, and parts sent twice. The upstream decides what they mean;
 * the issues say the relay checked only the first value of a repeated part.
 */
function partIssues(endpoint: Endpoint, form: FormData): FieldIssue[] {
  const known = new Set(Object.keys(endpoint.params.body?.entries ?? {}));
  const names = [...form.keys()];
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  const repeated = [...new Set(names.filter((name, index) => known.has(name) && names.indexOf(name) !== index))];
  return [
    ...unknown.map((name) => ({ location: 'body' as const, path: name, message: 'Not a field of this endpoint' })),
    ...repeated.map((name) => ({ location: 'body' as const, path: name, message: 'Sent more than once' })),
  ];
}

/**
 * Why `JSON.parse` failed, without the excerpt of the body its message quotes: the body may hold
 * a token, and an excerpt can cut one where no mask recognises it.
 */
function jsonFault(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return 'it ends too early';
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const position = /position (\d+)/.exec(message)?.[1];
  return `unexpected ${token ? `'${token}'` : 'text'}${position ? ` at character ${position}` : ''}`;
}

/**
 * Reads the body within the endpoint's limit, refusing what cannot be read as the endpoint's body
 * kind (413 over the limit, 415 for another content type, 400 for malformed JSON or multipart),
 * and checks path, query, headers and body against the catalog schemas the site uses. Schema
 * issues are returned, not thrown: the upstream judges them.
 */
export async function readCheckedRequest(request: Request, match: EndpointMatch, url: URL): Promise<CheckedRequest> {
  const contentType = request.headers.get('content-type') ?? '';
  let read: Pick<CheckedRequest, 'body' | 'bodyText' | 'bodyNote' | 'json'> = {};
  let body: Record<string, unknown> | undefined;
  let issues: FieldIssue[] = [];

  if (bodyInQuery(match.endpoint, request.method)) {
    // Nothing to read: the fields are in the query string, forwarded as they came.
    body = coerceQuery(match.endpoint.params.body, queryParams(url.searchParams));
  } else if (match.endpoint.bodyKind === 'json') {
    const bytes = await readBytes(request, BODY_LIMITS[match.endpoint.bodyKind], CozeCode.badRequest);
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
        throw new ApiError(400, 'invalid_request', `The body is not valid JSON: ${jsonFault(error)}`, [
          { location: 'body', path: '', message: 'Invalid JSON' },
        ]);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new ApiError(400, 'invalid_request', 'The JSON body must be an object', [
          { location: 'body', path: '', message: 'Expected a JSON object' },
        ]);
      }
      body = parsed as Record<string, unknown>;
      read = { body: bytes, bodyText: text, json: body };
    }
  } else if (match.endpoint.bodyKind === 'multipart') {
    if (!/^multipart\/form-data\b/i.test(contentType)) {
      throw new ApiError(
        415,
        'invalid_request',
        'This endpoint takes multipart/form-data',
        undefined,
        CozeCode.emptyFile,
      );
    }
    const bytes = await readBytes(request, BODY_LIMITS.multipart, CozeCode.fileTooLarge);
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
    } catch (error) {
      throw new ApiError(400, 'invalid_request', `The multipart body could not be read: ${(error as Error).message}`);
    }
    issues = partIssues(match.endpoint, form);
    const parts = describeParts(form);
    body = parts.values;
    read = { body: bytes, bodyNote: parts.note };
  }

  const picked = selectCandidate(match, body);
  if (!picked) {
    const field = match.candidates[0]?.discriminator?.bodyField ?? 'body';
    const values = match.candidates.map((c) => c.discriminator?.value).join(', ');
    issues.push({ location: 'body', path: field, message: `Expected one of ${values}` });
  }
  const endpoint = picked ?? match.endpoint;
  const query = bodyInQuery(endpoint, request.method)
    ? {}
    : coerceQuery(endpoint.params.query, queryParams(url.searchParams));
  const headers = endpointHeaders(endpoint, request.headers);
  if (picked) issues.push(...validateRequest(endpoint, { path: match.pathParams, query, headers, body }));
  return { ...read, endpoint, issues, streams: streamsWith(endpoint, body) };
}
