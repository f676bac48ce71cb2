import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Publish agent: POST /v1/bot/publish */
export default defineEndpoint({
  id: 'publish-bot',
  group: 'bot',
  titleZh: '发布智能体',
  titleEn: 'Publish agent',
  description:
    "Publishes an agent's current draft to one or more channels and returns the new version. Chats through the API use the published version, so publish to channel 1024 after creating or changing an agent.",
  notes: [
    'Publish to the API channel (1024) for create-chat to reach the agent; 999 is the Chat SDK.',
    'Publishing to a custom channel also needs the API channel (1024) in the same call.',
    'Each publish creates a version; list-bot-versions lists them.',
  ],
  method: 'POST',
  path: '/v1/bot/publish',
  params: {
    body: v.object({
      bot_id: v.pipe(v.string(), v.nonEmpty('bot_id is required'), v.description('Agent to publish.')),
      connector_ids: v.pipe(
        v.array(v.string()),
        v.minLength(1, 'connector_ids needs at least one channel'),
        v.description('Channels to publish to: 1024 = API, 999 = Chat SDK, or the id of a custom channel.'),
        v.examples([['1024']]),
      ),
      connectors: v.optional(
        v.pipe(
          v.record(v.string(), v.record(v.string(), v.unknown())),
          v.description(
            'Per-channel settings keyed by channel id, e.g. `{"<connector_id>":{"device_id":"<JSON string>"}}`.',
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
          bot_id: v.optional(v.pipe(v.string(), v.description('The published agent.'))),
          version: v.optional(
            v.pipe(
              v.string(),
              v.description('Version created by this publish; pass it as `bot_version` to chat with it later.'),
              v.examples(['1753871809679']),
            ),
          ),
        }),
        v.description('What was published.'),
      ),
    ),
  }),
  permission: 'publish',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { body: { bot_id: SANDBOX_IDS.bot, connector_ids: [SANDBOX_IDS.apiConnector] } },
});
