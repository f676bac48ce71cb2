import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get resource copy result: GET /v1/entities/copy_tasks/:task_id */
export default defineEndpoint({
  id: 'retrieve-copy-task',
  group: 'bot',
  titleZh: '查询资源复制的结果',
  titleEn: 'Get resource copy result',
  description:
    'Reports how a copy started by copy-resource is going and, once it has succeeded, the id of the copy. Poll it until `task_status` is `successful` or `failed`.',
  notes: [
    'Poll until `task_status` is `successful` or `failed`; `failed_reasons` then lists each part of the resource (plugin, knowledge, database...) that could not be copied.',
  ],
  method: 'GET',
  path: '/v1/entities/copy_tasks/:task_id',
  params: {
    path: v.object({
      task_id: v.pipe(
        v.string(),
        v.nonEmpty('task_id is required'),
        v.description('`task_id` returned by copy-resource.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          task_id: v.optional(v.pipe(v.string(), v.description('Task ID.'))),
          entity_type: v.optional(
            v.pipe(
              v.picklist(['app', 'bot', 'workflow']),
              v.description('Type of resource copied: `app`, `bot` or `workflow`.'),
              v.examples(['bot']),
            ),
          ),
          task_status: v.optional(
            v.pipe(
              v.picklist(['in_progress', 'successful', 'failed']),
              v.description('`in_progress`, `successful` or `failed`.'),
              v.examples(['successful']),
            ),
          ),
          failed_reasons: v.optional(
            v.pipe(
              v.array(
                v.object({
                  entity_id: v.optional(v.pipe(v.string(), v.description('ID of a resource that failed to copy.'))),
                  entity_name: v.optional(v.pipe(v.string(), v.description('Name of the resource.'))),
                  entity_type: v.optional(
                    v.pipe(
                      v.picklist([
                        'app',
                        'bot',
                        'workflow',
                        'plugin',
                        'ui',
                        'knowledge',
                        'database',
                        'variable',
                        'trigger',
                        'prompt',
                        'shortcut',
                      ]),
                      v.description('Kind of the resource that failed.'),
                      v.examples(['bot']),
                    ),
                  ),
                  failed_reason: v.optional(v.pipe(v.string(), v.description('Why this resource failed to copy.'))),
                }),
              ),
              v.description('Per-resource failure details when the copy task failed.'),
            ),
          ),
          source_entity_id: v.optional(v.pipe(v.string(), v.description('ID of the original resource.'))),
          target_entity_id: v.optional(v.pipe(v.string(), v.description('ID of the resulting copy.'))),
          target_workspace_id: v.optional(v.pipe(v.string(), v.description('Workspace the copy was placed in.'))),
        }),
        v.description('Task result.'),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: [],
  example: { path: { task_id: SANDBOX_IDS.copyTask } },
});
