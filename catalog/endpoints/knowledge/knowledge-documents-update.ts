import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { AgwJsConvHeadersSchema, DocumentInfoSchema, UpdateRuleSchema } from './schemas';

/** Update knowledge base file: POST /open_api/knowledge/document/update */
export default defineEndpoint({
  id: 'knowledge-documents-update',
  group: 'knowledge',
  titleZh: '修改知识库文件',
  titleEn: 'Update knowledge base file',
  description:
    "Renames a file of a knowledge base or changes how often a web page in it is fetched again. The file's content is not replaced.",
  notes: [
    'Send the header `Agw-Js-Conv: str`, so ids come back as strings.',
    'Coze knowledge bases only.',
    'A success usually carries no `data`; some answers still hold the old top-level `document_info`.',
  ],
  method: 'POST',
  path: '/open_api/knowledge/document/update',
  params: {
    headers: AgwJsConvHeadersSchema,
    body: v.object({
      document_id: v.pipe(v.string(), v.nonEmpty('document_id is required'), v.description('File to change.')),
      document_name: v.optional(
        v.pipe(v.string(), v.description('New file name.'), v.examples(['warranty-faq-2025.txt'])),
      ),
      update_rule: v.optional(
        v.pipe(UpdateRuleSchema, v.description('Web pages only: whether and how often to fetch the page again.')),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    document_info: v.optional(
      v.pipe(DocumentInfoSchema, v.description('Deprecated: the file as changed, at the top level when present.')),
    ),
  }),
  permission: 'updateDocument',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    headers: { 'Agw-Js-Conv': 'str' },
    body: { document_id: SANDBOX_IDS.document, document_name: 'warranty-faq-2025.txt' },
  },
});
