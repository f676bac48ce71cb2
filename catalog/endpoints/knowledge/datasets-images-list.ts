import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatasetIdSchema, FileStatusSchema } from './schemas';

/** List images in an image knowledge base: GET /v1/datasets/:dataset_id/images */
export default defineEndpoint({
  id: 'datasets-images-list',
  group: 'knowledge',
  titleZh: '查看知识库图片列表',
  titleEn: 'List images in an image knowledge base',
  description:
    'Lists the images of an image knowledge base, page by page, with their captions and URLs. Filter by caption text or by whether an image has a caption yet.',
  notes: ['Pages with `page_num` and `page_size` (1-299, default 10); `total_count` counts every match.'],
  method: 'GET',
  path: '/v1/datasets/:dataset_id/images',
  params: {
    path: v.object({ dataset_id: DatasetIdSchema }),
    query: v.object({
      page_num: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
        1,
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(299),
          v.description('Images per page, 1-299.'),
          v.examples([10]),
        ),
        10,
      ),
      keyword: v.optional(v.pipe(v.string(), v.description('Only images whose caption contains this.'))),
      has_caption: v.optional(
        v.pipe(v.boolean(), v.description('`true` for captioned images only, `false` for uncaptioned ones only.')),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          photo_infos: v.optional(
            v.pipe(
              v.array(
                v.object({
                  document_id: v.optional(v.pipe(v.string(), v.description('Image id.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Image name.'))),
                  url: v.optional(v.pipe(v.string(), v.description('Image URL.'))),
                  caption: v.optional(v.pipe(v.string(), v.description('Caption.'))),
                  size: v.optional(v.pipe(v.number(), v.integer(), v.description('Size in bytes.'))),
                  type: v.optional(v.pipe(v.string(), v.description('File extension.'), v.examples(['png']))),
                  status: v.optional(FileStatusSchema),
                  source_type: v.optional(
                    v.pipe(v.picklist([0, 1, 5]), v.description('`0` local file, `1` web, `5` uploaded by file id.')),
                  ),
                  creator_id: v.optional(v.pipe(v.string(), v.description('Coze user id of the uploader.'))),
                  create_time: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Upload time, Unix seconds.'),
                      v.examples([1719907964]),
                    ),
                  ),
                  update_time: v.optional(v.pipe(v.number(), v.integer(), v.description('Last change, Unix seconds.'))),
                }),
              ),
              v.description('Images on this page.'),
            ),
          ),
          total_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Images matching the filters.'))),
        }),
        v.description('A page of images.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listPhoto',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { path: { dataset_id: SANDBOX_IDS.imageDataset }, query: { page_num: 1, page_size: 10 } },
});
