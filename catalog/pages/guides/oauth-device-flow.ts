import type { DocPage } from '../../types';

/** OAuth 设备授权: the device code flow for TVs, devices and command-line tools. */
const page: DocPage = {
  id: 'oauth-device-flow',
  group: 'auth',
  titleZh: 'OAuth 设备授权',
  titleEn: 'OAuth device authorization flow',
  kind: 'guide',
  summary:
    'For TVs, devices and command-line tools that cannot show a consent page: the device displays a short code, the user approves it on another screen, and the device polls until the token is ready.',
  sections: [
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app: type standard, client type TV, device or command-line program.',
        'POST `client_id` to `/api/permission/oauth2/device/code`. The answer holds `device_code`, `user_code`, `verification_uri`, `expires_in` (seconds the codes live, 300 by default) and `interval` (seconds between polls, 5 by default).',
        'Show the user `verification_uri` and `user_code`, as text or a QR code. They open the page on a phone or computer, sign in and enter the code.',
        'Meanwhile poll the token endpoint every `interval` seconds with `grant_type: urn:ietf:params:oauth:grant-type:device_code`, `client_id` and `device_code`.',
        'Once the user approves, the answer holds `access_token` (15 minutes, `expires_in` an absolute Unix time) and `refresh_token` (30 days, single use). Refresh with `grant_type: refresh_token`.',
      ],
    },
    {
      kind: 'table',
      heading: 'Answers while polling',
      columns: ['Value', 'What to do'],
      rows: [
        ['`authorization_pending`', 'The user has not approved yet: keep polling.'],
        ['`slow_down`', 'You poll too fast: add a few seconds to the interval.'],
        ['`access_denied`', 'The user refused: stop.'],
        ['`expired_token`', 'The device code ran out: start again from the device-code request.'],
      ],
    },
    {
      kind: 'text',
      paragraphs: [
        'The docs put these values in a field named `error`, while the SDKs read `error_code`; accept either.',
        'Note the two meanings of `expires_in`: on the device-code answer it is a duration in seconds, on the token answer an absolute timestamp.',
      ],
    },
    {
      kind: 'code',
      heading: 'Get the codes',
      language: 'bash',
      code: "curl -X POST 'https://api.coze.cn/api/permission/oauth2/device/code' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"client_id\":\"<client_id>\"}'",
    },
    {
      kind: 'code',
      heading: 'Poll for the token',
      language: 'bash',
      code: 'curl -X POST \'https://api.coze.cn/api/permission/oauth2/token\' \\\n  -H \'Content-Type: application/json\' \\\n  -d \'{"grant_type":"urn:ietf:params:oauth:grant-type:device_code","client_id":"<client_id>","device_code":"<device_code>"}\'',
    },
    {
      kind: 'links',
      heading: 'Endpoints',
      links: [
        { pageId: 'oauth-device-code', note: 'Step 2.' },
        { pageId: 'oauth-token-device', note: 'Step 4, polled.' },
        { pageId: 'oauth-token-refresh' },
      ],
    },
  ],
};

export default page;
