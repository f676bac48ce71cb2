import type { DocPage } from '../../types';

/** 升级企业/团队版后更新 API 授权: keep API calls working while workspaces move into a team or enterprise. */
const page: DocPage = {
  id: 'best-practice-upgrade-authorization',
  group: 'best-practices',
  titleZh: '升级企业/团队版后更新 API 授权',
  titleEn: 'Update API authorization after upgrading to a team or enterprise edition',
  kind: 'guide',
  summary:
    'Moving workspaces into a new team or enterprise invalidates the API authorization of the agents, apps and workflows in them. Teach your code to fall back to new credentials first, then move the workspaces.',
  sections: [
    {
      kind: 'text',
      heading: 'Before you start',
      paragraphs: [
        'Going from a team to an enterprise edition needs no move and no change.',
        'With heavy live traffic, do the switch at a quiet hour.',
        'Give the new credentials every permission the old ones had, and all workspaces, so that workspaces created later are covered too.',
        'Conversations created through the API belong to the Coze user, not to a workspace: after the move, agents cannot reach the old personal conversations. Create new ones.',
        'Do not disable or delete the personal-edition OAuth app you adapt here; the team or enterprise still uses it.',
      ],
    },
    {
      kind: 'table',
      heading: '1. Which kind of authorization you use',
      columns: ['Kind', 'Flows'],
      rows: [
        ['Personal access token', 'A PAT in your code'],
        ['OBO (the app acts as a user)', 'Authorization code, PKCE, device code'],
        ['AppAuth (the app acts as itself)', 'JWT (developer)'],
      ],
    },
    {
      kind: 'steps',
      heading: '2a. AppAuth (JWT)',
      steps: [
        "As the app's creator, in the personal edition, open the OAuth apps page and copy the app's share link.",
        "Send it to a super admin or admin of the team or enterprise, who authorizes it for the whole enterprise and all workspaces; the app then shows on the enterprise's app installation page.",
        'In your code, get two tokens from the same app: one on the account path with your personal UID, one on the enterprise path with the enterprise ID (the part after `/enterprise/` in the organization management URL).',
        'Call with the personal token first; on 4100, 4101 or a not-found answer, retry with the enterprise token.',
        'Test it: create a workspace and an agent in the enterprise and call them through the new code. Then move the workspaces.',
      ],
    },
    {
      kind: 'steps',
      heading: '2b. Personal access token',
      steps: [
        'As a super admin or admin, switch to the team or enterprise and create a new PAT valid for all its workspaces.',
        'In your code, call with the old PAT first and fall back to the new one on 4100 or 4101.',
        'Move the workspaces; once calls succeed, delete the old PAT before it expires unnoticed.',
      ],
    },
    {
      kind: 'steps',
      heading: '2c. OBO (code, PKCE, device)',
      steps: [
        'Change your code so that a 4100 or 4101 starts the authorization again and obtains a new token.',
        'Move the workspaces.',
        'A super admin or admin signs in through your app to trigger the authorization, then installs the app in the enterprise.',
      ],
    },
    {
      kind: 'code',
      heading: 'The fallback, sketched',
      language: 'ts',
      code: 'async function callCoze(send: (token: string) => Promise<Response>): Promise<Response> {\n  const first = await send(personalToken);\n  const { code } = (await first.clone().json()) as { code?: number };\n  if (code !== 4100 && code !== 4101) return first;\n  return send(enterpriseToken);\n}',
    },
    {
      kind: 'text',
      heading: '3. Watch, then clean up',
      paragraphs: [
        'After the move, watch the success rate of live calls. Once it stays healthy, retire the old credentials and the fallback.',
        "Account-level resources such as conversations and voices do not move with workspaces. A super admin or admin can let an enterprise PAT or AppAuth app reach the personal account's account-level resources on the personal account resource authorization page (account-level permissions only; OBO apps cannot).",
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-token-jwt', note: 'Account and enterprise token paths.' },
        { pageId: 'oauth-jwt-cross-account' },
        { pageId: 'best-practice-4100-4101' },
        { pageId: 'create-conversation' },
      ],
    },
  ],
};

export default page;
