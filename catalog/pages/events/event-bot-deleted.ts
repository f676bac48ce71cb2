import * as v from 'valibot';
import { callbackBody, CALLBACK_APP_LINKS, CALLBACK_HANDLER_CODE, callbackDelivery } from './callback';
import { defineDocPage } from './define';
import { text } from '../../fields';

/** The `bot.deleted` callback: an agent was deleted. */
export default defineDocPage({
  id: 'event-bot-deleted',
  group: 'bot',
  titleZh: '智能体删除回调事件',
  titleEn: 'Agent deleted callback',
  kind: 'events',
  summary: 'What Coze posts to your callback app when an agent is deleted, so you can clean up what you keep about it.',
  sections: [
    callbackDelivery(['Answer with a plain HTTP 200; the body of the reply is not read.']),
    {
      kind: 'events',
      heading: 'Event',
      events: [
        {
          name: 'bot.deleted',
          direction: 'callback',
          titleZh: '智能体删除',
          description:
            'An agent was deleted. Low confidence: only the `header` envelope is confirmed; the fields of `event` were not in any source we could check. Expect it to name the deleted agent (most likely `bot_id`) and read it defensively.',
          data: callbackBody(
            'bot.deleted',
            v.pipe(
              v.looseObject({
                bot_id: v.optional(text('Id of the deleted agent, as a string; expected but not confirmed.')),
              }),
              v.description('The deleted agent; the field list is not documented.'),
            ),
          ),
          example: {
            header: {
              event_type: 'bot.deleted',
              event_id: '0b6b2f0e-8a7d-4d55-b0f4-6c1f1d2e9a33',
              created_at: 1735966821456,
              coze_account_id: '2157623479101833',
              api_app_id: '7456012283413086242',
            },
            event: { bot_id: '7455701873619140627' },
          },
        },
      ],
    },
    CALLBACK_HANDLER_CODE,
    { kind: 'links', heading: 'Related', links: CALLBACK_APP_LINKS },
  ],
});
