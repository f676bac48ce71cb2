import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatasetIdSchema, FileStatusSchema } from './schemas';

/** Get file upload/processing progress: POST /v1/datasets/:dataset_id/process */
export default defineEndpoint({
  id: 'datasets-process',
  group: 'knowledge',
  titleZh: '查看知识库文件上传进度',
  titleEn: 'Get file upload/processing progress',
  description:
    'Reports how far Coze has got processing files added to a knowledge base: percent done, time left and status per file. Poll it after knowledge-documents-create until every file is done or failed.',
  notes: [
    'A read sent as POST with a JSON body of ids.',
    'The list is nested one level deeper than usual: `data.data[]`.',
    'Works for text, table and image files; Coze knowledge bases only.',
  ],
  method: 'POST',
  path: '/v1/datasets/:dataset_id/process',
  params: {
    path: v.object({ dataset_id: DatasetIdSchema }),
    body: v.object({
      document_ids: v.pipe(
        v.array(v.pipe(v.string(), v.nonEmpty('a document id cannot be empty'))),
        v.minLength(1, 'document_ids needs at least one id'),
        v.description('Files to check; all must belong to this knowledge base.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          data: v.optional(
            v.pipe(
              v.array(
                v.object({
                  document_id: v.optional(v.pipe(v.string(), v.description('File id.'))),
                  document_name: v.optional(v.pipe(v.string(), v.description('File name.'))),
                  progress: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Percent processed.'), v.examples([100])),
                  ),
                  remaining_time: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Estimated seconds left.'), v.examples([0])),
                  ),
                  size: v.optional(v.pipe(v.number(), v.integer(), v.description('Size in bytes.'))),
                  type: v.optional(v.pipe(v.string(), v.description('File extension.'), v.examples(['txt']))),
                  url: v.optional(v.pipe(v.string(), v.description('URL of the file.'))),
                  status: v.optional(FileStatusSchema),
                  status_descript: v.optional(
                    v.pipe(v.string(), v.description('Why processing failed; failed files only.')),
                  ),
                  update_type: v.optional(
                    v.pipe(v.picklist([0, 1]), v.description('Web pages: `1` when refreshed automatically.')),
                  ),
                  update_interval: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Web pages: hours between refreshes.')),
                  ),
                }),
              ),
              v.description('Progress of each file asked about.'),
            ),
          ),
        }),
        v.description('Wraps the list once more: read `data.data`.'),
      ),
    ),
  }),
  permission: 'readDocumentProgress',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { path: { dataset_id: SANDBOX_IDS.dataset }, body: { document_ids: [SANDBOX_IDS.document] } },
});
