import type { DocPage } from '../../types';

/** OAuth 授权码授权: the web-app flow with a client secret on the backend. */
const page: DocPage = {
  id: 'oauth-authorization-code',
  group: 'auth',
  titleZh: 'OAuth 授权码授权',
  titleEn: 'OAuth authorization code flow',
  kind: 'guide',
  summary:
    "A web app sends the user to Coze's consent page, receives a one-time `code` at its redirect URL, and trades it on its backend for an access token and a refresh token.",
  sections: [
    {
      kind: 'text',
      paragraphs: [
        'You need a frontend that can redirect the browser and a backend that keeps the client secret and talks to Coze. The tokens act as the user who consented.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app: type standard, client type web backend application. Register the redirect URL and keep the client ID and client secret.',
        'When the user needs Coze (say, clicks "chat"), redirect the browser to the authorize URL on `www.coze.cn` with `response_type=code`, `client_id`, `redirect_uri` and a random `state`. Coze answers with a 302 to its consent page.',
        'After consent, Coze redirects to `redirect_uri?code=…&state=…`. Check that `state` is the value you sent.',
        'On the backend, POST the code to `/api/permission/oauth2/token` with `grant_type: authorization_code`, `client_id` and the same `redirect_uri`, and the header `Authorization: Bearer <client_secret>`.',
        'Call the API with `Authorization: Bearer <access_token>`.',
        'Before the access token expires, refresh it with `grant_type: refresh_token`. The answer holds a new refresh token; the old one stops working.',
      ],
    },
    {
      kind: 'code',
      heading: '1. Send the user to the consent page',
      language: 'text',
      code: 'https://www.coze.cn/api/permission/oauth2/authorize?response_type=code&client_id=<client_id>&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=<random>',
    },
    {
      kind: 'code',
      heading: '2. Trade the code for tokens',
      language: 'bash',
      code: 'curl -X POST \'https://api.coze.cn/api/permission/oauth2/token\' \\\n  -H \'Authorization: Bearer <client_secret>\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"grant_type":"authorization_code","code":"<code>","client_id":"<client_id>","redirect_uri":"https://app.example.com/callback"}\'',
    },
    {
      kind: 'code',
      heading: '3. Refresh',
      language: 'bash',
      code: 'curl -X POST \'https://api.coze.cn/api/permission/oauth2/token\' \\\n  -H \'Authorization: Bearer <client_secret>\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"grant_type":"refresh_token","refresh_token":"<refresh_token>","client_id":"<client_id>"}\'',
    },
    {
      kind: 'table',
      heading: 'Tokens',
      columns: ['Field', 'Meaning'],
      rows: [
        ['`access_token`', 'Valid for 15 minutes.'],
        ['`refresh_token`', 'Valid for 30 days and good for one refresh; each refresh returns a new one.'],
        [
          '`expires_in`',
          'When the access token expires, as an absolute Unix timestamp in seconds, not a duration: compare it with the current time.',
        ],
      ],
    },
    {
      kind: 'text',
      heading: 'Errors',
      paragraphs: [
        'OAuth endpoints do not use the `{code, msg}` envelope. Errors come as `{error_code, error_message}`: `invalid_request` (a bad parameter), `invalid_client` (wrong client secret), `unsupported_grant_type`, `access_deny` (the app is disabled, is a channel app, which cannot use this flow, or the login session is invalid) and `internal_error` (retry later).',
        'An "OAuth error / bad request parameter" page usually means the redirect URL was not URL-encoded: `#` must be sent as `%23`, and so on.',
      ],
    },
    {
      kind: 'links',
      heading: 'Endpoints',
      links: [
        { pageId: 'oauth-authorize', note: 'Step 1, opened in the browser.' },
        { pageId: 'oauth-token-authorization-code', note: 'Step 2.' },
        { pageId: 'oauth-token-refresh', note: 'Step 3.' },
        { pageId: 'oauth-collaboration', note: 'Asking for one workspace of another organization.' },
      ],
    },
  ],
};

export default page;
