import { defineDocPage } from '../events/define';

/** A checklist for the two authentication errors. */
export default defineDocPage({
  id: 'best-practice-4100-4101',
  group: 'best-practices',
  titleZh: '错误码 4100/4101 问题排查',
  titleEn: 'Troubleshooting error codes 4100 and 4101',
  kind: 'reference',
  summary:
    'What to check, in order, when a call fails with 4100 (the token is not accepted) or 4101 (the token may not do this).',
  sections: [
    {
      kind: 'table',
      columns: ['Code', 'Means', 'Usual causes'],
      rows: [
        [
          '4100',
          'The token is not valid for this call.',
          'Wrong, expired or deleted token; a malformed `Authorization` header; a coze.cn token sent to api.coze.com or the other way round.',
        ],
        [
          '4101',
          'The token is valid but may not do this.',
          "The token lacks the API's permission, or was not granted the workspace the resource lives in.",
        ],
      ],
    },
    {
      kind: 'steps',
      heading: 'Check, in this order',
      steps: [
        "The token itself: it has the permission the API page names, it has not expired or been disabled, and its authorised workspaces include the workspace of the agent, workflow or knowledge base you call. For a resource in someone else's team workspace, ask its owner for a token.",
        'The host and URL: coze.cn tokens work only on `api.coze.cn`, coze.com tokens only on `api.coze.com`. Check the whole URL too, with the query parameters the API requires.',
        'The header: exactly `Authorization: Bearer <token>`, with one space and nothing else around the token.',
        'The parameters: every required one present and valid.',
        'After moving workspaces into an enterprise or team, calls with the personal credential can fail with 4100, 4101 or not-found: switch to the enterprise credential.',
        'Still failing on a team or enterprise plan: contact Coze support with the code, the message and the `X-Tt-Logid` response header.',
      ],
    },
    {
      kind: 'code',
      heading: 'Test the token against a simple call',
      language: 'bash',
      code: `# The header must be exactly "Authorization: Bearer <token>"; -i shows the X-Tt-Logid to quote to support.
curl -i 'https://api.coze.cn/v1/workspaces?page_num=1&page_size=10' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"`,
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'coze-error-codes', note: 'All error codes.' },
        { pageId: 'add-personal-access-token', note: 'Create a token with the right permissions and workspaces.' },
        { pageId: 'add-service-access-token', note: 'Service tokens for teams and enterprises.' },
        {
          pageId: 'best-practice-upgrade-authorization',
          note: 'Credentials after upgrading to a team or enterprise plan.',
        },
        { pageId: 'list-workspaces', note: 'See which workspaces a token reaches.' },
      ],
    },
  ],
});
