import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';

/** Get the current user: GET /v1/users/me */
export default defineEndpoint({
  id: 'users-me',
  group: 'workspace',
  titleZh: '查看当前用户信息',
  titleEn: 'Get the current user',
  description:
    "Answers who the access token belongs to: the Coze user's id, unique name, nickname and avatar. Use it after an OAuth flow to learn which account authorized your app.",
  notes: [
    'The Coze docs have no page for this call; the official SDKs make it (`users.me`), and its shape is theirs.',
    'Needs nothing but a valid token: it reads the account the token was issued to.',
  ],
  method: 'GET',
  path: '/v1/users/me',
  params: {},
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(
      v.pipe(
        v.object({
          user_id: v.pipe(v.string(), v.description('Id of the Coze user the token belongs to.')),
          user_name: v.pipe(v.string(), v.description('Unique user name.'), v.examples(['sandbox_user'])),
          nick_name: v.pipe(v.string(), v.description('Display name.'), v.examples(['Sandbox User'])),
          avatar_url: v.pipe(v.string(), v.description('Avatar image URL.')),
        }),
        v.description('The user.'),
      ),
    ),
  }),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: {},
});
