import type { SdkCallId } from '../../endpoint-table';
import { cString, TOKEN_ENV, type Json } from '../shared';

// The OAuth token calls, made with coze-java's OAuth clients (api/src/main/java/com/coze/openapi/
// service/auth/*OAuthClient.java): each builds its own client instead of a CozeAPI.

const AUTH = 'com.coze.openapi.service.auth';
const OAUTH_TOKEN = 'com.coze.openapi.client.auth.OAuthToken';

/** An OAuth program's body: the client, the call, the answer printed, the client shut down. */
export interface OAuthCall {
  readonly imports: readonly string[];
  readonly lines: readonly string[];
}

const str = (value: unknown) => cString(String(value ?? ''));

function client(type: string, base: string, settings: readonly string[]): string[] {
  return [
    `${type} oauth =`,
    `    new ${type}.${type.replace('Client', 'Builder')}()`,
    ...settings.map((line) => `        .${line}`),
    `        .baseURL(${base})`,
    '        .build();',
  ];
}

function program(type: string, base: string, settings: string[], call: string, result = 'OAuthToken'): OAuthCall {
  return {
    imports: [`${AUTH}.${type}`, result === 'OAuthToken' ? OAUTH_TOKEN : `com.coze.openapi.client.auth.${result}`],
    lines: [
      ...client(type, base, settings),
      `${result} result = oauth.${call};`,
      'System.out.println(result);',
      'oauth.shutdownExecutor();',
    ],
  };
}

const NO_SECRET = `// This flow has no client secret: coze-java sends no Authorization header, where the java.net.http sample sends ${TOKEN_ENV}.`;
const SECRET = `// The app's client secret, which the java.net.http sample sends as the bearer token.`;

/** The scope a JWT token is narrowed to, as coze-java's one Scope factory builds it. */
function scope(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const permissions = ((value as Json).account_permission as Json | undefined)?.permission_list;
  const bots = (
    ((value as Json).attribute_constraint as Json | undefined)?.connector_bot_chat_attribute as Json | undefined
  )?.bot_id_list;
  const list = (items: unknown) =>
    Array.isArray(items) ? `List.of(${items.map((item) => cString(String(item))).join(', ')})` : 'null';
  return `Scope.buildBotChat(${list(bots)}, ${list(permissions)})`;
}

function jwt(body: Json, base: string): OAuthCall {
  const ttl = typeof body.duration_seconds === 'number' ? String(body.duration_seconds) : undefined;
  const narrowed = scope(body.scope);
  const args = [ttl, narrowed].filter(Boolean).join(', ');
  const call = program(
    'JWTOAuthClient',
    base,
    [
      'clientID(System.getenv("COZE_JWT_OAUTH_CLIENT_ID"))',
      'publicKey(System.getenv("COZE_JWT_OAUTH_PUBLIC_KEY_ID"))',
      'privateKey(Files.readString(Path.of(System.getenv("COZE_JWT_OAUTH_PRIVATE_KEY_FILE_PATH"))))',
    ],
    `getAccessToken(${args})`,
  );
  return {
    imports: [
      ...call.imports,
      'java.nio.file.Files',
      'java.nio.file.Path',
      ...(narrowed ? ['com.coze.openapi.client.auth.scope.Scope'] : []),
    ],
    lines: [
      `// JWTOAuthClient signs the JWT (the java.net.http sample sends one as ${TOKEN_ENV}) with the app's private key.`,
      ...call.lines,
    ],
  };
}

/** The coze-java program for an OAuth token call, or undefined for other endpoints. */
export function oauthCall(id: SdkCallId<'java'> | undefined, body: Json, base: string): OAuthCall | undefined {
  const clientID = `clientID(${str(body.client_id)})`;
  const withNote = (note: string, call: OAuthCall): OAuthCall => ({ ...call, lines: [note, ...call.lines] });
  const secret = `clientSecret(System.getenv("${TOKEN_ENV}"))`;
  switch (id) {
    case 'oauth-device-code':
      return withNote(NO_SECRET, program('DeviceOAuthClient', base, [clientID], 'getDeviceCode()', 'DeviceAuthResp'));
    case 'oauth-token-device':
      return withNote(
        NO_SECRET,
        program('DeviceOAuthClient', base, [clientID], `getAccessToken(${str(body.device_code)})`),
      );
    case 'oauth-token-pkce':
      return withNote(
        NO_SECRET,
        program(
          'PKCEOAuthClient',
          base,
          [clientID],
          `getAccessToken(${str(body.code)}, ${str(body.redirect_uri)}, ${str(body.code_verifier)})`,
        ),
      );
    case 'oauth-token-authorization-code':
      return withNote(
        SECRET,
        program(
          'WebOAuthClient',
          base,
          [clientID, secret],
          `getAccessToken(${str(body.code)}, ${str(body.redirect_uri)})`,
        ),
      );
    case 'oauth-token-refresh':
      return withNote(
        SECRET,
        program('WebOAuthClient', base, [clientID, secret], `refreshToken(${str(body.refresh_token)})`),
      );
    case 'oauth-token-jwt':
      return jwt(body, base);
    default:
      return undefined;
  }
}
