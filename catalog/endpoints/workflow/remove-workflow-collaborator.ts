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
  description:
    "Takes a collaborator's edit rights on a workflow away. Use it when a teammate should no longer edit the workflow, or before switching it back to single-user mode.",
  notes: ["One user per request; the user's id goes in the path.", 'Collaborator calls are limited to 5 QPS.'],
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
  sdks: ['python'],
  example: { path: { workflow_id: SANDBOX_IDS.workflow, user_id: SANDBOX_IDS.user } },
});
