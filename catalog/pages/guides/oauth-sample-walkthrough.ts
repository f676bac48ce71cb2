import type { DocPage } from '../../types';

/** 通过示例文件体验 OAuth 授权流程: run the console's downloadable sample to see a flow end to end. */
const page: DocPage = {
  id: 'oauth-sample-walkthrough',
  group: 'auth',
  titleZh: '通过示例文件体验 OAuth 授权流程',
  titleEn: 'Try an OAuth flow with a sample project',
  kind: 'guide',
  summary:
    'The console offers a ready-made sample for each OAuth app, with its settings filled in. Run it locally to watch the flow and get a real token within minutes; for testing only.',
  sections: [
    {
      kind: 'steps',
      heading: 'Download',
      steps: [
        'Open API 管理 (API management), then 授权 → OAuth 应用 (OAuth apps).',
        'Click the download icon of the app. Every flow has a sample; the authorization code flow uses a web backend app.',
        'Check the preview of the settings (`client_id` and others), choose Python, JavaScript, Go or Java, and download.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Run',
      steps: [
        'Unzip the archive.',
        'Start it: `bash bootstrap.sh` on Linux or macOS, `.\\bootstrap.ps1` on Windows.',
        'Open `http://127.0.0.1:8080` and follow the page to authorize; it shows the token and can refresh it.',
        'Code, PKCE and device samples then call an API that shows the authorized user. The JWT sample only shows the token: paste it into this playground (region `cn`) to try a call.',
      ],
    },
    {
      kind: 'code',
      heading: 'Start the sample',
      language: 'bash',
      code: 'unzip coze-oauth-sample.zip -d coze-oauth-sample\ncd coze-oauth-sample\nbash bootstrap.sh   # Windows: .\\bootstrap.ps1\n# then open http://127.0.0.1:8080',
    },
    {
      kind: 'table',
      heading: 'What the machine needs',
      columns: ['Language', 'Runtime'],
      rows: [
        ['Python', '3.7 or later'],
        ['JavaScript', 'Node 14 or later'],
        ['Go', '1.18 or later'],
        ['Java', '8, 11 or 17'],
        ['All', 'Port 8080 free'],
      ],
    },
    {
      kind: 'text',
      heading: 'Good to know',
      paragraphs: [
        'The token is real, but the sample is a demonstration: do not use it in production.',
        'The token can only call endpoints whose permissions the app has; choose them before downloading, or calls fail with 4101.',
        'User tokens expire after 15 minutes; refresh from the sample page.',
      ],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-app-management' },
        { pageId: 'oauth-authorization-code' },
        { pageId: 'oauth-jwt-developer' },
      ],
    },
  ],
};

export default page;
