/** Chinese for the `auth` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const AUTH: readonly (readonly [string, string])[] = [
  [
    "The page a user's browser opens to let an OAuth app act for them. After consent, Coze redirects back to `redirect_uri` with a `code` to exchange for a token.",
    '用户浏览器打开的授权页，用于让 OAuth 应用代表用户操作。用户同意后，扣子会重定向回 `redirect_uri`，并带上用于换取令牌的 `code`。',
  ],
  [
    'A page on www.coze.cn (or www.coze.com), not an API call on api.coze.cn: open the URL in a browser, the relay does not send it.',
    '这是 www.coze.cn（或 www.coze.com）上的页面，不是 api.coze.cn 上的 API 调用：请在浏览器中打开该 URL，中转服务不会发送它。',
  ],
  [
    'Web apps send `client_id`, `redirect_uri` and `state`; PKCE apps add `code_challenge` and `code_challenge_method`.',
    'Web 应用需传 `client_id`、`redirect_uri` 和 `state`；PKCE 应用还需加上 `code_challenge` 和 `code_challenge_method`。',
  ],
  ['Check that the `state` in the redirect is the one you sent.', '请核对重定向中的 `state` 是否与你发送的一致。'],
  [
    'Enterprise editions have a workspace variant, `/api/permission/oauth2/workspace_id/:workspace_id/authorize`, that grants access to that workspace.',
    '企业版另有工作空间维度的地址 `/api/permission/oauth2/workspace_id/:workspace_id/authorize`，用于授予该工作空间的访问权限。',
  ],
  ['Channel-type OAuth apps cannot use the code flow.', '渠道类型的 OAuth 应用不能使用授权码流程。'],
  ['Always `code`.', '固定为 `code`。'],
  ['Client id of the OAuth app.', 'OAuth 应用的客户端 ID。'],
  [
    'Redirect URL registered on the OAuth app; URL-encode characters such as `#`.',
    'OAuth 应用中登记的重定向 URL；`#` 等字符需进行 URL 编码。',
  ],
  [
    'Random value against CSRF, sent back with the redirect; check it there.',
    '用于防范 CSRF 的随机值，会随重定向原样返回，请在回调时校验。',
  ],
  [
    'PKCE only, and then required: the challenge derived from your `code_verifier`.',
    '仅 PKCE 使用，且此时必填：由 `code_verifier` 派生出的 challenge。',
  ],
  [
    'PKCE only, and then required: `plain` (the challenge is the verifier; the default) or `S256` (BASE64URL(SHA256(verifier))).',
    '仅 PKCE 使用，且此时必填：`plain`（challenge 即 verifier，默认值）或 `S256`（BASE64URL(SHA256(verifier))）。',
  ],
  [
    'Header of the 302: the consent page, which then sends the browser to `redirect_uri?code=<code>&state=<state>`.',
    '302 响应的头部：指向授权同意页，之后浏览器会被带到 `redirect_uri?code=<code>&state=<state>`。',
  ],
  [
    'Starts the device flow for apps without a browser, such as TVs and command-line tools: returns a code for the user to enter on a Coze page, and a device code to poll oauth-token-device with.',
    '为电视、命令行工具等没有浏览器的应用发起设备授权流程：返回一个供用户在扣子页面输入的用户码，以及一个用于轮询 oauth-token-device 的设备码。',
  ],
  ['The OAuth app must be of the TV/device/CLI client type.', 'OAuth 应用须为 TV/设备/CLI 客户端类型。'],
  [
    'Show `user_code` and `verification_uri` to the user, then poll oauth-token-device no faster than `interval` seconds until `expires_in` runs out.',
    '向用户展示 `user_code` 和 `verification_uri`，然后以不快于 `interval` 秒一次的频率轮询 oauth-token-device，直到 `expires_in` 到期。',
  ],
  [
    'Unlike the token endpoints, `expires_in` here is a duration in seconds.',
    '与令牌接口不同，这里的 `expires_in` 是以秒为单位的时长。',
  ],
  [
    'Enterprise editions have a workspace variant, `/api/permission/oauth2/workspace_id/:workspace_id/device/code`.',
    '企业版另有工作空间维度的地址 `/api/permission/oauth2/workspace_id/:workspace_id/device/code`。',
  ],
  [
    'Answers have no Coze envelope: the codes come back at the top level, an error as `{error_code, error_message}` (`invalid_request`, `invalid_client`, `internal_error`...).',
    '响应没有扣子的通用外层结构：各个码直接位于顶层，错误则为 `{error_code, error_message}`（`invalid_request`、`invalid_client`、`internal_error`...）。',
  ],
  ['Client id of an OAuth app of the TV/device/CLI type.', 'TV/设备/CLI 类型 OAuth 应用的客户端 ID。'],
  ['Code the device sends when polling for the token.', '设备轮询令牌时发送的设备码。'],
  [
    'Code the user types on the verification page; a string, though the docs type it Integer.',
    '用户在验证页面输入的用户码；实际为字符串，尽管文档标注为 Integer。',
  ],
  ['Page where the user enters `user_code`.', '用户输入 `user_code` 的页面。'],
  ['Verification URL; sent as well, though the docs do not list it.', '验证 URL；实际也会返回，尽管文档未列出。'],
  [
    'How long `device_code` and `user_code` stay valid, in seconds (default 300).',
    '`device_code` 和 `user_code` 的有效期，单位为秒（默认 300）。',
  ],
  ['Seconds to wait between two polls, at least (default 5).', '两次轮询之间至少等待的秒数（默认 5）。'],
  [
    "A web app's server trades the `code` from the authorize redirect for a user access token and a refresh token, proving itself with the app's client secret.",
    'Web 应用的服务端用授权重定向中的 `code` 换取用户访问令牌和刷新令牌，并以应用的客户端密钥证明身份。',
  ],
  [
    "Send the web app's client secret as `Authorization: Bearer <client_secret>`, not a personal access token.",
    '以 `Authorization: Bearer <client_secret>` 发送 Web 应用的客户端密钥，而不是个人访问令牌。',
  ],
  [
    'PKCE apps post the same `grant_type` without a secret and with `code_verifier`: see oauth-token-pkce.',
    'PKCE 应用使用相同的 `grant_type`，不带密钥、改带 `code_verifier`：参见 oauth-token-pkce。',
  ],
  [
    'A code works once. The access token lasts 15 minutes; renew it with oauth-token-refresh.',
    '授权码只能使用一次。访问令牌有效期为 15 分钟，可通过 oauth-token-refresh 续期。',
  ],
  [
    'Answers have no Coze envelope: a token comes back at the top level, an error as `{error_code, error_message}` with `invalid_request`, `invalid_client`, `unsupported_grant_type`, `access_deny` or `internal_error`.',
    '响应没有扣子的通用外层结构：令牌直接位于顶层，错误则为 `{error_code, error_message}`，取值为 `invalid_request`、`invalid_client`、`unsupported_grant_type`、`access_deny` 或 `internal_error`。',
  ],
  ['Always `authorization_code`.', '固定为 `authorization_code`。'],
  ['The `code` query parameter of the authorize redirect.', '授权重定向中的 `code` 查询参数。'],
  ['The same redirect URL as in the authorize step.', '与授权步骤中相同的重定向 URL。'],
  [
    'Access token; send it as `Authorization: Bearer <access_token>` on API calls.',
    '访问令牌；调用 API 时以 `Authorization: Bearer <access_token>` 发送。',
  ],
  [
    'When the access token expires, as Unix seconds (a point in time, not a duration).',
    '访问令牌的过期时间，Unix 时间戳（秒），是一个时间点而非时长。',
  ],
  [
    'Refresh token for oauth-token-refresh: valid 30 days, and used up by a refresh.',
    '用于 oauth-token-refresh 的刷新令牌：有效期 30 天，刷新一次即失效。',
  ],
  [
    'Polled by a device in the device flow: answers with a pending state until the user has entered the code, then with a user access token and a refresh token.',
    '设备授权流程中由设备轮询：在用户输入用户码之前返回等待状态，之后返回用户访问令牌和刷新令牌。',
  ],
  [
    'Poll no faster than the `interval` oauth-device-code gave; `slow_down` asks you to wait longer between polls.',
    '轮询频率不得快于 oauth-device-code 返回的 `interval`；收到 `slow_down` 表示需要拉长轮询间隔。',
  ],
  [
    'Until the user decides, the answer carries a state instead of a token: `authorization_pending` (keep polling), `slow_down`, `access_denied` (the user refused) or `expired_token` (start again).',
    '在用户做出决定之前，响应中返回的是状态而非令牌：`authorization_pending`（继续轮询）、`slow_down`、`access_denied`（用户拒绝）或 `expired_token`（需重新开始）。',
  ],
  [
    'The docs name the state field `error`; clients also see it as `error_code` with `error_message`, so read both.',
    '文档中状态字段名为 `error`；客户端也会以 `error_code` 加 `error_message` 的形式收到，因此两者都要读取。',
  ],
  ['Always `urn:ietf:params:oauth:grant-type:device_code`.', '固定为 `urn:ietf:params:oauth:grant-type:device_code`。'],
  ['The `device_code` oauth-device-code returned.', 'oauth-device-code 返回的 `device_code`。'],
  [
    'While there is no token yet: `authorization_pending` (keep polling), `slow_down` (poll less often), `access_denied` (the user refused) or `expired_token` (the device code ran out).',
    '尚无令牌时的状态：`authorization_pending`（继续轮询）、`slow_down`（降低轮询频率）、`access_denied`（用户拒绝）或 `expired_token`（设备码已过期）。',
  ],
  ['What the state means, for people.', '状态含义的可读说明。'],
  [
    'A server-side OAuth app trades a JWT signed with its private key for an access token, without a user in the loop. Channel apps can narrow the token to chatting with given agents.',
    '服务端 OAuth 应用用私钥签名的 JWT 换取访问令牌，全程无需用户参与。渠道应用可将令牌限定为只能与指定智能体对话。',
  ],
  [
    'The JWT goes in `Authorization: Bearer <JWT>`: RS256, header `kid` = the public key fingerprint; payload `iss` = client id, `aud` = api.coze.cn (or api.coze.com), `iat`, `exp`, and a unique `jti`. Each JWT works once.',
    'JWT 放在 `Authorization: Bearer <JWT>` 中：使用 RS256，头部 `kid` 为公钥指纹；载荷中 `iss` 为客户端 ID，`aud` 为 api.coze.cn（或 api.coze.com），另含 `iat`、`exp` 以及唯一的 `jti`。每个 JWT 只能使用一次。',
  ],
  [
    'Optional payload claims: `session_name` isolates conversations per end user; `session_context.device_info` carries device ids for usage control.',
    '可选的载荷声明：`session_name` 用于按终端用户隔离会话；`session_context.device_info` 携带设备 ID，用于用量管控。',
  ],
  [
    'The token lasts `duration_seconds`: 900 by default, at most 86399. There is no refresh token; sign a new JWT instead.',
    '令牌有效期为 `duration_seconds`：默认 900，最长 86399。没有刷新令牌，过期后请重新签发 JWT。',
  ],
  [
    'Enterprise apps post to `/api/permission/oauth2/account/:account_id/token` (an organization) or `/api/permission/oauth2/enterprise_id/:enterprise_id/token` (privileged apps); the playground sends the plain path only.',
    '企业应用需请求 `/api/permission/oauth2/account/:account_id/token`（组织）或 `/api/permission/oauth2/enterprise_id/:enterprise_id/token`（特权应用）；Playground 只发送普通路径。',
  ],
  ['Always `urn:ietf:params:oauth:grant-type:jwt-bearer`.', '固定为 `urn:ietf:params:oauth:grant-type:jwt-bearer`。'],
  [
    'Token lifetime in seconds: 900 (15 minutes) by default, at most 86399 (just under a day).',
    '令牌有效期，单位为秒：默认 900（15 分钟），最长 86399（不到一天）。',
  ],
  ['Channel apps only: narrows what the token can do.', '仅渠道应用可用：收窄令牌的权限范围。'],
  ['What the token may do.', '令牌可执行的操作。'],
  ['Permission keys, e.g. `["Connector.botChat"]` to chat.', '权限键，例如 `["Connector.botChat"]` 表示对话。'],
  ['Which resources it may do it with.', '可对哪些资源执行这些操作。'],
  ['Agents the token may chat with.', '令牌可与之对话的智能体。'],
  ['Agents, published to the API channel, the token may chat with.', '令牌可与之对话的、已发布到 API 渠道的智能体。'],
  [
    'An app that cannot keep a secret, such as a mobile or single-page app, trades the `code` from the authorize redirect for a user token, proving itself with the `code_verifier` behind its `code_challenge`.',
    '无法保管密钥的应用（如移动端或单页应用）用授权重定向中的 `code` 换取用户令牌，并以其 `code_challenge` 背后的 `code_verifier` 证明身份。',
  ],
  [
    'No client secret and no Authorization header: the `code_verifier` proves the caller.',
    '不需要客户端密钥，也不需要 Authorization 头：由 `code_verifier` 证明调用方身份。',
  ],
  [
    'Posts the same `grant_type` (`authorization_code`) as the web-app flow; a body with `code_verifier` is a PKCE exchange.',
    '与 Web 应用流程使用相同的 `grant_type`（`authorization_code`）；请求体带有 `code_verifier` 即为 PKCE 换取。',
  ],
  [
    'The verifier must match the `code_challenge` and `code_challenge_method` sent to oauth-authorize.',
    'verifier 必须与发送给 oauth-authorize 的 `code_challenge` 和 `code_challenge_method` 相匹配。',
  ],
  [
    'The access token lasts 15 minutes; renew it with oauth-token-refresh.',
    '访问令牌有效期为 15 分钟，可通过 oauth-token-refresh 续期。',
  ],
  [
    'The random verifier whose transform was sent as `code_challenge`. Required for PKCE, though the docs, sharing one table with the web-app flow, mark it optional.',
    '随机生成的 verifier，其变换结果已作为 `code_challenge` 发送。PKCE 必填，尽管文档因与 Web 应用流程共用一张表而将其标为可选。',
  ],
  [
    'Trades a refresh token for a new access token and a new refresh token, so a user stays signed in past the 15-minute life of an access token. For tokens from the authorization-code, PKCE and device flows.',
    '用刷新令牌换取新的访问令牌和新的刷新令牌，使用户在访问令牌 15 分钟有效期过后仍保持登录。适用于授权码、PKCE 和设备授权流程获得的令牌。',
  ],
  [
    'Web apps send their client secret as `Authorization: Bearer <client_secret>`; PKCE and device apps send no Authorization header.',
    'Web 应用以 `Authorization: Bearer <client_secret>` 发送客户端密钥；PKCE 和设备应用不发送 Authorization 头。',
  ],
  [
    'A refresh token works once: keep the new one from the answer. Refresh tokens last 30 days.',
    '刷新令牌只能使用一次：请保存响应中新的刷新令牌。刷新令牌有效期为 30 天。',
  ],
  [
    'JWT tokens cannot be refreshed: sign a new JWT and call oauth-token-jwt.',
    'JWT 令牌不能刷新：请重新签发 JWT 并调用 oauth-token-jwt。',
  ],
  ['Always `refresh_token`.', '固定为 `refresh_token`。'],
  ['A refresh token that has not expired; a successful refresh uses it up.', '未过期的刷新令牌；刷新成功后即失效。'],
];
