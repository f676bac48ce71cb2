import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { DatasetIdSchema } from './schemas';

/** Delete knowledge base: DELETE /v1/datasets/:dataset_id */
export default defineEndpoint({
  id: 'datasets-delete',
  group: 'knowledge',
  titleZh: '删除知识库',
  titleEn: 'Delete knowledge base',
  description:
    'Deletes a knowledge base with every file in it and unbinds it from all agents that used it. Agents answer without it from then on.',
  notes: [
    'Cannot be undone.',
    'Workspace admins may delete any knowledge base; members only their own.',
    'No body; the id goes in the path.',
  ],
  method: 'DELETE',
  path: '/v1/datasets/:dataset_id',
  params: {
    path: v.object({ dataset_id: DatasetIdSchema }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'delete',
  destructive: true,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { path: { dataset_id: SANDBOX_IDS.dataset } },
});
