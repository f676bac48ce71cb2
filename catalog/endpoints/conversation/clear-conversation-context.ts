import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Clear conversation context: POST /v1/conversations/:conversation_id/clear */
export default defineEndpoint({
  id: 'clear-conversation-context',
  group: 'conversation',
  titleZh: '清除上下文',
  titleEn: 'Clear conversation context',
  description:
    'Starts a new context section in a conversation, so the agent no longer sees what was said before. Use it for a "new topic" action without creating a new conversation.',
  notes: [
    "Earlier messages are kept and still listed; they are only left out of the model's context.",
    'Send no body; the response holds the id of the new section.',
  ],
  method: 'POST',
  path: '/v1/conversations/:conversation_id/clear',
  params: {
    path: v.object({
      conversation_id: v.pipe(
        v.string(),
        v.nonEmpty('conversation_id is required'),
        v.description('Conversation whose context to reset.'),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          id: v.optional(v.pipe(v.string(), v.description('ID of the new context section created by the clear.'))),
          conversation_id: v.optional(v.pipe(v.string(), v.description('Conversation ID.'))),
        }),
        v.description('The newly created context section.'),
      ),
    ),
  }),
  permission: 'editConversation',
  destructive: true,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { path: { conversation_id: SANDBOX_IDS.conversation } },
});
