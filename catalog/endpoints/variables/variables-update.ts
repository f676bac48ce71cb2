import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Set user variable values: PUT /v1/variables */
export default defineEndpoint({
  id: 'variables-update',
  group: 'variables',
  titleZh: '设置用户变量的值',
  titleEn: 'Set user variable values',
  description:
    "Writes values of an agent's or app's user variables for one end user. Use it to give the agent facts about a user, such as a name or a preference, before the user chats.",
  notes: [
    'Send `bot_id` or `app_id`; one of the two is required.',
    'Only user variables that exist and are enabled can be set; system variables cannot.',
    'Overwrites the stored value of each variable you name.',
    'Under JWT session isolation (`session_name`) each session keeps its own values.',
    'The answer carries no `data`.',
  ],
  method: 'PUT',
  path: '/v1/variables',
  params: {
    body: v.object({
      app_id: v.optional(
        v.pipe(v.string(), v.description('App (project) whose variables to set; send this or `bot_id`.')),
      ),
      bot_id: v.optional(v.pipe(v.string(), v.description('Agent whose variables to set; send this or `app_id`.'))),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description(
            "Channel the values belong to: 1024 API (default) or 999 Chat SDK. A custom channel id needs a token of the channel's owner.",
          ),
          v.examples(['1024']),
        ),
      ),
      connector_uid: v.pipe(
        v.string(),
        v.nonEmpty('connector_uid is required'),
        v.description('End user whose values to set: the `user_id` of the chat, or `ext.user_id` of a workflow run.'),
        v.examples(['user-1']),
      ),
      data: v.pipe(
        v.array(
          v.object({
            keyword: v.pipe(
              v.string(),
              v.nonEmpty('keyword is required'),
              v.description('Name of the user variable.'),
              v.examples(['user_name']),
            ),
            value: v.pipe(v.string(), v.description('Value to store, as text.'), v.examples(['Alex'])),
          }),
        ),
        v.minLength(1, 'data needs at least one variable'),
        v.description('Variables to set, at least one.'),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({}),
  permission: 'updateVariable',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    body: {
      bot_id: SANDBOX_IDS.bot,
      connector_id: SANDBOX_IDS.apiConnector,
      connector_uid: 'user-1',
      data: [{ keyword: 'user_name', value: 'Alex' }],
    },
  },
});
