import { DOC_PAGES, ENDPOINTS } from '../../catalog';
import type { DocPage, Endpoint } from '../../catalog/types';
import { catalogTexts } from '../../lib/i18n/catalog-texts';
import { localize } from '../../lib/i18n/translate';
import { endpointHref, pageHref } from '../site-map';

/**
 * One thing the palette can find: an endpoint, a doc page or an error code. Tuples, not objects,
 * so the JSON the palette fetches carries no key names 600 times over.
 * `[kind, id, href (English path), titleZh, titleEn, method, path, text in English, text in Chinese]`
 */
export type SearchEntry = readonly [
  kind: 'endpoint' | 'ws' | 'events' | 'reference' | 'guide' | 'code',
  id: string,
  href: string,
  titleZh: string,
  titleEn: string,
  method: string,
  path: string,
  textEn: string,
  textZh: string,
];

/** The whole index as the site serves it (`/search-index.json`). */
export interface SearchIndex {
  readonly version: 1;
  readonly entries: readonly SearchEntry[];
}

/** Prose of one page in both languages; code is left out (it is the same in both and mostly noise). */
function texts(endpoints: readonly Endpoint[], pages: readonly DocPage[]): [string, string] {
  const list = catalogTexts(endpoints, pages).map((text) => text.en);
  return [list.join('\n'), list.map((en) => localize('zh', en)).join('\n')];
}

function endpointEntry(endpoint: Endpoint): SearchEntry {
  // An endpoint's text is what its page says about it, not every field's description: field names
  // are found by id and path, and the descriptions would triple the index for little gain.
  const prose = [endpoint.description, ...endpoint.notes];
  return [
    endpoint.responseKind === 'websocket' ? 'ws' : 'endpoint',
    endpoint.id,
    endpointHref(endpoint),
    endpoint.titleZh,
    endpoint.titleEn,
    endpoint.method,
    endpoint.path,
    prose.join('\n'),
    prose.map((en) => localize('zh', en)).join('\n'),
  ];
}

function* docEntries(page: DocPage): Generator<SearchEntry> {
  const [en, zh] = texts([], [page]);
  yield [page.kind, page.id, pageHref(page), page.titleZh, page.titleEn, '', '', en, zh];
  for (const section of page.sections) {
    if (section.kind !== 'error-codes') continue;
    for (const row of section.codes) {
      const prose = [row.meaning, ...(row.fix ? [row.fix] : [])];
      yield [
        'code',
        String(row.code),
        `${pageHref(page)}#code-${row.code}`,
        page.titleZh,
        page.titleEn,
        '',
        '',
        prose.join('\n'),
        prose.map((text) => localize('zh', text)).join('\n'),
      ];
    }
  }
}

/**
 * The palette's index of the whole reference, built once at build time from the catalog (titles in
 * both languages, method and path, and the prose each page shows, English and Chinese).
 */
export function buildSearchIndex(
  endpoints: readonly Endpoint[] = ENDPOINTS,
  pages: readonly DocPage[] = DOC_PAGES,
): SearchIndex {
  return { version: 1, entries: [...endpoints.map(endpointEntry), ...pages.flatMap((page) => [...docEntries(page)])] };
}
