import * as v from 'valibot';
import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { text } from '../../fields';

/** The `bot.unpublished` callback: an agent was taken off a channel. */
export default defineDocPage({
  id: 'event-bot-unpublished',
  group: 'bot',
  titleZh: '智能体下架回调事件',
  titleEn: 'Agent unpublished callback',
  kind: 'events',
  summary:
    'What Coze posts to your callback app when a developer takes an agent off a channel; channels subscribe to it to remove the agent on their side.',
  sections: [
    callbackDelivery(['Answer with a plain HTTP 200; the body of the reply is not read.']),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'bot.unpublished',
          direction: 'callback',
          titleZh: '智能体下架',
          description:
            'An agent was taken off a channel. Low confidence: only the `header` envelope is confirmed; the fields of `event` were not in any source we could check. Expect it to name the agent and the channel and read it defensively.',
          data: callbackBody(
            'bot.unpublished',
            v.pipe(
              v.looseObject({
                bot_id: v.optional(text('Id of the agent taken down, as a string; expected but not confirmed.')),
                connector_id: v.optional(text('Channel it was taken off; expected but not confirmed.')),
              }),
              v.description('The agent and channel; the field list is not documented.'),
            ),
          ),
          example: {
            header: {
              event_type: 'bot.unpublished',
              event_id: '5c9e1a47-3f2b-4e8d-a1c6-7b0d9e4f2a58',
              created_at: 1736053221789,
              coze_account_id: '2157623479101833',
              api_app_id: '7456012283413086242',
              connector_id: '7448832765891297319',
            },
            event: { bot_id: '7455701873619140627', connector_id: '7448832765891297319' },
          },
        },
      ],
    },
    CALLBACK_HANDLER_CODE,
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'unpublish-bot', note: 'Taking an agent off a channel sends this event.' },
        ...CALLBACK_APP_LINKS,
      ],
    },
  ],
});
