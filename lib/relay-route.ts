// The relay's route and what it answers, for both sides of the wire: the site builds these URLs
// and reads these kinds, the worker parses the URLs and records the kinds.

/** Where a run goes: the built-in sandbox, Coze China or Coze international. */
export type Region = 'sandbox' | 'cn' | 'com';

/** The regions, in the order the UI offers them. */
export const REGIONS = ['sandbox', 'cn', 'com'] as const satisfies readonly Region[];

/** The region named by a URL segment or a stored setting, or undefined for anything else. */
export function parseRegion(value: string | null | undefined): Region | undefined {
  return REGIONS.find((region) => region === value);
}

const RELAY_PREFIX = '/api/relay/';

/**
 * The relay's base URL for a region: a Coze path appended to it is relayed there.
 * @example relayBaseUrl('https://p.dev/', 'cn') // → 'https://p.dev/api/relay/cn'
 */
export function relayBaseUrl(origin: string, region: Region): string {
  return `${origin.replace(/\/+$/, '')}${RELAY_PREFIX}${region}`;
}

/**
 * The region segment and the Coze path of a relay URL, read from the path exactly as it arrived:
 * nothing is decoded, so `c%6e` is no region and `%2e%2e` never becomes a dot segment.
 * @example relayTargetOf('/api/relay/cn/v3/chat') // → { region: 'cn', cozePath: '/v3/chat' }
 */
export function relayTargetOf(pathname: string): { region: string; cozePath: string } {
  const rest = pathname.startsWith(RELAY_PREFIX) ? pathname.slice(RELAY_PREFIX.length) : '';
  const slash = rest.indexOf('/');
  return slash < 0 ? { region: rest, cozePath: '' } : { region: rest.slice(0, slash), cozePath: rest.slice(slash) };
}

/** How a response body is read and recorded: a stream of events, JSON, other text, or bytes. */
export type ResponseBodyKind = 'json' | 'sse' | 'binary' | 'text';

/**
 * The body kind of a response, from its content type.
 * @example responseBodyKindOf('text/event-stream; charset=utf-8') // → 'sse'
 */
export function responseBodyKindOf(contentType: string | null): ResponseBodyKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('text/event-stream')) return 'sse';
  if (type.includes('json')) return 'json';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}
