import type { AnySchema, DocPage, DocSection, Endpoint, StreamEvent } from '../../catalog';
import { fieldsOf, type FieldDoc } from '../schema-fields';

/**
 * One piece of the catalog's English prose that a reader sees, and where it first appears. The
 * Chinese text is looked up by the English text itself (gettext's model): a translation lives in
 * `catalog/zh/`, a sentence shared by many fields is translated once, and editing the English
 * makes the completeness test name the sentence that lost its translation.
 */
export interface CatalogText {
  readonly en: string;
  /** A page id and a place on it, e.g. `create-chat body.additional_messages[].role`. */
  readonly where: string;
  /** The translation file that holds it: the endpoint's group, or `pages-<kind>` for doc pages. */
  readonly bucket: string;
}

function* fieldTexts(fields: readonly FieldDoc[] | undefined, prefix: string): Generator<[string, string]> {
  for (const field of fields ?? []) {
    if (field.description) yield [`${prefix}${field.path}`, field.description];
    yield* fieldTexts(field.children, prefix);
    if (field.items) yield* fieldTexts([field.items], prefix);
    if (field.values) yield* fieldTexts([field.values], prefix);
  }
}

function* schemaTexts(schema: AnySchema | undefined, prefix: string): Generator<[string, string]> {
  yield* fieldTexts(fieldsOf(schema), prefix);
}

function* eventTexts(events: readonly StreamEvent[], prefix: string): Generator<[string, string]> {
  for (const event of events) {
    yield [`${prefix}${event.name}`, event.description];
    yield* schemaTexts(event.data, `${prefix}${event.name} `);
  }
}

function* endpointTexts(endpoint: Endpoint): Generator<[string, string]> {
  yield ['description', endpoint.description];
  for (const [index, note] of endpoint.notes.entries()) yield [`notes[${index}]`, note];
  for (const location of ['path', 'query', 'headers', 'body'] as const)
    yield* schemaTexts(endpoint.params[location], `${location}.`);
  yield* schemaTexts(endpoint.response, 'response.');
  if (endpoint.streaming) yield* eventTexts(endpoint.streaming.events, 'event ');
}

function* sectionTexts(section: DocSection, prefix: string): Generator<[string, string]> {
  if (section.heading) yield [`${prefix}heading`, section.heading];
  switch (section.kind) {
    case 'text':
      for (const [index, paragraph] of section.paragraphs.entries()) yield [`${prefix}p${index}`, paragraph];
      return;
    case 'steps':
      for (const [index, step] of section.steps.entries()) yield [`${prefix}step${index}`, step];
      return;
    case 'events':
      for (const event of section.events) {
        yield [`${prefix}${event.name}`, event.description];
        yield* schemaTexts(event.data, `${prefix}${event.name} `);
      }
      return;
    case 'error-codes':
      for (const row of section.codes) {
        yield [`${prefix}${row.code}`, row.meaning];
        if (row.fix) yield [`${prefix}${row.code} fix`, row.fix];
      }
      return;
    case 'table':
      // Column names and cells are prose as often as they are values; a value translates to itself.
      for (const column of section.columns) yield [`${prefix}column`, column];
      for (const [index, row] of section.rows.entries())
        for (const cell of row) if (/[A-Za-z]{2}/.test(cell)) yield [`${prefix}row${index}`, cell];
      return;
    case 'links':
      for (const link of section.links) if (link.note) yield [`${prefix}${link.pageId}`, link.note];
      return;
    case 'tryout':
      yield* schemaTexts(section.options, `${prefix}${section.sdk} `);
      return;
    case 'code':
      return; // code is code in both languages
  }
}

function* docPageTexts(page: DocPage): Generator<[string, string]> {
  yield ['summary', page.summary];
  for (const [index, section] of page.sections.entries()) yield* sectionTexts(section, `s${index} `);
}

/**
 * Every English text of the catalog, each once, in page order.
 * @example catalogTexts(ENDPOINTS, DOC_PAGES)[0] // { en: 'Exchanges …', where: 'get-token description', bucket: 'auth' }
 */
export function catalogTexts(endpoints: readonly Endpoint[], pages: readonly DocPage[]): CatalogText[] {
  const seen = new Map<string, CatalogText>();
  const add = (bucket: string, id: string, [where, en]: [string, string]) => {
    if (!en.trim() || seen.has(en)) return;
    seen.set(en, { en, where: `${id} ${where}`, bucket });
  };
  for (const endpoint of endpoints) for (const text of endpointTexts(endpoint)) add(endpoint.group, endpoint.id, text);
  for (const page of pages) for (const text of docPageTexts(page)) add(`pages-${page.kind}`, page.id, text);
  return [...seen.values()];
}
