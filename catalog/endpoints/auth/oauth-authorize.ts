import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { EXAMPLE_REDIRECT_URI } from './oauth-token-fields';

/** OAuth authorize (authorization code / PKCE): GET /api/permission/oauth2/authorize */
export default defineEndpoint({
  id: 'oauth-authorize',
  group: 'auth',
  titleZh: '获取授权页面 URL',
  titleEn: 'OAuth authorize (authorization code / PKCE)',
  description:
    "The page a user's browser opens to let an OAuth app act for them. After consent, Coze redirects back to `redirect_uri` with a `code` to exchange for a token.",
  notes: [
    'A page on www.coze.cn (or www.coze.com), not an API call on api.coze.cn: open the URL in a browser, the relay does not send it.',
    'Web apps send `client_id`, `redirect_uri` and `state`; PKCE apps add `code_challenge` and `code_challenge_method`.',
    'Check that the `state` in the redirect is the one you sent.',
    'Enterprise editions have a workspace variant, `/api/permission/oauth2/workspace_id/:workspace_id/authorize`, that grants access to that workspace.',
    'Channel-type OAuth apps cannot use the code flow.',
  ],
  method: 'GET',
  path: '/api/permission/oauth2/authorize',
  params: {
    query: v.object({
      response_type: v.pipe(v.picklist(['code']), v.description('Always `code`.')),
      client_id: v.pipe(v.string(), v.nonEmpty('client_id is required'), v.description('Client id of the OAuth app.')),
      redirect_uri: v.pipe(
        v.string(),
        v.nonEmpty('redirect_uri is required'),
        v.description('Redirect URL registered on the OAuth app; URL-encode characters such as `#`.'),
      ),
      state: v.pipe(
        v.string(),
        v.nonEmpty('state is required'),
        v.description('Random value against CSRF, sent back with the redirect; check it there.'),
      ),
      code_challenge: v.optional(
        v.pipe(
          v.string(),
          v.description('PKCE only, and then required: the challenge derived from your `code_verifier`.'),
        ),
      ),
      code_challenge_method: v.optional(
        v.pipe(
          v.picklist(['plain', 'S256']),
          v.description(
            'PKCE only, and then required: `plain` (the challenge is the verifier; the default) or `S256` (BASE64URL(SHA256(verifier))).',
          ),
          v.examples(['S256']),
        ),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'redirect',
  response: v.pipe(
    v.object({
      Location: v.optional(
        v.pipe(
          v.string(),
          v.description(
            'Header of the 302: the consent page, which then sends the browser to `redirect_uri?code=<code>&state=<state>`.',
          ),
        ),
      ),
    }),
    v.description('A 302 redirect without a body.'),
  ),
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go'],
  example: {
    query: {
      response_type: 'code',
      client_id: SANDBOX_IDS.oauthClient,
      redirect_uri: EXAMPLE_REDIRECT_URI,
      state: 'c2b1f0d8a4',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    },
  },
  auth: 'none',
  related: ['oauth-authorization-code', 'oauth-pkce', 'oauth-token-authorization-code', 'oauth-token-pkce'],
});
