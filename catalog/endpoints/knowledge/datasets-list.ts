import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { ChunkStrategySchema } from './schemas';

const fileNames = (description: string) => v.optional(v.pipe(v.array(v.string()), v.description(description)));

/** List knowledge bases: GET /v1/datasets */
export default defineEndpoint({
  id: 'datasets-list',
  group: 'knowledge',
  titleZh: '查看知识库列表',
  titleEn: 'List knowledge bases',
  description:
    'Lists the knowledge bases of a workspace, page by page, with their type, size and processing state. Use it to find the dataset_id for the other knowledge calls.',
  notes: [
    'Lists Coze and Volcano knowledge bases of the workspace library, whoever created them; those inside low-code apps are left out.',
    'Pages with `page_num` and `page_size` (1-300, default 10); `total_count` counts every match.',
  ],
  method: 'GET',
  path: '/v1/datasets',
  params: {
    query: v.object({
      space_id: v.pipe(v.string(), v.nonEmpty('space_id is required'), v.description('Workspace to list.')),
      name: v.optional(v.pipe(v.string(), v.description('Only knowledge bases whose name contains this.'))),
      format_type: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(0),
          v.maxValue(2),
          v.description('Only this type: `0` text, `1` table, `2` image.'),
          v.examples([0]),
        ),
      ),
      page_num: v.optional(
        v.pipe(v.number(), v.integer(), v.minValue(1), v.description('Page number, from 1.'), v.examples([1])),
        1,
      ),
      page_size: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(1),
          v.maxValue(300),
          v.description('Knowledge bases per page, 1-300.'),
          v.examples([10]),
        ),
        10,
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          total_count: v.optional(
            v.pipe(v.number(), v.integer(), v.description('Knowledge bases matching the filters.'), v.examples([1])),
          ),
          dataset_list: v.optional(
            v.pipe(
              v.array(
                v.object({
                  dataset_id: v.optional(v.pipe(v.string(), v.description('Knowledge base id.'))),
                  name: v.optional(v.pipe(v.string(), v.description('Name.'))),
                  description: v.optional(v.pipe(v.string(), v.description('Description.'))),
                  space_id: v.optional(v.pipe(v.string(), v.description('Workspace it belongs to.'))),
                  status: v.optional(v.pipe(v.picklist([1, 3]), v.description('`1` enabled, `3` disabled.'))),
                  format_type: v.optional(
                    v.pipe(v.picklist([0, 1, 2]), v.description('`0` text, `1` table, `2` image.')),
                  ),
                  can_edit: v.optional(v.pipe(v.boolean(), v.description('Whether you own it and may change it.'))),
                  icon_uri: v.optional(v.pipe(v.string(), v.description('Storage URI of the icon.'))),
                  icon_url: v.optional(v.pipe(v.string(), v.description('URL of the icon.'))),
                  doc_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Files in it.'))),
                  file_list: fileNames('Names of its files.'),
                  hit_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Times it was recalled.'))),
                  slice_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Segments in all.'))),
                  all_file_size: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Size of all files, in bytes.')),
                  ),
                  bot_used_count: v.optional(v.pipe(v.number(), v.integer(), v.description('Agents using it.'))),
                  creator_id: v.optional(v.pipe(v.string(), v.description('Coze user id of the creator.'))),
                  creator_name: v.optional(v.pipe(v.string(), v.description('Name of the creator.'))),
                  avatar_url: v.optional(v.pipe(v.string(), v.description("Creator's avatar URL."))),
                  create_time: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('Creation time, Unix seconds.'),
                      v.examples([1719907964]),
                    ),
                  ),
                  update_time: v.optional(
                    v.pipe(v.number(), v.integer(), v.description('Last update time, Unix seconds.')),
                  ),
                  chunk_strategy: v.optional(v.pipe(ChunkStrategySchema, v.description('Segmentation rules.'))),
                  failed_file_list: fileNames('Names of files whose processing failed.'),
                  processing_file_list: fileNames('Names of files still being processed.'),
                  processing_file_id_list: fileNames('Ids of files still being processed.'),
                }),
              ),
              v.description('Knowledge bases on this page.'),
            ),
          ),
        }),
        v.description('A page of knowledge bases.'),
      ),
    ),
  }),
  pagination: { style: 'page', page: 'page_num', size: 'page_size' },
  permission: 'listKnowledge',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { space_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 10 } },
});
