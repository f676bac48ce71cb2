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
  description: 'Add workflow collaborator.',
  notes: ['Doc + coze-openapi.yaml only.', 'Max 1 per request.'],
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
  example: { path: { workflow_id: 'example' }, body: { collaborators: [{ user_id: 'example' }] } },
});
