import type { DocPage } from '../../types';

/** OAuth JWT 授权（跨账号授权场景）: a service app reaches another account's workspaces once they authorize it. */
const page: DocPage = {
  id: 'oauth-jwt-cross-account',
  group: 'auth',
  titleZh: 'OAuth JWT 授权（跨账号授权场景）',
  titleEn: 'OAuth JWT flow (across accounts)',
  kind: 'guide',
  summary:
    "A JWT token normally reaches only your own account's resources (or your organization's). To work in someone else's workspace, share your app's authorization link with its owner, then ask for tokens on the account-scoped path.",
  sections: [
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app (type standard, client type service application) with a key pair and the permissions you need, and authorize it for yourself.',
        'On the OAuth apps page, click the share icon of the app and copy its authorization link.',
        'Send the link to the owner of the target workspace (personal editions) or to a super admin or admin of the target organization (team and enterprise editions).',
        'They open it, choose the organization and workspaces, check the permissions and authorize. The grant lasts until they revoke it.',
        'Sign a JWT as in the developer flow.',
        'POST it to `/api/permission/oauth2/account/<account_id>/token`. For personal editions `account_id` is the UID of the workspace owner; in enterprise editions with several organizations it is the ID of the target organization.',
        'Call the API with the returned token; it reaches every resource of the granted workspaces.',
      ],
    },
    {
      kind: 'code',
      heading: 'Ask for a token for another account',
      language: 'bash',
      code: "curl -X POST 'https://api.coze.cn/api/permission/oauth2/account/<account_id>/token' \\\n  -H 'Authorization: Bearer <JWT>' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"grant_type\":\"urn:ietf:params:oauth:grant-type:jwt-bearer\",\"duration_seconds\":86399}'",
    },
    {
      kind: 'steps',
      heading: "Finding the owner's UID",
      steps: [
        'Find out which workspace holds the resource.',
        'In that workspace open 空间配置 (Workspace settings) → 成员管理 (Members) to see who owns it.',
        'The owner clicks their avatar at the bottom left → 账号设置 (Account settings) and reads their UID there. Organization IDs are on the organization settings page, visible to super admins and admins.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-token-jwt', note: 'The token endpoint; this flow uses its account path.' },
        { pageId: 'oauth-jwt-developer', note: 'Creating the app and signing the JWT.' },
        { pageId: 'oauth-collaboration', note: 'The same idea for the code, PKCE and device flows.' },
      ],
    },
  ],
};

export default page;
