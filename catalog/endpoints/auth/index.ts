import type { Endpoint } from '../../types';
import oauthAuthorize from './oauth-authorize';
import oauthDeviceCode from './oauth-device-code';
import oauthTokenAuthorizationCode from './oauth-token-authorization-code';
import oauthTokenDevice from './oauth-token-device';
import oauthTokenJwt from './oauth-token-jwt';
import oauthTokenPkce from './oauth-token-pkce';
import oauthTokenRefresh from './oauth-token-refresh';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  oauthAuthorize,
  oauthDeviceCode,
  oauthTokenAuthorizationCode,
  oauthTokenDevice,
  oauthTokenJwt,
  oauthTokenPkce,
  oauthTokenRefresh,
] as const satisfies readonly Endpoint[];

export default endpoints;
