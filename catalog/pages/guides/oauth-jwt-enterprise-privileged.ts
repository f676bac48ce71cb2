import type { DocPage } from '../../types';

/** OAuth JWT 授权（企业特权应用）: a service app that administers a team or enterprise. */
const page: DocPage = {
  id: 'oauth-jwt-enterprise-privileged',
  group: 'auth',
  titleZh: 'OAuth JWT 授权（企业特权应用）',
  titleEn: 'OAuth JWT flow (enterprise privileged apps)',
  kind: 'guide',
  summary:
    'An enterprise privileged app is a service app with enterprise, organization and workspace management permissions: it manages members, bills, organizations and workspaces of a team or enterprise.',
  sections: [
    {
      kind: 'text',
      heading: 'Requirements',
      paragraphs: [
        'Team or enterprise edition; a super admin or admin creates the app, and only in the default organization.',
        'Consider one app per duty, for example a finance app that only reads bills and a staff app that maintains members and organizations.',
      ],
    },
    {
      kind: 'steps',
      heading: 'Flow',
      steps: [
        'Create an OAuth app of type enterprise privileged (the client type can only be service application). Create a key pair, choose the management permissions, confirm, and authorize the app in the dialog.',
        'Sign a JWT as in the developer flow; `session_name` and `session_context.device_info` work the same.',
        'POST it to `/api/permission/oauth2/enterprise_id/<enterprise_id>/token`.',
        'Call the enterprise endpoints with the token: workspaces, enterprise and organization members, organizations, bills.',
      ],
    },
    {
      kind: 'text',
      heading: 'Finding the enterprise ID',
      paragraphs: [
        'Open 组织管理 (Organization management) in the left bar: the ID is the part of the URL after `/enterprise/`. In `https://www.coze.cn/enterprise/volcano_2105850xxx/` it is `volcano_2105850xxx`.',
      ],
    },
    {
      kind: 'code',
      heading: 'Ask for an enterprise token',
      language: 'bash',
      code: "curl -X POST 'https://api.coze.cn/api/permission/oauth2/enterprise_id/<enterprise_id>/token' \\\n  -H 'Authorization: Bearer <JWT>' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"grant_type\":\"urn:ietf:params:oauth:grant-type:jwt-bearer\",\"duration_seconds\":86399}'",
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'oauth-token-jwt', note: 'The token endpoint; this flow uses its enterprise path.' },
        { pageId: 'list-workspaces' },
        { pageId: 'add-enterprise-members' },
        { pageId: 'create-organization' },
        { pageId: 'bill-tasks-create' },
      ],
    },
  ],
};

export default page;
