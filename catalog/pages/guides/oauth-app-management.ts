import type { DocPage } from '../../types';

/** OAuth 应用管理: create, authorize, install, disable and delete OAuth apps. */
const page: DocPage = {
  id: 'oauth-app-management',
  group: 'auth',
  titleZh: 'OAuth 应用管理',
  titleEn: 'Manage OAuth apps',
  kind: 'guide',
  summary:
    'Every OAuth flow starts from an OAuth app registered in the Coze console. This page covers creating one and what each management action does to the tokens it has issued.',
  sections: [
    {
      kind: 'text',
      heading: 'Who and how many',
      paragraphs: [
        'Team or enterprise editions: only super admins and admins can create, edit, delete, enable, disable, install, uninstall or authorize OAuth apps; at most 100 apps per team or enterprise.',
        'Personal editions: at most 10 OAuth apps per user.',
      ],
    },
    {
      kind: 'table',
      heading: 'Two ways an app acts',
      columns: ['Kind', 'Meaning', 'Flows'],
      rows: [
        [
          'AppAuth',
          'The app acts as itself, for example a backend that reads data from Coze.',
          'JWT (service application)',
        ],
        [
          'OBO (on behalf of)',
          'The app acts as the user who consented, within what that user may do.',
          'Authorization code, PKCE, device code',
        ],
      ],
    },
    {
      kind: 'steps',
      heading: 'Create an app',
      steps: [
        'Open API 管理 (API management), the 授权 (Authorization) tab, then OAuth 应用 (OAuth apps), at `https://www.coze.cn/open/oauth/apps`.',
        'Click 创建新应用 (Create app). Choose the app type (standard, channel or enterprise privileged) and the client type, which decides the flow (see the overview); give a name, unique across the platform, and a description.',
        'Fill in the configuration. Web, PKCE and device apps: the redirect URL where Coze sends the user back, and the permissions. Web backend apps also get a client secret: keep it on your server.',
        'Service applications: click 创建 Key (Create key). The public key stays on Coze; the private key downloads as `private_key.pem` and is never uploaded. An app holds up to three key pairs; the public key fingerprint is the JWT `kid`.',
        'Confirm. Service applications then need the 授权 (Authorize) step: check the name and permission list in the dialog and authorize.',
      ],
    },
    {
      kind: 'table',
      heading: 'Managing an app',
      columns: ['Action', 'Where', 'Effect on tokens'],
      rows: [
        [
          'Install / uninstall',
          'Team or enterprise, 应用安装管理 (App installations), super admins only',
          'Installing grants an OBO app access to the organization. Uninstalling deletes every token the app is using.',
        ],
        [
          'Revoke',
          'Personal editions, 已授权的应用 (Authorized apps)',
          "Deletes the app's tokens; the app can no longer call the API.",
        ],
        [
          'Disable / enable',
          'OAuth apps list',
          'Disabling suspends every token of the app (token requests answer `access_deny`); enabling restores them.',
        ],
        ['Edit', 'OAuth apps list, edit icon', 'Everything but the app type can be changed.'],
        ['Delete', 'OAuth apps list', 'Irreversible; revokes every authorization of the app.'],
      ],
    },
    {
      kind: 'links',
      heading: 'Next',
      links: [
        { pageId: 'oauth-sample-walkthrough', note: 'Run a downloaded sample to get a first token.' },
        { pageId: 'oauth-authorization-code' },
        { pageId: 'oauth-jwt-developer' },
        { pageId: 'auth-overview' },
      ],
    },
  ],
};

export default page;
