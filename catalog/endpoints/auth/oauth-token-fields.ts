import * as v from 'valibot';

// What the OAuth token endpoints share: no Coze envelope, the token fields at the top level.

/** The access token every token flow answers with. */
export const AccessTokenSchema = v.pipe(
  v.string(),
  v.description('Access token; send it as `Authorization: Bearer <access_token>` on API calls.'),
);

/** When the access token expires: a point in time, not a duration. */
export const ExpiresAtSchema = v.pipe(
  v.number(),
  v.integer(),
  v.description('When the access token expires, as Unix seconds (a point in time, not a duration).'),
  v.examples([1718609571]),
);

/** The single-use refresh token of the user-token flows. */
export const RefreshTokenSchema = v.pipe(
  v.string(),
  v.description('Refresh token for oauth-token-refresh: valid 30 days, and used up by a refresh.'),
);

/** The answer of the flows that hand out a user token: authorization code, PKCE, device, refresh. */
export const UserTokenResponseSchema = v.object({
  access_token: v.optional(AccessTokenSchema),
  expires_in: v.optional(ExpiresAtSchema),
  refresh_token: v.optional(RefreshTokenSchema),
});

/** The note every token flow shares: how errors come back. */
export const OAUTH_ERROR_NOTE =
  'Answers have no Coze envelope: a token comes back at the top level, an error as `{error_code, error_message}` with `invalid_request`, `invalid_client`, `unsupported_grant_type`, `access_deny` or `internal_error`.';

/** A redirect URI for examples: where a local app would receive the code. */
export const EXAMPLE_REDIRECT_URI = 'http://127.0.0.1:8080/oauth/callback';

/** The body fields that exchange an authorization code, with or without PKCE. */
export const CODE_EXCHANGE_FIELDS = {
  grant_type: v.pipe(v.picklist(['authorization_code']), v.description('Always `authorization_code`.')),
  code: v.pipe(
    v.string(),
    v.nonEmpty('code is required'),
    v.description('The `code` query parameter of the authorize redirect.'),
  ),
  client_id: v.pipe(v.string(), v.nonEmpty('client_id is required'), v.description('Client id of the OAuth app.')),
  redirect_uri: v.pipe(
    v.string(),
    v.nonEmpty('redirect_uri is required'),
    v.description('The same redirect URL as in the authorize step.'),
  ),
};
