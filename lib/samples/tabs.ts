import type { RequestSide } from '../../catalog/types';
import { isEndpoint } from '../endpoint-table';
import type { Lang, Texts } from '../i18n/lang';
import { SAMPLE_TABS, sdkTabOf, tabOf, type SampleLanguage, type SdkTab } from './registry';
import { isCallable, type ChatVariant, type SampleInput, type SampleWriter } from './shared';

export { SAMPLE_TABS, type SampleLanguage, type SdkLanguage } from './registry';
export type { SampleWriter } from './shared';

// How a sample tab picks SDK code or raw HTTP, and what it says when it falls back. Light enough for
// the site to load before any writer: the tabs and their writers' chunks are listed in registry.ts.

/** The chat variants, in the order the variant selector offers them. */
export const CHAT_VARIANTS: readonly { readonly id: ChatVariant; readonly label: string; readonly labelZh: string }[] =
  [
    { id: 'streaming', label: 'Streaming', labelZh: '流式' },
    { id: 'non-streaming', label: 'Non-streaming (poll)', labelZh: '非流式（轮询）' },
    { id: 'plugin', label: 'End-side plugin', labelZh: '端插件' },
  ];

/** What the sample tabs say about themselves, in the page's language; code, SDK and call names kept. */
const NOTES: Texts<{
  websocket: string;
  redirect: string;
  same: (fallback: string) => string;
  noCall: (sdk: string, same: string) => string;
  cannotCarry: (sdk: string, same: string) => string;
  javaSandbox: string;
}> = {
  en: {
    websocket:
      'This is a WebSocket API, not a single HTTP request: connect with an SDK’s websockets client (client.websockets in @coze/api, coze.websockets in cozepy) and exchange the events listed on this page.',
    redirect:
      'This is a page the user’s browser opens, not an API call: send the user to this URL and read the code from your redirect_uri; the SDKs build it for you (get_oauth_url in cozepy, getWebAuthenticationUrl in @coze/api).',
    same: (fallback) => `this is the same request sent with ${fallback}.`,
    noCall: (sdk, same) => `${sdk} has no call for this endpoint: ${same}`,
    cannotCarry: (sdk, same) =>
      `${sdk} implements this endpoint, but its request types cannot carry some of the values in the form as they are; ${same}`,
    javaSandbox:
      'coze-java resolves its API paths from the host root, so it cannot reach the sandbox under /api/relay/sandbox: this is the same request sent with java.net.http. Choose api.coze.cn or api.coze.com to see the coze-java code.',
  },
  zh: {
    websocket:
      '这是 WebSocket API，不是单个 HTTP 请求：请用 SDK 的 websockets 客户端连接（@coze/api 中的 client.websockets，cozepy 中的 coze.websockets），并收发本页列出的事件。',
    redirect:
      '这是用户浏览器打开的页面，不是 API 调用：把用户引导到这个 URL，再从你的 redirect_uri 读取 code；SDK 可以替你构造它（cozepy 的 get_oauth_url，@coze/api 的 getWebAuthenticationUrl）。',
    same: (fallback) => `这里是用 ${fallback} 发送的同一个请求。`,
    noCall: (sdk, same) => `${sdk} 没有这个接口的调用：${same}`,
    cannotCarry: (sdk, same) => `${sdk} 实现了这个接口，但它的请求类型无法原样承载表单中的某些值；${same}`,
    javaSandbox:
      'coze-java 从主机根路径解析 API 路径，因此无法访问 /api/relay/sandbox 下的沙箱：这里是用 java.net.http 发送的同一个请求。选择 api.coze.cn 或 api.coze.com 即可看到 coze-java 代码。',
  },
};

/** One sample program. */
export interface Sample {
  readonly language: SampleLanguage;
  readonly label: string;
  readonly code: string;
  /** `sdk` when the code calls the SDK; `http` when it sends the raw request. */
  readonly kind: 'sdk' | 'http';
  /** Why an SDK tab shows raw HTTP, or what a variant leaves to the SDK. */
  readonly note?: string;
}

/** Whether an endpoint has chat variants in its SDK samples. */
export function hasChatVariants(endpoint: RequestSide): boolean {
  return isEndpoint(endpoint, 'create-chat');
}

/**
 * Why an endpoint has no samples (a WebSocket or a browser redirect), or undefined when it has them.
 */
export function samplesNote(endpoint: RequestSide, lang: Lang = 'en'): string | undefined {
  if (endpoint.responseKind === 'websocket') return NOTES[lang].websocket;
  if (endpoint.responseKind === 'redirect') return NOTES[lang].redirect;
  return undefined;
}

/** The languages an endpoint has samples in: all of them for every HTTP endpoint, none otherwise. */
export function sampleLanguages(endpoint: RequestSide): SampleLanguage[] {
  return isCallable(endpoint) ? SAMPLE_TABS.map((tab) => tab.language) : [];
}

function fallbackNote({ language, sdk, fallback }: SdkTab, input: SampleInput, lang: Lang): string {
  const same = NOTES[lang].same(fallback);
  if (!input.endpoint.sdks.includes(language)) return NOTES[lang].noCall(sdk, same);
  // Every call an SDK has is written; what falls back is a value its types cannot carry as it is.
  return NOTES[lang].cannotCarry(sdk, same);
}

/**
 * Why an SDK cannot send this request to its base URL, when it cannot. coze-java declares every
 * API path from the host root (Retrofit's `@POST("/v3/chat")`), which drops the path of a base URL,
 * so it cannot reach the playground's sandbox under /api/relay/sandbox.
 */
function unreachableBase({ language }: SdkTab, input: SampleInput, lang: Lang): string | undefined {
  if (language === 'java' && input.model.region === 'sandbox') return NOTES[lang].javaSandbox;
  return undefined;
}

/** One tab: for an SDK language the SDK's call where the writer has one, else raw HTTP in that language. */
export function sampleOf(
  language: SampleLanguage,
  input: SampleInput,
  writer: SampleWriter,
  lang: Lang = 'en',
): Sample {
  const label = tabOf(language).label;
  const sdk = sdkTabOf(language);
  if (!sdk) return { language, label, kind: 'http', code: writer.http(input) };
  const unreachable = unreachableBase(sdk, input, lang);
  if (unreachable) return { language, label, kind: 'http', code: writer.http(input), note: unreachable };
  if (writer.sdk?.has(input)) return { language, label, kind: 'sdk', code: writer.sdk.write(input) };
  return { language, label, kind: 'http', code: writer.http(input), note: fallbackNote(sdk, input, lang) };
}
