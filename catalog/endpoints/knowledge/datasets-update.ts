import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatasetIdSchema } from './schemas';

/** Update knowledge base: PUT /v1/datasets/:dataset_id */
export default defineEndpoint({
  id: 'datasets-update',
  group: 'knowledge',
  titleZh: '修改知识库信息',
  titleEn: 'Update knowledge base',
  description: "Replaces a knowledge base's name, icon and description. Its files and settings are not touched.",
  notes: [
    'Overwrites all three fields: a `file_id` or `description` left out is reset to its default, so send the current values you want to keep.',
    'Only the owner of the knowledge base may update it.',
    'A success carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/datasets/:dataset_id',
  params: {
    path: v.object({ dataset_id: DatasetIdSchema }),
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.maxLength(100, 'name takes at most 100 characters'),
        v.description('Name, at most 100 characters.'),
        v.examples(['Product FAQ']),
      ),
      file_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Icon: the id of an image uploaded with upload-file; the default icon if left out.'),
        ),
      ),
      description: v.optional(v.pipe(v.string(), v.description('Description; emptied if left out.'))),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'update',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    path: { dataset_id: SANDBOX_IDS.dataset },
    body: {
      name: 'Product FAQ 2025',
      file_id: SANDBOX_IDS.file,
      description: 'Answers to common questions, updated for 2025.',
    },
  },
});
