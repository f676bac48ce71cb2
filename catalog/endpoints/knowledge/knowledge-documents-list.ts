import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { AgwJsConvHeadersSchema, DocumentInfoSchema } from './schemas';

/** List knowledge base files: POST /open_api/knowledge/document/list */
export default defineEndpoint({
  id: 'knowledge-documents-list',
  group: 'knowledge',
  titleZh: '查看知识库文件列表',
  titleEn: 'List knowledge base files',
  description:
    'Lists the files of a knowledge base, page by page, with their type, size and processing state. Use it to find document ids to update or delete.',
  notes: [
    'A read sent as POST with a JSON body; a GET with the same fields in the query string is accepted too.',
    'Send the header `Agw-Js-Conv: str`, so ids come back as strings.',
    'Pages with `page` and `size` (default 10), not `page_num`/`page_size`.',
    'The answer has no `data` wrapper: `document_infos` and `total` sit at the top level beside `code`.',
  ],
  method: 'POST',
  alsoAccepts: ['GET'], // @coze/api's deprecated knowledge.documents.list sends GET with a query string
  path: '/open_api/knowledge/document/list',
  params: {
    headers: AgwJsConvHeadersSchema,
    body: v.object({
      dataset_id: v.pipe(
        v.string(),
        v.nonEmpty('dataset_id is required'),
        v.description('Coze knowledge base whose files to list.'),
      ),
      page: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
        1,
      ),
      size: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Files per page.'), v.examples([10])),
        10,
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    document_infos: v.optional(
      v.pipe(v.array(DocumentInfoSchema), v.description('Files on this page; top level, no `data`.')),
    ),
    total: v.optional(
      v.pipe(v.number(), v.integer(), v.description('Files in the knowledge base; top level.'), v.examples([2])),
    ),
  }),
  pagination: { style: 'page', page: 'page', size: 'size' },
  permission: 'listDocument',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    headers: { 'Agw-Js-Conv': 'str' },
    body: { dataset_id: SANDBOX_IDS.dataset, page: 1, size: 10 },
  },
});
