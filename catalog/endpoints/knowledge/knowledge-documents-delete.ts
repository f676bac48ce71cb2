import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { AgwJsConvHeadersSchema } from './schemas';

/** Delete knowledge base files: POST /open_api/knowledge/document/delete */
export default defineEndpoint({
  id: 'knowledge-documents-delete',
  group: 'knowledge',
  titleZh: '删除知识库文件',
  titleEn: 'Delete knowledge base files',
  description:
    'Deletes up to 100 files from a knowledge base in one call. Agents stop recalling their content at once.',
  notes: [
    'Cannot be undone.',
    'A delete sent as POST with a JSON body of ids.',
    'Send the header `Agw-Js-Conv: str`, so ids are read as strings.',
    'Only the owner of the knowledge base may delete its files; Coze knowledge bases only.',
    'A success carries no `data`.',
  ],
  method: 'POST',
  path: '/open_api/knowledge/document/delete',
  params: {
    headers: AgwJsConvHeadersSchema,
    body: v.object({
      document_ids: v.pipe(
        v.array(v.pipe(v.string(), v.nonEmpty('a document id cannot be empty'))),
        v.minLength(1, 'document_ids needs at least one id'),
        v.maxLength(100, 'document_ids takes at most 100 ids'),
        v.description('Files to delete, 1 to 100 ids.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'deleteDocument',
  destructive: true,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { headers: { 'Agw-Js-Conv': 'str' }, body: { document_ids: [SANDBOX_IDS.document] } },
});
