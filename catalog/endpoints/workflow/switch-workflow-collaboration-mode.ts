import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Turn workflow multi-user collaboration on/off: POST /v1/workflows/:workflow_id/collaboration_mode */
export default defineEndpoint({
  id: 'switch-workflow-collaboration-mode',
  group: 'workflow',
  titleZh: '开启或关闭工作流多人协作',
  titleEn: 'Turn workflow multi-user collaboration on/off',
  description:
    'Turns multi-user collaboration on or off for a workflow. Use it before adding collaborators, or to return a workflow to single-user editing.',
  notes: [
    'Library workflows and chatflows only; a workflow inside an app fails with 4000.',
    'Remove every collaborator before switching back to `single`.',
  ],
  method: 'POST',
  path: '/v1/workflows/:workflow_id/collaboration_mode',
  params: {
    path: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description(
          'Workflow whose collaboration mode to change (library workflows only; app workflows return 4000).',
        ),
      ),
    }),
    body: v.object({
      collaboration_mode: v.optional(
        v.pipe(
          v.picklist(['single', 'collaboration']),
          v.description(
            '`single` = single-user mode, `collaboration` = multi-user collaboration. To switch back to single you must first remove every collaborator.',
          ),
          v.examples(['collaboration']),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'Workflow.switchDevelopMode',
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { workflow_id: SANDBOX_IDS.workflow }, body: { collaboration_mode: 'collaboration' } },
});
