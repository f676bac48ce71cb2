import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Add a publishing channel to a workspace: POST /v1/connectors/:connector_id/install */
export default defineEndpoint({
  id: 'connectors-install',
  group: 'channels',
  titleZh: '添加发布平台',
  titleEn: 'Add a publishing channel to a workspace',
  description:
    "Adds a publishing channel to a workspace, so every developer there can publish agents to it. Use it to roll out an enterprise's custom channel, or a public channel its admin shared, without the console.",
  notes: [
    'In an enterprise only super admins and admins can add channels to enterprise workspaces; members can add them to their personal workspace.',
    'The answer carries no `data`.',
  ],
  method: 'POST',
  path: '/v1/connectors/:connector_id/install',
  params: {
    path: v.object({
      connector_id: v.pipe(
        v.string(),
        v.nonEmpty('connector_id is required'),
        v.description("Channel to add: an enterprise custom channel, or a public channel's id from its admin."),
      ),
    }),
    body: v.object({
      workspace_id: v.pipe(
        v.string(),
        v.nonEmpty('workspace_id is required'),
        v.description('Workspace that gets the channel.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'installConnector',
  destructive: false,
  billable: false,
  sdks: ['python', 'java'],
  example: { path: { connector_id: SANDBOX_IDS.connector }, body: { workspace_id: SANDBOX_IDS.workspace } },
});
