import type { DocPage } from '../../types';

/** OAuth 授权（多人协作场景）: user flows that ask for one workspace of another team or enterprise. */
const page: DocPage = {
  id: 'oauth-collaboration',
  group: 'auth',
  titleZh: 'OAuth 授权（多人协作场景）',
  titleEn: 'OAuth for multi-user collaboration',
  kind: 'guide',
  summary:
    'With the code, PKCE and device flows an app can ask for access to one workspace of another team or enterprise. An admin of that organization installs the app first; then its members can authorize it.',
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'Team and enterprise editions only.',
        "Without a workspace, a token from these flows covers all of the user's resources: with the chat permission it can chat with every agent in every workspace of the account.",
        'Conversations, chats and messages belong to the account, not to a workspace. A grant for one workspace therefore cannot include conversation permissions such as `createConversation`.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Get the workspace ID. Either ask the user (it is the number after `/space/` in the workspace URL, as in `https://www.coze.cn/space/7361638276870530000/bot`), or run a plain authorization first, list the workspaces the user can reach and let them choose.',
        'Start the flow on the workspace path: `/api/permission/oauth2/workspace_id/<workspace_id>/authorize` for the code and PKCE flows, `/api/permission/oauth2/workspace_id/<workspace_id>/device/code` for the device flow.',
        'The user consents. A super admin or admin sees success at once. A member sees a failure if the app is not installed in the organization yet, and can send an installation request.',
        'A super admin or admin installs the app: in the request dialog, on API 管理 → 授权 → 应用安装管理 (App installations), or by opening the authorization link. The member then authorizes again.',
        'Trade the code (or poll for the device token) exactly as in the plain flow. The token reaches the resources of that workspace.',
      ],
    },
    {
      kind: 'code',
      heading: 'Consent page for one workspace',
      language: 'text',
      code: 'https://www.coze.cn/api/permission/oauth2/workspace_id/<workspace_id>/authorize?response_type=code&client_id=<client_id>&redirect_uri=<encoded redirect URL>&state=<random>',
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-authorize', note: 'Takes the optional `workspace_id`.' },
        { pageId: 'oauth-device-code', note: 'Also has a workspace path.' },
        { pageId: 'list-workspaces', note: 'Let the user pick a workspace.' },
        { pageId: 'oauth-authorization-code' },
        { pageId: 'oauth-pkce' },
        { pageId: 'oauth-device-flow' },
      ],
    },
  ],
};

export default page;
