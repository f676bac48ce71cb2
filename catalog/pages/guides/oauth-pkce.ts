import type { DocPage } from '../../types';

/** OAuth PKCE: the authorization code flow for apps without a backend. */
const page: DocPage = {
  id: 'oauth-pkce',
  group: 'auth',
  titleZh: 'OAuth PKCE',
  titleEn: 'OAuth PKCE flow',
  kind: 'guide',
  summary:
    'The authorization code flow for single-page, mobile and desktop apps that cannot keep a secret: a one-time proof key takes the place of the client secret.',
  sections: [
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app: type standard, client type mobile, PC desktop or single-page application. Register the redirect URL.',
        'For each sign-in, make a `code_verifier`, a long random string, and keep it (session storage will do) until the user comes back.',
        'Derive the `code_challenge`: with `code_challenge_method=S256` it is BASE64URL(SHA-256(verifier)); with `plain` (the default) it is the verifier itself. Prefer S256.',
        'Open the authorize URL with `response_type=code`, `client_id`, `redirect_uri`, `state`, `code_challenge` and `code_challenge_method`.',
        'Take `code` from the redirect (check `state`) and POST it to the token endpoint with `grant_type: authorization_code`, `client_id`, `redirect_uri` and `code_verifier`. No client secret and no Authorization header.',
        'Refresh with `grant_type: refresh_token` and `client_id`, again without a secret. Lifetimes are those of the code flow: 15 minutes for the access token, 30 days for the single-use refresh token; `expires_in` is an absolute Unix time.',
      ],
    },
    {
      kind: 'code',
      heading: 'Verifier and challenge in the browser',
      language: 'js',
      code: "const base64url = (bytes) =>\n  btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');\n\nconst codeVerifier = base64url(crypto.getRandomValues(new Uint8Array(32)));\nconst digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(codeVerifier));\nconst codeChallenge = base64url(digest);\nsessionStorage.setItem('coze_code_verifier', codeVerifier);",
    },
    {
      kind: 'code',
      heading: 'Consent page',
      language: 'text',
      code: 'https://www.coze.cn/api/permission/oauth2/authorize?response_type=code&client_id=<client_id>&redirect_uri=<encoded redirect URL>&state=<random>&code_challenge=<challenge>&code_challenge_method=S256',
    },
    {
      kind: 'code',
      heading: 'Trade the code',
      language: 'bash',
      code: 'curl -X POST \'https://api.coze.cn/api/permission/oauth2/token\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"grant_type":"authorization_code","code":"<code>","client_id":"<client_id>","redirect_uri":"<redirect URL>","code_verifier":"<verifier>"}\'',
    },
    {
      kind: 'links',
      heading: 'Endpoints',
      links: [
        { pageId: 'oauth-authorize', note: 'Opened in the browser, with the challenge.' },
        { pageId: 'oauth-token-pkce', note: 'Trade the code and the verifier.' },
        { pageId: 'oauth-token-refresh' },
        { pageId: 'oauth-authorization-code', note: 'The same flow with a backend and a secret.' },
      ],
    },
  ],
};

export default page;
