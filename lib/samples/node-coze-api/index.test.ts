import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../../catalog';
import { buildRequest, exampleValues, type FormValues, type Region } from '../../request-model';
import { buildSamples, type Sample } from '../index';
import { OAUTH_ENV } from './index';
import { isCallable } from '../shared';

const origin = 'https://playground.test';
// What Run sends as the bearer: for the web-app exchange, the client secret.
const TOKEN = 'pat_SECRET_client_secret_do_not_leak';
const VERIFIER = 'SECRETverifierSECRETverifierSECRETverifier0123';
const REFRESH = 'rt_SECRET_refresh_do_not_leak';

function nodeTab(id: string, values?: FormValues, region: Region = 'cn'): Sample {
  const endpoint = findEndpoint(id)!;
  const form = values ?? exampleValues(endpoint);
  const model = buildRequest(endpoint, form, { region, origin, token: TOKEN });
  return buildSamples(endpoint, model, form).find((sample) => sample.language === 'node')!;
}

/** The endpoint's example with every secret field the form has holding a fake secret. */
function withSecrets(id: string): FormValues {
  const values = exampleValues(findEndpoint(id)!);
  if ('code_verifier' in values.body) values.body.code_verifier = VERIFIER;
  if ('refresh_token' in values.body) values.body.refresh_token = REFRESH;
  return values;
}

const OAUTH_HELPERS = {
  'oauth-device-code': 'getDeviceCode',
  'oauth-token-device': 'getDeviceToken',
  'oauth-token-authorization-code': 'getWebOAuthToken',
  'oauth-token-pkce': 'getPKCEOAuthToken',
  'oauth-token-refresh': 'refreshOAuthToken',
  'oauth-token-jwt': 'getJWTToken',
} as const;

describe('@coze/api samples', () => {
  const withNode = ENDPOINTS.filter((endpoint) => isCallable(endpoint) && endpoint.sdks.includes('node'));

  it.each(withNode.map((endpoint) => [endpoint.id]))('%s gets @coze/api code on the node tab', (id) => {
    const sample = nodeTab(id);
    expect(sample.kind).toBe('sdk');
    expect(sample.note).toBeUndefined();
    expect(sample.code).toContain("from '@coze/api';");
  });
});

describe('@coze/api OAuth samples', () => {
  it.each(Object.entries(OAUTH_HELPERS))('%s calls %s with the region’s base URL, without a client', (id, helper) => {
    const code = nodeTab(id).code;
    expect(code).toContain(`import { COZE_CN_BASE_URL, ${helper} } from '@coze/api';`);
    expect(code).toContain('const baseURL = process.env.COZE_API_BASE ?? COZE_CN_BASE_URL;');
    expect(code).toContain(`const result = await ${helper}({\n  baseURL,\n`);
    expect(code).not.toContain('new CozeAPI');
    expect(nodeTab(id, undefined, 'com').code).toContain('process.env.COZE_API_BASE ?? COZE_COM_BASE_URL;');
    expect(nodeTab(id, undefined, 'sandbox').code).toContain(
      `process.env.COZE_API_BASE ?? '${origin}/api/relay/sandbox';`,
    );
  });

  it.each(Object.keys(OAUTH_HELPERS))('%s never writes the token or a secret from the form', (id) => {
    const code = nodeTab(id, withSecrets(id)).code;
    for (const secret of [TOKEN, VERIFIER, REFRESH]) expect(code).not.toContain(secret);
  });

  it('reads the secrets from the environment, and says so', () => {
    const web = nodeTab('oauth-token-authorization-code', withSecrets('oauth-token-authorization-code')).code;
    expect(web).toContain(`clientSecret: process.env.${OAUTH_ENV.clientSecret},`);
    expect(web).toMatch(/client secret is read from COZE_CLIENT_SECRET: never write it into code/);
    const pkce = nodeTab('oauth-token-pkce', withSecrets('oauth-token-pkce')).code;
    expect(pkce).toContain(`codeVerifier: process.env.${OAUTH_ENV.codeVerifier},`);
    expect(pkce).not.toContain('clientSecret');
    const refresh = nodeTab('oauth-token-refresh', withSecrets('oauth-token-refresh')).code;
    expect(refresh).toContain(`refreshToken: process.env.${OAUTH_ENV.refreshToken},`);
    expect(refresh).toContain(`clientSecret: process.env.${OAUTH_ENV.clientSecret},`);
  });

  it('passes the form’s public values as they are', () => {
    const values = exampleValues(findEndpoint('oauth-token-pkce')!);
    const code = nodeTab('oauth-token-pkce', values).code;
    expect(code).toContain(`clientId: '${values.body.client_id}',`);
    expect(code).toContain(`redirectUrl: '${values.body.redirect_uri}',`);
    expect(code).toContain(`code: '${values.body.code}',`);
    expect(nodeTab('oauth-token-device').code).toContain('  poll: true,\n');
  });

  it('signs the JWT with a key read from a file, for the region’s audience', () => {
    const values = exampleValues(findEndpoint('oauth-token-jwt')!);
    values.body.duration_seconds = 3600;
    const code = nodeTab('oauth-token-jwt', values).code;
    expect(code.split('\n')[0]).toBe("import { readFileSync } from 'node:fs';");
    expect(code).toContain(`appId: process.env.${OAUTH_ENV.clientId},`);
    expect(code).toContain(`keyid: process.env.${OAUTH_ENV.publicKeyId},`);
    expect(code).toContain(
      `privateKey: readFileSync(process.env.${OAUTH_ENV.privateKeyFile} ?? 'private_key.pem', 'utf8'),`,
    );
    expect(code).toContain("aud: 'api.coze.cn',");
    expect(code).toContain('durationSeconds: 3600,');
    expect(code).not.toContain('scope');
    expect(nodeTab('oauth-token-jwt', values, 'com').code).toContain("aud: 'api.coze.com',");
  });

  it('sends the JWT scope the form narrows the token to', () => {
    const values = exampleValues(findEndpoint('oauth-token-jwt')!);
    values.body.scope = {
      account_permission: { permission_list: ['Connector.botChat'] },
      attribute_constraint: { connector_bot_chat_attribute: { bot_id_list: ['7351000000000000001'] } },
    };
    const code = nodeTab('oauth-token-jwt', values).code;
    expect(code).toContain('  scope: {\n    account_permission: {');
    expect(code).toContain("'7351000000000000001'");
  });
});
