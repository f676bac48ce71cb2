import type { DocPage } from '../../types';

/** 添加个人访问令牌: create a PAT in the console and what limits it has. */
const page: DocPage = {
  id: 'add-personal-access-token',
  group: 'auth',
  titleZh: '添加个人访问令牌',
  titleEn: 'Add a personal access token',
  kind: 'guide',
  summary:
    'A personal access token (PAT) is a short-lived token you create in the Coze console for chosen workspaces and permissions. It is the quickest way to call the API, and meant for testing only.',
  sections: [
    {
      kind: 'steps',
      heading: 'Create one',
      steps: [
        'Sign in to coze.cn (or coze.com) and open API 管理 (API management) in the left bar.',
        'Open the 授权 (Authorization) tab, then 个人访问令牌 (Personal access tokens); the page is also at `https://www.coze.cn/open/oauth/pats`.',
        'Click 添加 (Add) and fill in the name, expiry, permissions and workspaces (see below), then confirm.',
        'Copy the token at once and store it safely: it is shown only this one time.',
        'Send it as `Authorization: Bearer pat_…`, or paste it into the token field of this playground with region `cn` or `com`.',
      ],
    },
    {
      kind: 'table',
      heading: 'Settings',
      columns: ['Setting', 'What it means'],
      rows: [
        ['Name', 'A label for you.'],
        [
          'Expiry',
          '1 to 30 days. It cannot be changed later and cannot be "never"; create a new token when it runs out.',
        ],
        [
          'Permissions',
          'The API permissions the token carries. Calling an endpoint whose permission is missing gives 4101.',
        ],
        [
          'Workspaces',
          'Personal editions: workspaces you own, or all you own now and later (not ones you only joined). Team or enterprise: members pick workspaces they created or joined, or all of them; super admins and admins may pick any workspace of the organization.',
        ],
      ],
    },
    {
      kind: 'text',
      heading: 'Limits',
      paragraphs: [
        'Personal editions: at most 10 PATs per user. Team or enterprise editions: at most 20 per user and 1,000 per team or enterprise.',
        "Transferring a workspace's ownership invalidates the PATs already issued for it.",
        'Never share a PAT or put it in browser code: anyone holding it acts as you until it expires. For production use OAuth or a service access token.',
      ],
    },
    {
      kind: 'text',
      heading: "Using someone else's agents",
      paragraphs: [
        'Team or enterprise: if you joined the workspace that holds an agent, you can select that workspace for your token and chat with its agents, but not edit them; only the owner and collaborators can.',
        'Personal editions: only workspaces you own can be selected. To reach resources in a workspace someone else owns, have its ownership transferred to you and create a new token.',
      ],
    },
    {
      kind: 'code',
      heading: 'Try it',
      language: 'bash',
      code: "curl 'https://api.coze.cn/v1/workspaces?page_num=1&page_size=20' \\\n  -H 'Authorization: Bearer pat_xxxxxxxx'",
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'list-workspaces', note: 'The call in the example above.' },
        { pageId: 'auth-overview' },
        { pageId: 'add-service-access-token', note: 'The long-lived alternative for services.' },
      ],
    },
  ],
};

export default page;
