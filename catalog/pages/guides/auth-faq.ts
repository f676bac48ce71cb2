import type { DocPage } from '../../types';

/** 鉴权常见问题: the authentication problems developers run into most. */
const page: DocPage = {
  id: 'auth-faq',
  group: 'auth',
  titleZh: '鉴权常见问题',
  titleEn: 'Authentication FAQ',
  kind: 'guide',
  summary: 'Short answers to the authentication problems that come up most often.',
  sections: [
    {
      kind: 'text',
      heading: 'Calls fail after moving workspaces to a team or enterprise',
      paragraphs: [
        'Moving workspaces from a personal or professional edition into a team or enterprise invalidates the API authorization that covered them, so live calls fail. Re-authorize, ideally before the move, with a fallback in your code: see the upgrade guide linked below.',
      ],
    },
    {
      kind: 'text',
      heading: 'The token expires too often',
      paragraphs: [
        'A personal access token lives 30 days at most and cannot be made permanent. For services, use OAuth, whose tokens your code renews by itself (refresh tokens, or a new JWT), or a service access token, which can be permanent.',
      ],
    },
    {
      kind: 'text',
      heading: 'Authorization refused: "the permissions include the team/enterprise level"',
      paragraphs: [
        'Team or enterprise level permissions (bills, quotas and the like) can only be granted by a super admin or admin of that team or enterprise. Switch to such an account (avatar at the bottom left), or, as a member, keep only workspace and account level permissions.',
      ],
    },
    {
      kind: 'text',
      heading: '4100 or 4101?',
      paragraphs: [
        '4100: the token is invalid, expired, malformed in the header, or sent to the wrong site (coze.cn tokens only work on api.coze.cn). 4101: the token is valid but lacks the permission of the endpoint, or does not cover the workspace that holds the resource.',
      ],
    },
    {
      kind: 'text',
      heading: "Can my token reach someone else's agent?",
      paragraphs: [
        'Team or enterprise: yes for reading and chatting, if you joined the workspace and selected it for the token; editing stays with the owner and collaborators. Personal editions: only workspaces you own can be selected, which is also why a workspace you merely joined does not appear in the list.',
      ],
    },
    {
      kind: 'text',
      heading: 'The token endpoint answers `invalid_client`',
      paragraphs: [
        'For the code flow the client secret is wrong. For JWT the token request was refused: the JWT expired, was already used once, was signed with a key the app does not hold, or has a wrong `kid`, `iss` or `aud`. Sign a new JWT for every request.',
      ],
    },
    {
      kind: 'text',
      heading: 'The consent page says "OAuth error / bad request parameter"',
      paragraphs: ['URL-encode the redirect URL: `#` becomes `%23`, and so on for every reserved character.'],
    },
    {
      kind: 'links',
      heading: 'Related',
      links: [
        { pageId: 'best-practice-upgrade-authorization' },
        { pageId: 'best-practice-4100-4101' },
        { pageId: 'add-personal-access-token' },
        { pageId: 'add-service-access-token' },
      ],
    },
  ],
};

export default page;
