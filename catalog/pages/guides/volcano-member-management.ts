import type { DocPage } from '../../types';

/** 成员管理（火山 API）: creating team members through Volcano Engine's own API. */
const page: DocPage = {
  id: 'volcano-member-management',
  group: 'enterprise',
  titleZh: '成员管理（火山 API）',
  titleEn: 'Member management (Volcano Engine API)',
  kind: 'guide',
  summary:
    "Before employees can be added to a Coze team or enterprise they must exist as Volcano Engine IAM sub-users. Creating them goes through Volcano Engine's own API, signed with an AccessKey, not through Coze tokens.",
  sections: [
    {
      kind: 'text',
      heading: 'Not a Coze API',
      paragraphs: [
        'These calls go to `open.volcengineapi.com` in the Volcano Engine OpenAPI format and are signed with the AccessKey ID and SecretKey of a Volcano account (HMAC-SHA256). Coze access tokens do not work, and neither this playground nor the Coze SDKs can make them.',
        "Use Volcano Engine's API Explorer to try them, or a Volcengine SDK, which signs requests for you.",
        'Each API allows 5 requests per second, shared by every AccessKey of the main account.',
        "For safety, give the program its own IAM user with the CozeFullAccess and CloudIdentityFullAccess policies and use that user's keys.",
      ],
    },
    {
      kind: 'table',
      heading: 'Actions',
      columns: ['Action', 'What it does'],
      rows: [
        [
          '`CreateUser`',
          'Creates one member (a sub-user) and adds them to the Coze team or enterprise. One member per request, and no concurrent requests. Keep the returned `UserID`.',
        ],
        ['`AuthorizeCozeToUser`', 'Lets the member use Coze; this also activates them.'],
        ['`AuthorizeVolcToUser`', 'Optional: also lets the member sign in to the Volcano Engine console.'],
        [
          '`ListCozeUser`',
          'Lists members: Volcano user ID and name, Coze UID and name, whether they are in the enterprise.',
        ],
      ],
    },
    {
      kind: 'steps',
      heading: 'Add an employee',
      steps: [
        'Get an AccessKey ID and SecretKey for a Volcano account (preferably the dedicated IAM user above).',
        'Call `CreateUser` with the user name and, for example, a phone number or e-mail; note the `UserID` in the result.',
        'Call `AuthorizeCozeToUser` with that `UserID`.',
        'Optionally call `AuthorizeVolcToUser` too.',
        "Manage the member's Coze role with the Coze endpoints below.",
      ],
    },
    {
      kind: 'code',
      heading: 'Shape of a request',
      language: 'http',
      code: 'POST /?Action=CreateUser&Version=2025-06-01 HTTP/1.1\nHost: open.volcengineapi.com\nContent-Type: application/json; charset=UTF-8\nX-Date: 20250605T145232Z\nAuthorization: HMAC-SHA256 Credential=<AccessKeyId>/20250605/cn-beijing/coze/request, SignedHeaders=host;x-content-sha256;x-date, Signature=<signature>\n\n{"UserName": "alice", "SecureEmail": "alice@example.com"}',
    },
    {
      kind: 'links',
      heading: 'Coze endpoints for members',
      links: [
        { pageId: 'add-enterprise-members' },
        { pageId: 'update-enterprise-member-role' },
        { pageId: 'remove-enterprise-member' },
        { pageId: 'add-organization-members' },
      ],
    },
  ],
};

export default page;
