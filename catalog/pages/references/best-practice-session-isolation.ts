import { defineDocPage } from '../events/define';

/** How to keep the conversations of different end users apart. */
export default defineDocPage({
  id: 'best-practice-session-isolation',
  group: 'best-practices',
  titleZh: '如何实现会话隔离',
  titleEn: 'Isolating end-user sessions',
  kind: 'reference',
  summary:
    "Why end users who share one token can see each other's conversations, and how OAuth JWT tokens with a `session_name` keep them apart.",
  sections: [
    {
      kind: 'text',
      heading: 'The problem',
      paragraphs: [
        'Coze sees every call made with one access token as the same Coze user. If your app serves many end users with one token, they share conversations: one user can list or continue what another said.',
        'By default data is kept apart per channel, Coze account and agent. Adding a `session_name` to an OAuth JWT token adds a fourth key, so each end user gets their own conversations and their own user variables.',
        '`user_id` in a chat (also `uid` of create-room and `chat_config.user_id` of the WebSocket chat) separates context and memory per end user, but the data still belongs to the same Coze user. It is not isolation.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Isolate users',
      steps: [
        'Create an OAuth app of the JWT kind (only JWT tokens support session isolation).',
        "When one of your users needs a token, sign a JWT (RS256, your public key id as `kid` in its header) with `session_name` set to that user's id, as a string, in the payload, and exchange it for an access token.",
        'Give each user only their own token; with the Chat SDK, return it from `auth.onRefreshToken`.',
        'Let Coze create conversation ids; never hard-code one `conversation_id` for several users.',
      ],
    },
    {
      kind: 'code',
      heading: 'JWT payload with a session name',
      language: 'json',
      code: `{
  "iss": "1175436783921",
  "aud": "api.coze.cn",
  "iat": 1736220000,
  "exp": 1736223600,
  "jti": "b2f9e0c4-6a31-4d7f-9c58-0e4a7d3b1f62",
  "session_name": "user_20250107_001"
}`,
    },
    {
      kind: 'code',
      heading: "Exchange it for the user's access token",
      language: 'bash',
      code: `curl -X POST 'https://api.coze.cn/api/permission/oauth2/token' \\
  -H "Authorization: Bearer $SIGNED_JWT" \\
  -H 'Content-Type: application/json' \\
  -d '{"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer","duration_seconds":900}'`,
    },
    {
      kind: 'table',
      heading: 'Session names in the SDKs',
      columns: ['SDK', 'Where to pass it'],
      rows: [
        ['coze-js', '`getJWTToken({ ..., sessionName })`'],
        ['cozepy', '`JWTOAuthApp.get_access_token(ttl, scope, session_name=...)`'],
        ['coze-go', '`JWTOAuthClient.GetAccessToken(ctx, &GetJWTAccessTokenReq{SessionName: ...})`'],
        ['coze-java', '`sessionName` on the `JWTOAuth` builder'],
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-jwt-developer', note: 'Set up OAuth with JWT.' },
        { pageId: 'oauth-token-jwt', note: 'Exchange a JWT for an access token.' },
        { pageId: 'create-chat', note: '`user_id` separates memory, not data.' },
        { pageId: 'ws-chat', note: '`chat_config.user_id` of the voice chat.' },
        { pageId: 'audio-rooms-create', note: '`uid` of a voice room.' },
      ],
    },
  ],
});
