import { describe, expect, it } from 'vitest';
import {
  DOC_PAGES,
  ENDPOINTS,
  GROUPS,
  NAVIGATION,
  SUBGROUPS,
  findDocPage,
  findEndpoint,
  navigationPageIds,
} from '../../catalog';
import type { NavEntry } from '../../catalog';

type DocsEntry = string | { readonly subgroup: string; readonly pages: readonly string[] };

/**
 * The API reference part of the Coze docs' navigation, Chinese titles exactly as there, by group:
 * 164 pages (the 数据库 group, between 知识库 and 插件, is in the docs since 2026). Written out here
 * so the test stands on its own.
 */
const DOCS: readonly { readonly group: string; readonly pages: readonly DocsEntry[] }[] = [
  {
    group: '鉴权',
    pages: [
      '鉴权方式概述',
      '添加个人访问令牌',
      '添加服务访问令牌',
      'OAuth 应用管理',
      '通过示例文件体验 OAuth 授权流程',
      'OAuth 授权码授权',
      'OAuth PKCE',
      'OAuth 设备授权',
      'OAuth JWT 授权（开发者）',
      'OAuth JWT 授权（渠道场景）',
      'OAuth JWT 授权（跨账号授权场景）',
      'OAuth JWT 授权（企业特权应用）',
      'OAuth 授权（多人协作场景）',
      '鉴权常见问题',
    ],
  },
  {
    group: '智能体和应用',
    pages: [
      '创建智能体',
      '更新智能体',
      '发布智能体',
      '查看智能体列表',
      '查看智能体配置',
      '开启或关闭智能体多人协作',
      '添加智能体的协作者',
      '添加应用的协作者',
      '删除智能体的协作者',
      '删除应用的协作者',
      '查看智能体版本列表',
      '复制资源',
      '查询资源复制的结果',
      '下架智能体',
      'Bot object',
      '查看应用列表',
      '智能体发布回调事件',
      '智能体删除回调事件',
      '智能体下架回调事件',
    ],
  },
  {
    group: '工作空间',
    pages: [
      '创建工作空间',
      '查看空间列表',
      '修改工作空间基本信息',
      '查看空间成员列表',
      '批量邀请用户加入空间',
      '批量移除空间中的用户',
    ],
  },
  { group: '文件夹', pages: ['查询文件夹列表', '查询文件夹详情'] },
  {
    group: '企业/组织',
    pages: [
      '成员管理（火山 API）',
      '添加团队/企业成员',
      '修改企业员工的角色',
      '移除团队/企业成员',
      '创建组织',
      '修改组织基本信息',
      '查询组织列表',
      '添加组织成员',
      '查询组织成员列表',
      '修改组织成员角色',
      '移除组织成员',
    ],
  },
  {
    group: '会话与消息',
    pages: [
      '创建会话',
      '查看会话信息',
      '查看会话列表',
      '更新会话名称',
      '删除会话',
      '清除上下文',
      '创建消息',
      '查看消息列表',
      '查看消息详情',
      '修改消息',
      '删除消息',
      '消息 type 说明',
      '提交消息评价',
      '删除消息评价',
    ],
  },
  { group: '对话', pages: ['发起对话', '查看对话详情', '查看对话消息详情', '提交工具执行结果', '取消进行中的对话'] },
  {
    group: '工作流',
    pages: [
      '执行工作流',
      '执行工作流（流式响应）',
      '恢复运行工作流（流式响应）',
      '恢复运行工作流',
      '查询工作流异步运行结果',
      '执行对话流',
      '查询输出节点的执行结果',
      '查询工作流列表',
      '查询工作流基本信息',
      '查询工作流的版本列表',
      '开启或关闭工作流多人协作',
      '添加工作流协作者',
      '删除工作流协作者',
    ],
  },
  { group: '文件', pages: ['上传文件', '查看文件详情'] },
  {
    group: '智能音视频',
    pages: [
      { subgroup: 'ASR、TTS 与音色', pages: ['查看音色列表', '语音合成', '语音识别', '复刻音色'] },
      { subgroup: 'RTC 语音', pages: ['创建房间', 'Realtime 上行事件', 'Realtime 下行事件', 'Realtime 事件错误码'] },
      {
        subgroup: 'WebSocket 语音',
        pages: [
          '双向流式语音识别',
          '双向流式语音识别事件',
          '双向流式语音合成',
          '双向流式语音合成事件',
          '双向流式语音对话',
          '双向流式对话上行事件',
          '双向流式对话下行事件',
        ],
      },
      {
        subgroup: '声纹识别',
        pages: [
          '创建声纹组',
          '查询声纹组列表',
          '更新声纹组信息',
          '删除声纹组',
          '创建声纹',
          '更新声纹',
          '查询声纹列表',
          '删除声纹',
          '声纹特征比对',
        ],
      },
    ],
  },
  {
    group: '知识库',
    pages: [
      '创建知识库',
      '查看知识库列表',
      '修改知识库信息',
      '删除知识库',
      '创建知识库文件',
      '修改知识库文件',
      '查看知识库文件列表',
      '查看知识库文件上传进度',
      '更新知识库图片描述',
      '查看知识库图片列表',
      '删除知识库文件',
    ],
  },
  {
    group: '数据库',
    pages: [
      '创建扣子数据库',
      '插入数据',
      '更新数据',
      '查询数据',
      '删除数据',
      '查询数据库列表',
      '查询异步执行结果',
      '删除扣子数据库',
    ],
  },
  {
    group: '插件',
    pages: [
      '查询付费插件列表',
      '查询插件分类',
      '查询插件详情',
      '批量查询插件信息',
      '调用插件工具',
      '申请插件扩容回调事件',
      '插件扩容到期回调事件',
    ],
  },
  { group: '变量', pages: ['设置用户变量的值', '获取用户变量的值'] },
  { group: '渠道', pages: ['更新审核结果', '添加发布平台', '绑定设备'] },
  { group: '终端用户配额管控', pages: ['创建终端用户权益额度', '查询终端用户的权益配额', '更新终端用户的权益额度'] },
  { group: '账单与权益', pages: ['导出终端用户账单', '查询账单文件', '查询套餐权益', '账单推送回调事件'] },
  {
    group: '回调',
    pages: [
      '创建回调应用',
      '修改回调应用',
      '查询回调应用列表',
      '删除回调应用',
      '订阅回调事件',
      '查询已订阅的事件',
      '取消订阅事件',
    ],
  },
  { group: '历史版本接口', pages: ['【Deprecated】查看已发布智能体列表', '【Deprecated】获取已发布智能体的配置'] },
  { group: '错误码', pages: ['错误码'] },
  { group: 'API 常见问题', pages: ['API 常见问题'] },
  { group: '模型能力差异', pages: ['模型能力差异'] },
  {
    group: '最佳实践',
    pages: [
      '通过对话接口获取智能体回复',
      '错误码 4100/4101 问题排查',
      '如何实现会话隔离',
      '升级企业/团队版后更新 API 授权',
    ],
  },
];

/** Endpoints of ours that the docs describe inside the OAuth guides rather than as pages. */
const OAUTH_EXTRAS = [
  'oauth-authorize',
  'oauth-device-code',
  'oauth-token-authorization-code',
  'oauth-token-device',
  'oauth-token-jwt',
  'oauth-token-pkce',
  'oauth-token-refresh',
];

/** Calls the official SDKs make that the docs have no page for, by the group they sit in. */
const SDK_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  bot: ['templates-duplicate'],
  workspace: ['users-me'],
  audio: ['audio-live-retrieve', 'ws-audio-simult-interpretation'],
};
/** The event pages of those calls (the WebSocket's events, as the SDK types them). */
const SDK_EXTRA_PAGES = ['ws-audio-simult-interpretation-events'];
const EXTRAS = [...OAUTH_EXTRAS, ...Object.values(SDK_EXTRAS).flat(), ...SDK_EXTRA_PAGES];

/** The playground's own group after the docs' ones: the SDK try-outs, as Coze's playground has them (体验 SDK). */
const TRYOUTS = { group: 'sdk', pages: ['chat-sdk', 'web-sdk', 'realtime-sdk'] } as const;
/** The navigation's groups that mirror the docs. */
const DOCS_NAV = NAVIGATION.filter((nav) => nav.group !== TRYOUTS.group);

const ALL_PAGES = [...ENDPOINTS, ...DOC_PAGES];
const pageOf = (id: string) => findEndpoint(id) ?? findDocPage(id);
const flatDocs = (pages: readonly DocsEntry[]) =>
  pages.flatMap((page) => (typeof page === 'string' ? [page] : page.pages));
const flatIds = (entries: readonly NavEntry[]) =>
  entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.pages)).filter((id) => !EXTRAS.includes(id));
const groupTitle = (id: string) => GROUPS.find((group) => group.id === id)?.titleZh;

describe('the docs navigation written here', () => {
  it('has 164 pages in 23 groups', () => {
    expect(DOCS).toHaveLength(23);
    expect(DOCS.flatMap((group) => flatDocs(group.pages))).toHaveLength(164);
  });
});

describe('NAVIGATION', () => {
  it('has the docs groups in their order', () => {
    expect(DOCS_NAV.map((nav) => groupTitle(nav.group))).toEqual(DOCS.map((group) => group.group));
  });

  it('ends with the SDK try-outs, after the docs groups', () => {
    expect({ ...NAVIGATION.at(-1) }).toEqual({ group: TRYOUTS.group, entries: TRYOUTS.pages });
    for (const id of TRYOUTS.pages)
      expect(
        findDocPage(id)?.sections.some((s) => s.kind === 'tryout'),
        id,
      ).toBe(true);
  });

  it('has the docs subgroups where the docs have them', () => {
    const shape = (
      entries: readonly (NavEntry | DocsEntry)[],
      title: (entry: { subgroup: string }) => string | undefined,
    ) => entries.filter((entry) => typeof entry !== 'string').map((entry) => title(entry));
    DOCS_NAV.forEach((nav, index) => {
      const ours = shape(nav.entries, (entry) => SUBGROUPS.find((subgroup) => subgroup.id === entry.subgroup)?.titleZh);
      expect(ours).toEqual(shape(DOCS[index]!.pages, (entry) => entry.subgroup));
    });
  });

  it('resolves every id to an endpoint or a doc page', () => {
    expect(navigationPageIds().filter((id) => !pageOf(id))).toEqual([]);
  });

  it('names, at each position, the page with the docs title of that position', () => {
    DOCS_NAV.forEach((nav, index) => {
      const titles = flatIds(nav.entries).map((id) => pageOf(id)?.titleZh ?? `<no page ${id}>`);
      expect(titles, nav.group).toEqual(flatDocs(DOCS[index]!.pages));
    });
  });

  it('gives every docs title exactly one page', () => {
    const pagesByTitle = DOCS.flatMap((group) => flatDocs(group.pages)).map((title) => ({
      title,
      ids: ALL_PAGES.filter((page) => page.titleZh === title).map((page) => page.id),
    }));
    expect(pagesByTitle.filter((entry) => entry.ids.length !== 1)).toEqual([]);
  });

  it('puts each page under its own group and subgroup', () => {
    const misplaced: string[] = [];
    for (const nav of NAVIGATION) {
      for (const entry of nav.entries) {
        const subgroup = typeof entry === 'string' ? undefined : entry.subgroup;
        for (const id of typeof entry === 'string' ? [entry] : entry.pages) {
          const page = pageOf(id);
          if (page && (page.group !== nav.group || page.subgroup !== subgroup)) misplaced.push(id);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('lists each page once', () => {
    const ids = navigationPageIds();
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('lists every endpoint and doc page of the catalog', () => {
    const listed = new Set(navigationPageIds());
    expect(ALL_PAGES.map((page) => page.id).filter((id) => !listed.has(id))).toEqual([]);
  });
});

describe('page ids', () => {
  it('are unique across endpoints and doc pages', () => {
    const ids = ALL_PAGES.map((page) => page.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('the OAuth endpoints', () => {
  it('are endpoints of the auth group, listed in its navigation', () => {
    const auth = NAVIGATION.find((nav) => nav.group === 'auth')?.entries ?? [];
    for (const id of OAUTH_EXTRAS) {
      expect(findEndpoint(id)?.group, id).toBe('auth');
      expect(auth, id).toContain(id);
    }
  });
});

describe('the calls the SDKs make without a docs page', () => {
  it('are endpoints of their group, listed in its navigation after the docs pages they follow', () => {
    for (const [group, ids] of Object.entries(SDK_EXTRAS)) {
      const entries = navigationPageIds().filter((id) => pageOf(id)?.group === group);
      for (const id of ids) {
        expect(findEndpoint(id)?.group, id).toBe(group);
        expect(entries, id).toContain(id);
      }
    }
  });

  it('are four with one event page, beside the 164 docs pages, the 7 OAuth endpoints and the 3 SDK try-outs', () => {
    expect(Object.values(SDK_EXTRAS).flat()).toHaveLength(4);
    expect(navigationPageIds()).toHaveLength(
      164 + OAUTH_EXTRAS.length + 4 + SDK_EXTRA_PAGES.length + TRYOUTS.pages.length,
    );
  });
});

describe('links between pages', () => {
  it('point at pages that exist', () => {
    const targets = [
      ...DOC_PAGES.flatMap((page) =>
        page.sections.flatMap((section) =>
          section.kind === 'links' ? section.links.map((link) => [page.id, link.pageId]) : [],
        ),
      ),
      ...ENDPOINTS.flatMap((endpoint) => (endpoint.related ?? []).map((id) => [endpoint.id, id])),
      ...ENDPOINTS.flatMap((endpoint) => (endpoint.deprecated ? [[endpoint.id, endpoint.deprecated.replacement]] : [])),
    ];
    expect(targets.filter(([, id]) => !pageOf(id!))).toEqual([]);
  });
});
