import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { WORKFLOW_EVENTS } from '../../events';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Run workflow (streaming): POST /v1/workflow/stream_run */
export default defineEndpoint({
  id: 'stream-run-workflow',
  group: 'workflow',
  titleZh: '执行工作流（流式响应）',
  titleEn: 'Run workflow (streaming)',
  description:
    'Runs a published workflow and streams its messages as they are produced, pausing with an Interrupt event when a node needs an answer. Use it for long runs, output nodes, streaming end nodes and question nodes.',
  notes: [
    'Each SSE frame has an `id:` line counting from 0; together with `node_seq_id` it shows whether frames were lost.',
    'PING events are heartbeats and carry nothing to show.',
    'After an Interrupt event, answer with stream-resume-workflow using its `event_id` and type.',
    'The Done event may carry a `debug_url` or be an empty object.',
    'Requests are limited to 20 MB; keep runs under about 5 minutes.',
  ],
  method: 'POST',
  path: '/v1/workflow/stream_run',
  params: {
    body: v.object({
      workflow_id: v.pipe(
        v.string(),
        v.nonEmpty('workflow_id is required'),
        v.description('Published workflow to run.'),
      ),
      parameters: v.optional(
        v.pipe(
          v.record(v.string(), v.unknown()),
          v.description(
            'Start-node inputs as key/values. Files: pass a URL, or a JSON string like `{"file_id":"..."}` (arrays for file lists).',
          ),
        ),
      ),
      bot_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Agent to run the workflow on behalf of (needed for database/variable nodes). Do not combine with app_id.',
          ),
        ),
      ),
      ext: v.optional(
        v.pipe(
          v.record(v.string(), v.string()),
          v.description('Extra string key/values; only `latitude`, `longitude` and `user_id` are supported.'),
        ),
      ),
      app_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'App that owns the workflow; only for workflows inside a low-code app. Do not combine with bot_id (error 4000).',
          ),
        ),
      ),
      workflow_version: v.optional(
        v.pipe(v.string(), v.description('Version of a library workflow to run; latest when omitted.')),
      ),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Channel the run is attributed to (default 1024 API; 999 Chat SDK, 998 Web SDK, store/WeChat/Douyin/Feishu/Juejin IDs, or custom). Data is isolated per channel.',
          ),
        ),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'sse',
  streaming: { enabledBy: 'always', framedWithIds: true, events: WORKFLOW_EVENTS, assemble: 'workflow' },
  response: envelope({}),
  permission: 'run',
  destructive: false,
  billable: true,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { workflow_id: SANDBOX_IDS.workflow, parameters: { user_name: 'George' } } },
});
