import type { Endpoint } from '../catalog/types';

/** An endpoint matched by method and path, with its decoded path parameters. */
export interface EndpointMatch {
  readonly endpoint: Endpoint;
  readonly pathParams: Record<string, string>;
  /** All endpoints on this method and path; more than one only where a body field tells them apart. */
  readonly candidates: readonly Endpoint[];
}

// A path parameter is one segment of the characters Coze ids and names use; anything that could
// smuggle another path or host (`/`, `\`, `..`, `%`, `@`, `:`) never matches.
const SEGMENT = /^[A-Za-z0-9_\-.]{1,128}$/;

/** A matchable endpoint with its template split into segments. */
interface Indexed {
  readonly endpoint: Endpoint;
  readonly segments: readonly string[];
}

// Each catalog is indexed once per isolate, by method and segment count, so a request looks only at
// the few endpoints of its shape instead of scanning all of them (the order within a shape is the
// catalog's, which decides between equal matches as the scan did).
const INDEXES = new WeakMap<readonly Endpoint[], Map<string, Indexed[]>>();

function indexOf(endpoints: readonly Endpoint[]): Map<string, Indexed[]> {
  let index = INDEXES.get(endpoints);
  if (index) return index;
  index = new Map();
  for (const endpoint of endpoints) {
    if (endpoint.responseKind === 'websocket' || endpoint.responseKind === 'redirect') continue;
    const segments = endpoint.path.split('/').slice(1);
    for (const method of new Set([endpoint.method, ...(endpoint.alsoAccepts ?? [])])) {
      const key = `${method} ${segments.length}`;
      const list = index.get(key) ?? [];
      list.push({ endpoint, segments });
      index.set(key, list);
    }
  }
  INDEXES.set(endpoints, index);
  return index;
}

/**
 * The catalog endpoint this method and path call, or undefined. Literal segments win over
 * placeholders (`/v1/workflows/resume` is never `/v1/workflows/:workflow_id`).
 * @example matchEndpoint(ENDPOINTS, 'GET', '/v1/bots/7351') // → retrieve-bot, { bot_id: '7351' }
 */
export function matchEndpoint(endpoints: readonly Endpoint[], method: string, path: string): EndpointMatch | undefined {
  const parts = path.split('/');
  if (parts[0] !== '' || parts.length < 2) return undefined;
  const actual = parts.slice(1);
  let best: { match: EndpointMatch; literals: number } | undefined;
  const candidates: Endpoint[] = [];
  for (const { endpoint, segments: template } of indexOf(endpoints).get(`${method.toUpperCase()} ${actual.length}`) ??
    []) {
    const pathParams: Record<string, string> = {};
    let literals = 0;
    const ok = template.every((segment, i) => {
      const value = actual[i]!;
      if (segment.startsWith(':')) {
        if (!SEGMENT.test(value) || value === '.' || value === '..') return false;
        pathParams[segment.slice(1)] = value;
        return true;
      }
      literals++;
      return segment === value;
    });
    if (!ok) continue;
    if (best && literals === best.literals && endpoint.path === best.match.endpoint.path) candidates.push(endpoint);
    else if (!best || literals > best.literals) {
      candidates.length = 0;
      candidates.push(endpoint);
      best = { match: { endpoint, pathParams, candidates }, literals };
    }
  }
  return best?.match;
}

const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional', 'undefinedable']);

/**
 * Of the endpoints sharing a method and path, the one whose discriminating body field has the
 * given value (the OAuth token flows, told apart by `grant_type`); the only one where there is one.
 */
export function selectCandidate(
  match: EndpointMatch,
  body: Readonly<Record<string, unknown>> | undefined,
): Endpoint | undefined {
  if (match.candidates.length <= 1) return match.endpoint;
  const named = match.candidates.filter(
    (endpoint) => endpoint.discriminator && body?.[endpoint.discriminator.bodyField] === endpoint.discriminator.value,
  );
  // Two flows may send the same value (OAuth's web-app and PKCE code exchanges are both
  // `authorization_code`): the one whose required fields the body has, the most specific first.
  const required = (endpoint: Endpoint) =>
    Object.entries(endpoint.params.body?.entries ?? {})
      .filter(([, schema]) => !OPTIONAL.has(schema.type))
      .map(([name]) => name);
  return named
    .filter((endpoint) => required(endpoint).every((name) => body?.[name] !== undefined))
    .sort((a, b) => required(b).length - required(a).length)[0];
}

/** Fills a path template with parameters, encoding each value. */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/:([A-Za-z_]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
