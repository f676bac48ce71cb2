import type { DocPage } from '../../types';

/** OAuth JWT 授权（渠道场景）: channel apps obtain tokens for the agents published to their channel. */
const page: DocPage = {
  id: 'oauth-jwt-channel',
  group: 'auth',
  titleZh: 'OAuth JWT 授权（渠道场景）',
  titleEn: 'OAuth JWT flow (channels)',
  kind: 'guide',
  summary:
    'Websites, apps, app stores and hardware makers that join Coze as a publishing channel get channel tokens through the JWT flow. A channel token works on the agents published to that channel.',
  sections: [
    {
      kind: 'steps',
      heading: 'Prepare',
      steps: [
        'Create an OAuth app of type channel, client type service application. Create a key pair (the private key downloads as `private_key.pem`) and choose the permissions.',
        'Authorize the app: open its edit page, click 授权 (Authorize) at the bottom left, check the name and permissions, and confirm.',
        'Bind the app to your custom publishing channel (account settings → publishing channels → edit the channel). Without the binding, token requests fail with "connector app should bind connector id".',
      ],
    },
    {
      kind: 'steps',
      heading: 'Get a token',
      steps: [
        "On the channel's server, sign a JWT exactly as in the developer flow (`alg` RS256, `kid`, `iss`, `aud`, `iat`, `exp`, `jti`).",
        'To meter usage per device (enterprise editions), add `session_context.device_info` with a `device_id` or a `custom_consumer`; pick one of the two.',
        'POST the JWT to the token endpoint. Add a `scope` to narrow the token to some permissions and some agents; without it the token has every permission the app was granted.',
        'Call the API for agents published to the channel, for example to read an agent or chat with it.',
      ],
    },
    {
      kind: 'table',
      heading: 'Fields of `scope`',
      columns: ['Field', 'Meaning'],
      rows: [
        [
          '`account_permission.permission_list`',
          'Permissions the token keeps, e.g. `["Connector.botChat"]` for chat only.',
        ],
        [
          '`attribute_constraint.connector_bot_chat_attribute.bot_id_list`',
          'The agents the token may chat with; each must be published as an API.',
        ],
      ],
    },
    {
      kind: 'code',
      heading: 'A token that may only chat with one agent',
      language: 'bash',
      code: 'curl -X POST \'https://api.coze.cn/api/permission/oauth2/token\' \\\n  -H \'Authorization: Bearer <JWT>\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{\n    "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",\n    "duration_seconds": 900,\n    "scope": {\n      "account_permission": { "permission_list": ["Connector.botChat"] },\n      "attribute_constraint": { "connector_bot_chat_attribute": { "bot_id_list": ["<bot_id>"] } }\n    }\n  }\'',
    },
    {
      kind: 'text',
      heading: 'Device usage',
      paragraphs: [
        '`custom_consumer` is only for metering and quotas; it has nothing to do with the `user_id` of chat calls, which separates conversation context. Do not put sensitive identifiers such as phone numbers in it. Without either field, usage statistics show the device as N/A and cannot be capped.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-token-jwt', note: 'The token endpoint, with `scope`.' },
        { pageId: 'oauth-jwt-developer', note: 'How to sign the JWT.' },
        { pageId: 'benefit-limitations-create', note: 'Cap usage per device or end user.' },
        { pageId: 'connectors-install' },
      ],
    },
  ],
};

export default page;
