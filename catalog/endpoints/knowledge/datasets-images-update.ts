import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatasetIdSchema } from './schemas';

/** Update image caption: PUT /v1/datasets/:dataset_id/images/:document_id */
export default defineEndpoint({
  id: 'datasets-images-update',
  group: 'knowledge',
  titleZh: '更新知识库图片描述',
  titleEn: 'Update image caption',
  description:
    'Sets the caption of one image in an image knowledge base. Agents find images by their captions, so a precise one improves recall.',
  notes: [
    'Needed for images uploaded with `caption_type` 1 (manual captions); it also replaces an automatic caption.',
    'A success carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/datasets/:dataset_id/images/:document_id',
  params: {
    path: v.object({
      dataset_id: DatasetIdSchema,
      document_id: v.pipe(
        v.string(),
        v.nonEmpty('document_id is required'),
        v.description('Image to caption, from datasets-images-list.'),
      ),
    }),
    body: v.object({
      caption: v.pipe(
        v.string(),
        v.nonEmpty('caption is required'),
        v.description('The new caption.'),
        v.examples(['A red kettle on a wooden kitchen counter.']),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updatePhoto',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    path: { dataset_id: SANDBOX_IDS.imageDataset, document_id: SANDBOX_IDS.imageDocument },
    body: { caption: 'A red kettle on a wooden kitchen counter.' },
  },
});
