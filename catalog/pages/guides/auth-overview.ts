import type { DocPage } from '../../types';

/** 鉴权方式概述: the three kinds of token, the OAuth flows, and who may use which. */
const page: DocPage = {
  id: 'auth-overview',
  group: 'auth',
  titleZh: '鉴权方式概述',
  titleEn: 'Authentication overview',
  kind: 'guide',
  summary:
    'Every Coze API call carries an access token in the `Authorization` header. Which kind of token to use depends on who calls and where the code runs.',
  sections: [
    {
      kind: 'code',
      heading: 'The header',
      language: 'http',
      code: 'Authorization: Bearer <access token>',
    },
    {
      kind: 'text',
      paragraphs: [
        'The same header carries every kind of token. Requests with a JSON body also send `Content-Type: application/json`.',
        'A token belongs to one site: a coze.cn token works only against `https://api.coze.cn`, a coze.com token only against `https://api.coze.com`. Sending it to the other host is one of the usual causes of 4100 and 4101.',
      ],
    },
    {
      kind: 'table',
      heading: 'Three kinds of token',
      columns: ['Token', 'Lifetime', 'Use it for'],
      rows: [
        [
          'Personal access token (PAT), `pat_…`',
          '1 to 30 days, fixed when created',
          'Trying things out and debugging. It is a pre-authorized secret in plain text: keep it out of browsers and out of production.',
        ],
        [
          'Service access token (SAT)',
          'Up to no expiry; can be edited later',
          'A backend that calls Coze as itself, for a long time, with no user in the loop.',
        ],
        [
          'OAuth access token, `czu_…` (user) or `czs_…` (JWT)',
          '15 minutes by default',
          'Production apps: short-lived tokens from one of the OAuth flows below.',
        ],
      ],
    },
    {
      kind: 'table',
      heading: 'OAuth flows',
      columns: ['Flow', 'When it fits', 'OAuth app type / client type'],
      rows: [
        [
          'Authorization code',
          'A web app with a frontend that talks to the user and a backend that keeps the client secret.',
          'Standard / web backend application',
        ],
        [
          'PKCE',
          'No backend: a single-page, mobile or desktop app that cannot keep a secret.',
          'Standard / mobile, PC desktop or single-page application',
        ],
        [
          'Device code',
          'A TV, device or command-line program that cannot show a consent page itself.',
          'Standard / TV, device or command-line program',
        ],
        [
          'JWT (developer)',
          'Your server calls Coze directly, as the app, with no user interaction.',
          'Standard / service application',
        ],
        [
          'JWT (channel)',
          "A third-party channel's backend obtains tokens for its end users.",
          'Channel / service application',
        ],
        [
          'JWT (enterprise privileged app)',
          'A backend that manages the members, bills, organizations and workspaces of a team or enterprise.',
          'Enterprise privileged / service application',
        ],
      ],
    },
    {
      kind: 'table',
      heading: 'Who may use which',
      columns: ['Method', 'Personal editions', 'Team or enterprise: super admin, admin', 'Team or enterprise: member'],
      rows: [
        ['Personal access token', 'yes', 'yes', 'yes'],
        ['Service access token', 'yes', 'yes', 'no'],
        ['OAuth code, PKCE, device; JWT (developer, channel)', 'yes', 'yes', 'no'],
        ['OAuth multi-user collaboration; JWT (enterprise privileged app)', 'no', 'yes', 'no'],
      ],
    },
    {
      kind: 'text',
      heading: 'Permissions',
      paragraphs: [
        'Each endpoint needs one permission on the token; its page names it. A token without it gets 4101.',
        'Permissions come at three levels. Team or enterprise level (bills, device quotas): only super admins and admins can grant these. Account level: the conversations, files and voices of the account. Workspace level: the agents, workflows and knowledge bases of the workspaces you pick for the token.',
        'Changes to OAuth apps can take a few seconds to apply, because the platform caches them; retry after a short wait.',
      ],
    },
    {
      kind: 'links',
      heading: 'Where to go next',
      links: [
        { pageId: 'add-personal-access-token', note: 'Create a token for testing.' },
        { pageId: 'add-service-access-token', note: 'A long-lived token for a service.' },
        { pageId: 'oauth-app-management', note: 'Create and manage the apps every OAuth flow needs.' },
        { pageId: 'oauth-authorization-code' },
        { pageId: 'oauth-pkce' },
        { pageId: 'oauth-device-flow' },
        { pageId: 'oauth-jwt-developer' },
      ],
    },
  ],
};

export default page;
