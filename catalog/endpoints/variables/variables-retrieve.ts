import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get user variable values: GET /v1/variables */
export default defineEndpoint({
  id: 'variables-retrieve',
  group: 'variables',
  titleZh: '获取用户变量的值',
  titleEn: 'Get user variable values',
  description:
    "Reads the values an end user holds in an agent's or app's user variables, with when each was first and last set.",
  notes: [
    'Send `bot_id` or `app_id`; one of the two is required.',
    '`keywords` travels as one comma-joined query value; leave it out to read every user variable. Names that do not exist are skipped.',
    'A variable still at its default value has `create_time` 0.',
  ],
  method: 'GET',
  path: '/v1/variables',
  params: {
    query: v.object({
      app_id: v.optional(
        v.pipe(v.string(), v.description('App (project) whose variables to read; send this or `bot_id`.')),
      ),
      bot_id: v.optional(v.pipe(v.string(), v.description('Agent whose variables to read; send this or `app_id`.'))),
      connector_id: v.optional(
        v.pipe(
          v.string(),
          v.description('Channel the values belong to: 1024 API (default) or 999 Chat SDK.'),
          v.examples(['1024']),
        ),
      ),
      connector_uid: v.pipe(
        v.string(),
        v.nonEmpty('connector_uid is required'),
        v.description('End user whose values to read: the `user_id` of the chat.'),
        v.examples(['user-1']),
      ),
      keywords: v.optional(
        v.pipe(
          v.array(v.string()),
          v.description('Variable names to read, sent comma-joined in one value; omit for all.'),
          v.examples([['user_name']]),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          items: v.optional(
            v.pipe(
              v.array(
                v.object({
                  keyword: v.optional(v.pipe(v.string(), v.description('Variable name.'), v.examples(['user_name']))),
                  value: v.optional(v.pipe(v.string(), v.description('Current value.'), v.examples(['Alex']))),
                  create_time: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('When the value was first set, Unix seconds; 0 while it is the default.'),
                      v.examples([1730000000]),
                    ),
                  ),
                  update_time: v.optional(
                    v.pipe(
                      v.number(),
                      v.integer(),
                      v.description('When the value last changed, Unix seconds.'),
                      v.examples([1731000000]),
                    ),
                  ),
                }),
              ),
              v.description('One entry per variable.'),
            ),
          ),
        }),
        v.description('The values.'),
      ),
    ),
  }),
  permission: 'readVariable',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    query: {
      bot_id: SANDBOX_IDS.bot,
      connector_id: SANDBOX_IDS.apiConnector,
      connector_uid: 'user-1',
      keywords: ['user_name'],
    },
  },
});
