import { defineDocPage } from '../events/define';
import { COZE_ERROR_CODE_ROWS } from './coze-error-code-rows';

/** Every Coze `code` we know of, with what it means and what to do. */
export default defineDocPage({
  id: 'coze-error-codes',
  group: 'errors',
  titleZh: '错误码',
  titleEn: 'Error codes',
  kind: 'reference',
  summary:
    'What the `code` in a Coze response means and how to fix it, for every code we have found in the docs and the official SDKs.',
  sections: [
    {
      kind: 'text',
      heading: 'Where codes appear',
      paragraphs: [
        'Every JSON response carries `code` and `msg`: `0` is success, anything else an error. The HTTP status is often 200 even then, so always read `code`.',
        'A streaming call may answer with a JSON error body (`Content-Type: application/json`) instead of a stream, or fail midway with an `error` event carrying `{code, msg}`; workflow streams use an `Error` event with `error_code` and `error_message`. WebSocket APIs send an `error` frame; a rejected handshake answers HTTP 401 or 403.',
        'When asking Coze for help, give the code, the message and the log id: the `X-Tt-Logid` response header (`curl -i` shows it), also found in the body as `detail.logid`.',
        'The official error-code page and the codes quoted on single API pages do not always agree; where they differ, both meanings are given.',
      ],
    },
    {
      kind: 'error-codes',
      heading: 'Codes',
      codes: COZE_ERROR_CODE_ROWS,
    },
    {
      kind: 'table',
      heading: 'How the SDKs raise them',
      columns: ['SDK', 'Error type'],
      rows: [
        [
          'coze-js',
          'HTTP 400 or code 4000 → BadRequestError; 401/4100 → AuthenticationError; 403/4101 → PermissionDeniedError; 404/4200 → NotFoundError; 429/4013 → RateLimitError; 408 → TimeoutError; 502 → GatewayError; other 5xx → InternalServerError; no response → APIConnectionError. Each has `code`, `msg` and `logid`.',
        ],
        [
          'cozepy',
          '`CozeAPIError` with `code`, `msg` and `logid`; `CozePKCEAuthError` for the OAuth error strings below.',
        ],
        ['coze-go', '`*coze.Error` (read it with `coze.AsCozeError`) and `*coze.AuthError` (`coze.AsAuthError`).'],
        ['coze-java', '`CozeApiException` with code, message and log id; `CozeAuthException` for OAuth.'],
      ],
    },
    {
      kind: 'table',
      heading: 'OAuth error strings',
      columns: ['error_code', 'Meaning', 'What to do'],
      rows: [
        [
          'authorization_pending',
          'Device flow: the user has not finished authorising yet.',
          'Keep polling at the given interval.',
        ],
        ['slow_down', 'Device flow: you poll too often.', 'Poll less often.'],
        ['access_denied', 'The user refused the authorisation.', 'Start the authorisation again.'],
        ['expired_token', 'The device code or the token has expired.', 'Start the flow again, or refresh.'],
      ],
    },
    {
      kind: 'code',
      heading: 'See the log id of a failing call',
      language: 'bash',
      code: `curl -i 'https://api.coze.cn/v1/bots/7455701873619140627' \\
  -H "Authorization: Bearer $COZE_API_TOKEN"
# HTTP/2 200
# x-tt-logid: 20250107110512A1B2C3D4E5F60718293A
# {"code":4101,"msg":"...","detail":{"logid":"20250107110512A1B2C3D4E5F60718293A"}}`,
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'best-practice-4100-4101', note: 'Step by step through authentication errors.' },
        { pageId: 'realtime-error-codes', note: 'Codes of Realtime voice rooms.' },
        { pageId: 'api-faq', note: 'Common questions about calling the API.' },
      ],
    },
  ],
});
