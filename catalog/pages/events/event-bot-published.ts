import * as v from 'valibot';
import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { fields, text } from '../../fields';

const BotIdSchema = v.pipe(
  v.union([v.pipe(v.string(), v.regex(/^\d+$/)), v.pipe(v.number(), v.integer())]),
  v.description(
    'Id of the published agent. The official Go sample reads it as an int64 number; parse it without losing digits and keep it as a string.',
  ),
);

/** The `bot.published` callback: an agent was published. */
export default defineDocPage({
  id: 'event-bot-published',
  group: 'bot',
  titleZh: '智能体发布回调事件',
  titleEn: 'Agent published callback',
  kind: 'events',
  summary:
    'What Coze posts to your callback app when an agent is published, and, for a channel app, how to answer with the review result.',
  sections: [
    callbackDelivery([
      'A channel (connector) callback app has 10 seconds instead of 3 for this event and answers with a review result: `{"audit": {"audit_status": 2}}` to approve, 3 with a `reason` to reject, or 1 for "still reviewing" when the review takes longer; then report the final result with the update-review-result API. It may add a `share_link` to the agent on the channel.',
    ]),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'bot.published',
          direction: 'callback',
          titleZh: '智能体发布',
          description:
            "An agent was published. The event fields come from Coze's official Go sample and cookbook rather than the event's own doc page, so the list may be incomplete (medium confidence).",
          data: callbackBody(
            'bot.published',
            fields(
              {
                bot_id: BotIdSchema,
                bot_name: v.optional(text('Name of the agent.')),
                description: v.optional(text('Description of the agent.')),
                user_id: v.optional(
                  v.pipe(
                    v.union([v.string(), v.pipe(v.number(), v.integer())]),
                    v.description('Coze user id of whoever published it (int64 in the Go sample).'),
                  ),
                ),
                connector_user_id: v.optional(
                  text(
                    "The developer's user id on the channel, for channels that link accounts by OAuth; only seen, commented out, in the cookbook sample.",
                  ),
                ),
              },
              'The published agent.',
            ),
          ),
          example: {
            header: {
              event_type: 'bot.published',
              event_id: 'f3b3c7a2-5d0e-4c1b-9a64-2f8d8e1f7c10',
              created_at: 1735880421123,
              coze_account_id: '2157623479101833',
              api_app_id: '7456012283413086242',
              connector_id: '7448832765891297319',
            },
            event: {
              bot_id: '7455701873619140627',
              bot_name: 'Weather helper',
              description: 'Answers questions about the weather in any city.',
              user_id: '2157623479101833',
            },
          },
        },
      ],
    },
    {
      kind: 'table',
      heading: 'Reply of a channel app',
      columns: ['Field', 'Meaning'],
      rows: [
        ['audit.audit_status', '1 still reviewing, 2 approved, 3 rejected.'],
        ['audit.reason', 'Why the agent was rejected (with 3).'],
        ['share_link', 'Optional link to the agent on your channel.'],
      ],
    },
    {
      kind: 'code',
      heading: 'Reply of a channel app that approves the agent',
      language: 'json',
      code: '{\n  "audit": { "audit_status": 2 },\n  "share_link": "https://example.com/agents/7455701873619140627"\n}',
    },
    CALLBACK_HANDLER_CODE,
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'publish-bot', note: 'Publishing an agent sends this event.' },
        { pageId: 'connectors-bots-update-audit', note: 'Report a review result that took longer than 10 seconds.' },
        ...CALLBACK_APP_LINKS,
      ],
    },
  ],
});
