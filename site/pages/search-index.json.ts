import { buildSearchIndex } from '../search/search-index';

// The palette's index, written once at build time as a static file; nothing fetches it until the
// palette first opens (or its button is pointed at).
export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex()), { headers: { 'content-type': 'application/json' } });
}
