import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get output-node execution result: GET /v1/workflows/:workflow_id/run_histories/:execute_id/execute_nodes/:node_execute_uuid */
export default defineEndpoint({
  id: 'retrieve-workflow-node-output',
  group: 'workflow',
  titleZh: '查询输出节点的执行结果',
  titleEn: 'Get output-node execution result',
  description:
    'Reads the full output of one output node of a workflow run. Use it when the run history marks that output as trimmed.',
  notes: ["Take `node_execute_uuid` from the run history's `node_execute_status`."],
  method: 'GET',
  path: '/v1/workflows/:workflow_id/run_histories/:execute_id/execute_nodes/:node_execute_uuid',
  params: {
    path: v.object({
      workflow_id: v.pipe(v.string(), v.nonEmpty('workflow_id is required'), v.description('Workflow ID.')),
      execute_id: v.pipe(
        v.string(),
        v.nonEmpty('execute_id is required'),
        v.description('Execution ID of the async run.'),
      ),
      node_execute_uuid: v.pipe(
        v.string(),
        v.nonEmpty('node_execute_uuid is required'),
        v.description('Node execution ID from run history `node_execute_status`.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          is_finish: v.optional(
            v.pipe(v.boolean(), v.description('Whether the node has finished.'), v.examples([true])),
          ),
          node_output: v.optional(v.pipe(v.string(), v.description("The node's output."))),
        }),
        v.description('Node result.'),
      ),
    ),
  }),
  permission: 'listRunHistory',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: {
      workflow_id: SANDBOX_IDS.workflow,
      execute_id: SANDBOX_IDS.execute,
      node_execute_uuid: SANDBOX_IDS.nodeExecute,
    },
  },
});
