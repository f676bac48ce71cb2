import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Submit message feedback: POST /v1/conversations/:conversation_id/messages/:message_id/feedback */
export default defineEndpoint({
  id: 'create-message-feedback',
  group: 'conversation',
  titleZh: '提交消息评价',
  titleEn: 'Submit message feedback',
  description:
    "Records a thumbs up or down on an agent's reply, with optional tags and a comment. Use it to collect how users rate answers.",
  notes: ["Only replies written by the agent or app can be rated, not the user's own messages."],
  method: 'POST',
  path: '/v1/conversations/:conversation_id/messages/:message_id/feedback',
  params: {
    path: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation of the message.'),
      ),
      message_id: v.pipe(
        v.string(),
        v.nonEmpty('message_id is required'),
        v.description('Agent/app reply message to rate (must be in the conversation).'),
      ),
    }),
    body: v.object({
      feedback_type: v.pipe(
        v.picklist(['like', 'unlike']),
        v.description('`like` (thumbs up) or `unlike` (thumbs down).'),
        v.examples(['like']),
      ),
      reason_types: v.optional(
        v.pipe(v.array(v.string()), v.description('Custom feedback tags describing what was wrong.')),
      ),
      comment: v.optional(v.pipe(v.string(), v.description('Free-text feedback, up to 250 characters.'))),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'feedback',
  destructive: false,
  billable: false,
  sdks: ['python', 'go'],
  example: {
    path: { conversation_id: SANDBOX_IDS.conversation, message_id: SANDBOX_IDS.message },
    body: { feedback_type: 'like', comment: 'Clear and to the point.' },
  },
});
