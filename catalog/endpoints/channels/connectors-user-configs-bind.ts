import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Bind devices to a custom channel: POST /v1/connectors/:connector_id/user_configs */
export default defineEndpoint({
  id: 'connectors-user-configs-bind',
  group: 'channels',
  titleZh: '绑定设备',
  titleEn: 'Bind devices to a custom channel',
  description:
    "Binds a hardware vendor's devices to an enterprise custom channel, in batches. The bound devices then appear as choices on the channel's publish page.",
  notes: [
    'Off by default: a Coze business manager must enable it for the channel and agree the config `key` with you.',
    'Pass `user_id` to bind the devices for one developer.',
    'The answer carries no `data`.',
  ],
  method: 'POST',
  path: '/v1/connectors/:connector_id/user_configs',
  params: {
    path: v.object({
      connector_id: v.pipe(
        v.string(),
        v.nonEmpty('connector_id is required'),
        v.description('Enterprise custom channel the devices belong to.'),
      ),
    }),
    body: v.object({
      configs: v.pipe(
        v.array(
          v.object({
            key: v.pipe(
              v.string(),
              v.nonEmpty('key is required'),
              v.description('Config key agreed with your Coze business manager.'),
              v.examples(['device_id']),
            ),
            enums: v.pipe(
              v.array(
                v.object({
                  label: v.pipe(
                    v.string(),
                    v.nonEmpty('label is required'),
                    v.description('Name shown for the device.'),
                    v.examples(['Living-room speaker']),
                  ),
                  value: v.pipe(v.string(), v.nonEmpty('value is required'), v.description('Device id.')),
                }),
              ),
              v.description('Devices to bind under this key.'),
            ),
          }),
        ),
        v.description('Device lists, one per config key.'),
      ),
      user_id: v.optional(
        v.pipe(v.string(), v.description('Coze uid of the agent developer the devices are bound for.')),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'bindConnectorConfig',
  destructive: false,
  billable: false,
  sdks: ['python'],
  example: {
    path: { connector_id: SANDBOX_IDS.connector },
    body: {
      configs: [{ key: 'device_id', enums: [{ label: 'Living-room speaker', value: SANDBOX_IDS.device }] }],
      user_id: SANDBOX_IDS.user,
    },
  },
});
