import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Remove workflow collaborator: DELETE /v1/workflows/:workflow_id/collaborators/:user_id */
export default defineEndpoint({
  id: 'remove-workflow-collaborator',
  group: 'workflow',
  titleZh: '删除工作流协作者',
  titleEn: 'Remove workflow collaborator',
  description: 'Remove workflow collaborator.',
  notes: ['Destructive.', 'Only coze-py implements it.', 'One per request; 5 QPS limit.'],
  method: 'DELETE',
  path: '/v1/workflows/:workflow_id/collaborators/:user_id',
  params: {
    path: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Workflow to remove the collaborator from.'),
      ),
      user_id: v.pipe(
        v.string(),
        v.nonEmpty('user_id is required'),
        v.description('Coze UID of the collaborator to remove.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Workflow.removeCollaborator',
  destructive: true,
  billable: false,
  example: { path: { workflow_id: 'example', user_id: 'example' } },
});
