import type { DocPage } from '../../types';

/** 添加服务访问令牌: create an SAT, a long-lived credential owned by a service. */
const page: DocPage = {
  id: 'add-service-access-token',
  group: 'auth',
  titleZh: '添加服务访问令牌',
  titleEn: 'Add a service access token',
  kind: 'guide',
  summary:
    'A service access token (SAT) is a credential that belongs to a service rather than a person. It can be made permanent, which suits integrations and service-to-service calls.',
  sections: [
    {
      kind: 'steps',
      heading: 'Create one',
      steps: [
        'Team or enterprise editions only: click your avatar at the bottom left and switch to the team or enterprise.',
        'Open API 管理 (API management), then the 授权 (Authorization) tab and 服务身份凭证 (Service credentials).',
        'Click 添加 (Add); set the name, expiry, permissions and workspaces, and confirm.',
        'Copy the token now: it is shown only once.',
        'Send it like any other token: `Authorization: Bearer <token>`.',
      ],
    },
    {
      kind: 'table',
      heading: 'Settings',
      columns: ['Setting', 'What it means'],
      rows: [
        [
          'Expiry',
          '1, 30, 90 or 180 days, a custom date, or no expiry. Unlike a PAT, it can be edited after creation.',
        ],
        ['Permissions', 'The API permissions the token carries; a missing one gives 4101.'],
        [
          'Workspaces',
          'Personal editions: workspaces you own, or all you own now and later. Team or enterprise: super admins and admins pick workspaces they created or joined, or all present and future ones.',
        ],
      ],
    },
    {
      kind: 'text',
      heading: 'Limits',
      paragraphs: [
        'Team or enterprise editions: only super admins and admins can create SATs, at most 100 per team or enterprise. Personal editions: at most 10 per user.',
        "Personal editions: transferring a workspace's ownership invalidates the SATs issued for it.",
        'Keep an SAT on your servers only, never in a browser or an app package.',
      ],
    },
    {
      kind: 'text',
      heading: 'Switching to an SAT',
      paragraphs: [
        "Team or enterprise: moving from a PAT or a JWT token to an SAT keeps existing conversations reachable. An SAT has no `session_name`, though: if you used JWT tokens to keep each end user's conversations apart, that isolation is lost, so keep JWT for that case.",
        'After upgrading from a personal to a team or enterprise edition, conversations of the old personal account cannot be reached with the new SAT.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'auth-overview' },
        { pageId: 'oauth-jwt-developer', note: 'Short-lived service tokens, with per-user session isolation.' },
        { pageId: 'best-practice-session-isolation' },
      ],
    },
  ],
};

export default page;
