import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Copy resource: POST /v1/entities/copy_tasks */
export default defineEndpoint({
  id: 'copy-resource',
  group: 'bot',
  titleZh: '复制资源',
  titleEn: 'Copy resource',
  description:
    'Copies an agent, a low-code app or a workflow, within its workspace or into another workspace of the same enterprise or team. A same-workspace agent copy finishes at once; every other copy runs as a task to poll with retrieve-copy-task.',
  notes: [
    'The docs list `entity_id` and `entity_type` as optional, but a copy needs both, so both are required here.',
    'A same-workspace agent copy answers with `copied_entity_id`; app and workflow copies, and every cross-workspace copy, answer with a `task_id`.',
    'Cross-workspace copies must stay inside one enterprise or team.',
  ],
  method: 'POST',
  path: '/v1/entities/copy_tasks',
  params: {
    body: v.object({
      entity_id: v.pipe(
        v.string(),
        v.nonEmpty('entity_id is required'),
        v.description('Resource to copy, of the kind `entity_type` names (an agent id for `bot`, say).'),
      ),
      entity_type: v.pipe(
        v.picklist(['app', 'bot', 'workflow']),
        v.description('What to copy: `app`, `bot` or `workflow`.'),
        v.examples(['bot']),
      ),
      to_workspace_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Workspace to copy into; leave it out to copy inside the same workspace. Must belong to the same enterprise or team.',
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          task_id: v.optional(
            v.pipe(
              v.string(),
              v.description(
                'Copy task to poll with retrieve-copy-task: for app and workflow copies, and for every copy into another workspace.',
              ),
            ),
          ),
          copied_entity_id: v.optional(
            v.pipe(
              v.string(),
              v.description('Id of the new agent, returned at once for an agent copied inside its workspace.'),
            ),
          ),
        }),
        v.description('Either `task_id` (async copy) or `copied_entity_id` (finished at once).'),
      ),
    ),
  }),
  permission: 'Bot.duplicate',
  destructive: false,
  billable: false,
  sdks: [],
  example: { body: { entity_id: SANDBOX_IDS.bot, entity_type: 'bot', to_workspace_id: SANDBOX_IDS.workspace } },
});
