import type { DocPage } from '../../types';

/** OAuth JWT 授权（开发者）: a backend signs a JWT and trades it for a short-lived token. */
const page: DocPage = {
  id: 'oauth-jwt-developer',
  group: 'auth',
  titleZh: 'OAuth JWT 授权（开发者）',
  titleEn: 'OAuth JWT flow (developer)',
  kind: 'guide',
  summary:
    "Server to server: your backend signs a JWT with the OAuth app's private key and trades it for a short-lived access token. No user interaction, and no refresh token.",
  sections: [
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app: type standard, client type service application. In its configuration click 创建 Key (Create key): the private key downloads as `private_key.pem`; note the public key fingerprint. Pick the permissions and confirm.',
        'Authorize the app in the dialog that follows, after checking its name and permission list. Until then tokens are refused.',
        'For each token, sign a fresh JWT with RS256 and the private key, with the header and payload below.',
        'POST it to `/api/permission/oauth2/token` in the header `Authorization: Bearer <JWT>`, with `grant_type: urn:ietf:params:oauth:grant-type:jwt-bearer` and, if you like, `duration_seconds` in the body.',
        'Call the API with the returned `access_token`. When it expires, sign a new JWT and ask again: there is no refresh.',
      ],
    },
    {
      kind: 'table',
      heading: 'JWT header',
      columns: ['Claim', 'Value'],
      rows: [
        ['`alg`', '`RS256`'],
        ['`typ`', '`JWT`'],
        ['`kid`', "The public key fingerprint, shown on the app's edit page."],
      ],
    },
    {
      kind: 'table',
      heading: 'JWT payload',
      columns: ['Claim', 'Value'],
      rows: [
        ['`iss`', 'The OAuth app ID (client ID).'],
        ['`aud`', '`api.coze.cn` (or `api.coze.com`).'],
        ['`iat`', 'Issued at: now, Unix seconds.'],
        ['`exp`', 'JWT expiry, Unix seconds, later than `iat`.'],
        [
          '`jti`',
          'A random string, different for every JWT (over 32 bytes is advised); it stops replays. A JWT can be used once.',
        ],
        ['`session_name`', "Optional: your end user's ID, to keep each user's conversations apart."],
        [
          '`session_context.device_info`',
          'Optional, enterprise editions: `device_id` or `custom_consumer`, to meter and cap usage per device or per user.',
        ],
      ],
    },
    {
      kind: 'table',
      heading: 'The token',
      columns: ['Field', 'Meaning'],
      rows: [
        [
          '`duration_seconds` (request)',
          'Lifetime asked for: 900 (15 minutes) by default, at most 86399 (just under a day).',
        ],
        ['`access_token`', 'The token, `czs_…`.'],
        ['`expires_in`', 'Absolute expiry, Unix seconds.'],
      ],
    },
    {
      kind: 'code',
      heading: 'Sign a JWT with Node.js (no library)',
      language: 'js',
      code: "import { createSign, randomBytes } from 'node:crypto';\nimport { readFileSync } from 'node:fs';\n\nconst part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');\nconst now = Math.floor(Date.now() / 1000);\nconst header = { alg: 'RS256', typ: 'JWT', kid: process.env.COZE_PUBLIC_KEY_ID };\nconst payload = {\n  iss: process.env.COZE_CLIENT_ID,\n  aud: 'api.coze.cn',\n  iat: now,\n  exp: now + 600,\n  jti: randomBytes(32).toString('hex'),\n};\nconst unsigned = `${part(header)}.${part(payload)}`;\nconst signature = createSign('RSA-SHA256').update(unsigned).sign(readFileSync('private_key.pem'), 'base64url');\nconsole.log(`${unsigned}.${signature}`);",
    },
    {
      kind: 'code',
      heading: 'Trade it for a token',
      language: 'bash',
      code: "curl -X POST 'https://api.coze.cn/api/permission/oauth2/token' \\\n  -H 'Authorization: Bearer <JWT>' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"grant_type\":\"urn:ietf:params:oauth:grant-type:jwt-bearer\",\"duration_seconds\":900}'",
    },
    {
      kind: 'text',
      heading: 'Errors',
      paragraphs: [
        'Errors come as `{error_code, error_message}`. `invalid_client` means the JWT was refused: expired, already used, signed with another key, or a wrong `kid`, `iss` or `aud`. `access_deny` means the app is disabled or not authorized.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-token-jwt', note: 'The token endpoint.' },
        { pageId: 'best-practice-session-isolation', note: 'What `session_name` isolates.' },
        { pageId: 'oauth-jwt-channel' },
        { pageId: 'oauth-jwt-cross-account' },
        { pageId: 'oauth-jwt-enterprise-privileged' },
      ],
    },
  ],
};

export default page;
