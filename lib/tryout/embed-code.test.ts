import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CHAT_SDK_EXAMPLE, ChatSdkOptionsSchema } from '../../catalog/tryouts/chat-sdk';
import { WEB_SDK_EXAMPLE } from '../../catalog/tryouts/web-sdk';
import {
  TOKEN_PLACEHOLDER,
  chatSdkHtml,
  chatSdkNpm,
  pruneOptions,
  realtimeNpm,
  webSdkHtml,
  webSdkNpm,
} from './embed-code';
import { chatSdkScript, webSdkScript } from './sdk-cdn';

/** Runs the inline script of a snippet against a stand-in `CozeWebSDK` and returns what the client got. */
function clientOptionsOf(html: string, client: 'WebChatClient' | 'AppWebSDK'): Record<string, unknown> {
  const code = /<script>\n([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const seen: Record<string, unknown>[] = [];
  runInNewContext(code, {
    CozeWebSDK: {
      [client]: function (this: unknown, options: Record<string, unknown>) {
        seen.push(options);
      },
    },
  });
  expect(seen).toHaveLength(1);
  return seen[0]!;
}

describe('chatSdkHtml', () => {
  it("loads the region's build from Coze's CDN and passes the form's options to WebChatClient as they are", () => {
    const html = chatSdkHtml(CHAT_SDK_EXAMPLE, 'cn');
    expect(html.startsWith(`<script src="${chatSdkScript('cn')}"></script>`)).toBe(true);
    const { auth, ...options } = clientOptionsOf(html, 'WebChatClient');
    expect(options).toEqual(CHAT_SDK_EXAMPLE);
    const { onRefreshToken, ...rest } = auth as { onRefreshToken: () => string };
    expect(rest).toEqual({ type: 'token', token: TOKEN_PLACEHOLDER });
    expect(onRefreshToken()).toBe(TOKEN_PLACEHOLDER);
  });

  it('writes the oversea build for com', () => {
    expect(chatSdkHtml(CHAT_SDK_EXAMPLE, 'com')).toContain(
      'sf-cdn.coze.com/obj/unpkg-va/flow-platform/chat-app-sdk/1.2.0-beta.20/libs/oversea/index.js',
    );
  });

  it('leaves out what the form left empty, and quotes values that would end the string', () => {
    const options = {
      config: { bot_id: '7351' },
      userInfo: { id: '', nickname: "O'Brien\\" },
      ui: { base: {}, chatBot: { title: undefined } },
    };
    expect(clientOptionsOf(chatSdkHtml(options, 'cn'), 'WebChatClient')).toMatchObject({
      config: { bot_id: '7351' },
      userInfo: { nickname: "O'Brien\\" },
    });
    expect(chatSdkHtml(options, 'cn')).not.toContain('ui:');
  });
});

describe('chatSdkNpm', () => {
  it('writes @coze/chat-sdk with the same agent, user and language, and the API host of the region', () => {
    const code = chatSdkNpm({ ...CHAT_SDK_EXAMPLE, ui: { base: { lang: 'zh-CN' } } }, 'com');
    expect(code).toContain("chat={{ appId: '7351000000000000001', type: ChatType.Bot }}");
    expect(code).toContain("user={{ id: 'user-123', name: 'Ada' }}");
    expect(code).toContain("apiBaseUrl: 'https://api.coze.com', language: Language.ZH_CN");
    expect(code).toContain(TOKEN_PLACEHOLDER);
  });
});

describe('webSdkHtml and webSdkNpm', () => {
  it("give AppWebSDK the form's options, the container and the placeholder token", () => {
    const html = webSdkHtml(WEB_SDK_EXAMPLE);
    expect(html).toContain(`<script src="${webSdkScript()}"></script>`);
    expect(clientOptionsOf(html, 'AppWebSDK')).toEqual({
      token: TOKEN_PLACEHOLDER,
      ...WEB_SDK_EXAMPLE,
      container: '#app',
    });
    expect(webSdkNpm(WEB_SDK_EXAMPLE)).toContain(`script.src = '${webSdkScript()}'`);
  });
});

describe('realtimeNpm', () => {
  it('configures RealtimeClient with the room options the form holds', () => {
    const code = realtimeNpm({ bot_id: '73', voice_id: 'v1', uid: 'u1', connector_id: '' }, 'cn');
    expect(code).toContain("botId: '73'");
    expect(code).toContain("voiceId: 'v1'");
    expect(code).toContain("userId: 'u1'");
    expect(code).toContain("connectorId: '1024'");
    expect(code).toContain("baseURL: 'https://api.coze.cn'");
  });
});

describe('the Chat SDK options schema', () => {
  it('accepts the example and asks for bot_id, or appInfo for an app', () => {
    expect(v.safeParse(ChatSdkOptionsSchema, CHAT_SDK_EXAMPLE).success).toBe(true);
    const noBot = v.safeParse(ChatSdkOptionsSchema, { config: { type: 'bot' } });
    expect(noBot.success).toBe(false);
    expect(
      v.safeParse(ChatSdkOptionsSchema, { config: { type: 'app', appInfo: { appId: '1', workflowId: '2' } } }).success,
    ).toBe(true);
    expect(
      v.safeParse(ChatSdkOptionsSchema, { config: { bot_id: '1' }, ui: { base: { icon: 'not a url' } } }).success,
    ).toBe(false);
  });

  it('prunes nested empties', () => {
    expect(pruneOptions({ a: '', b: { c: undefined, d: {} }, e: 0, f: false })).toEqual({ e: 0, f: false });
  });
});
