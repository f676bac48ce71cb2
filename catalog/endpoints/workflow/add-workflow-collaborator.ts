import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add workflow collaborator: POST /v1/workflows/:workflow_id/collaborators */
export default defineEndpoint({
  id: 'add-workflow-collaborator',
  group: 'workflow',
  titleZh: '添加工作流协作者',
  titleEn: 'Add workflow collaborator',
  description:
    'Gives a workspace member edit rights on a workflow. Use it to let a teammate work on a workflow with you.',
  notes: [
    'One collaborator per request.',
    'The user must already be a member of the workspace.',
    'Collaborator calls are limited to 5 QPS.',
  ],
  method: 'POST',
  path: '/v1/workflows/:workflow_id/collaborators',
  params: {
    path: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Workflow to add a collaborator to.'),
      ),
    }),
    body: v.object({
      collaborators: v.pipe(
        v.array(
          v.object({
            user_id: v.pipe(
              v.string(),
              v.nonEmpty('user_id is required'),
              v.description('Coze UID of the collaborator; must be a member of the workspace.'),
            ),
          }),
        ),
        v.length(1, 'collaborators takes exactly one user per request'),
        v.description('Collaborators to add; at most 1 per request.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Workflow.addCollaborator',
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { workflow_id: SANDBOX_IDS.workflow }, body: { collaborators: [{ user_id: SANDBOX_IDS.user }] } },
});
