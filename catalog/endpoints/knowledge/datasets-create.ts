import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Create knowledge base: POST /v1/datasets */
export default defineEndpoint({
  id: 'datasets-create',
  group: 'knowledge',
  titleZh: '创建知识库',
  titleEn: 'Create knowledge base',
  description:
    'Creates an empty text or image knowledge base in a workspace and returns its dataset_id. Fill it afterwards with knowledge-documents-create.',
  notes: [
    'Creates a Coze knowledge base, never a Volcano one.',
    'Only text (`format_type` 0) and image (2) knowledge bases can be created here; table knowledge bases cannot.',
    'For an icon, upload the image with upload-file and pass its id as `file_id`.',
  ],
  method: 'POST',
  path: '/v1/datasets',
  params: {
    body: v.object({
      name: v.pipe(
        v.string(),
        v.nonEmpty('name is required'),
        v.maxLength(100, 'name takes at most 100 characters'),
        v.description('Name, at most 100 characters.'),
        v.examples(['Product FAQ']),
      ),
      space_id: v.pipe(
        v.string(),
        v.nonEmpty('space_id is required'),
        v.description('Workspace to create it in: the number after `space/` in the console URL.'),
      ),
      format_type: v.pipe(
        v.picklist([0, 2]),
        v.description('`0` for a text knowledge base, `2` for an image knowledge base.'),
        v.examples([0]),
      ),
      description: v.optional(v.pipe(v.string(), v.description('What the knowledge base holds.'))),
      file_id: v.optional(v.pipe(v.string(), v.description('Icon: the id of an image uploaded with upload-file.'))),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          dataset_id: v.optional(v.pipe(v.string(), v.description('Id of the new knowledge base.'))),
        }),
        v.description('The new knowledge base.'),
      ),
    ),
  }),
  permission: 'createKnowledge',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      name: 'Product FAQ',
      space_id: SANDBOX_IDS.workspace,
      format_type: 0,
      description: 'Answers to common questions about our products.',
      file_id: SANDBOX_IDS.file,
    },
  },
});
