import { SDK_API_HOSTS, chatSdkScript, webSdkScript, type SdkRegion } from './sdk-cdn';

// The embed code a try-out's form makes: what to paste into a site (an HTML snippet) and the npm
// variant. Pure functions of the options the form holds; the token is never written, a placeholder
// stands in its place, so copying the code can never leak it.

/** Stands in for the token in every snippet. */
export const TOKEN_PLACEHOLDER = 'pat_********';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The options without what says nothing: empty strings, `undefined`, and objects left empty by that.
 * @example pruneOptions({ a: '', b: { c: undefined }, d: 1 }) // { d: 1 }
 */
export function pruneOptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneOptions);
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = pruneOptions(child);
    if (pruned === undefined || pruned === '' || (isObject(pruned) && Object.keys(pruned).length === 0)) continue;
    out[key] = pruned;
  }
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JavaScript literal for JSON-like data, keys unquoted where they may be, single-quoted strings. */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`;
  if (isObject(value)) {
    const inner = `${indent}  `;
    const entries = Object.entries(value).map(
      ([key, child]) => `${inner}${IDENTIFIER.test(key) ? key : `'${key}'`}: ${raw(child, inner)},`,
    );
    return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Code written as it is (a function), inside a literal. */
class Code {
  constructor(readonly text: string) {}
}

function raw(value: unknown, indent: string): string {
  return value instanceof Code ? value.text : literal(value, indent);
}

/** The options of `WebChatClient` as the HTML snippet writes them: the form's, plus `auth` with the placeholder. */
function chatClientOptions(options: Json): Json {
  const { config, ...rest } = pruneOptions(options) as Json;
  return {
    config: config ?? {},
    auth: {
      type: 'token',
      token: TOKEN_PLACEHOLDER,
      onRefreshToken: new Code(`() => '${TOKEN_PLACEHOLDER}'`),
    },
    ...rest,
  };
}

/**
 * The Chat SDK's HTML snippet: the region's build from Coze's CDN, then the client with these options.
 * @example chatSdkHtml({ config: { bot_id: '73' } }, 'cn') // '<script src="https://lf-cdn.coze.cn/…/libs/cn/index.js"></script>\n<script>…'
 */
export function chatSdkHtml(options: Json, region: SdkRegion): string {
  return [
    `<script src="${chatSdkScript(region)}"></script>`,
    '<script>',
    `  new CozeWebSDK.WebChatClient(${literal(chatClientOptions(options), '  ')});`,
    '</script>',
  ].join('\n');
}

/**
 * The npm variant of the Chat SDK: `@coze/chat-sdk`, Coze's chat component for Taro and H5 (React),
 * with the same agent, user and language. It has no floating ball or window options: it renders the
 * chat where `ChatSlot` is.
 */
export function chatSdkNpm(options: Json, region: SdkRegion): string {
  const pruned = pruneOptions(options) as Json;
  const config = (pruned['config'] ?? {}) as Json;
  const user = (pruned['userInfo'] ?? {}) as Json;
  const lang = ((pruned['ui'] as Json | undefined)?.['base'] as Json | undefined)?.['lang'];
  const isApp = config['type'] === 'app';
  const appInfo = (config['appInfo'] ?? {}) as Json;
  const chat = isApp
    ? `{ appId: ${literal(appInfo['appId'] ?? '', '')}, type: ChatType.App }`
    : `{ appId: ${literal(config['bot_id'] ?? '', '')}, type: ChatType.Bot }`;
  const userProps = [
    user['id'] !== undefined ? `id: ${literal(user['id'], '')}` : undefined,
    user['nickname'] !== undefined ? `name: ${literal(user['nickname'], '')}` : undefined,
    user['url'] !== undefined ? `avatar: ${literal(user['url'], '')}` : undefined,
  ].filter(Boolean);
  return [
    '// npm install @coze/chat-sdk',
    ...(isApp
      ? ["// A Coze app chats through its chatflow: see @coze/chat-sdk's README for the app (project) props."]
      : []),
    "import '@coze/chat-sdk/webCss';",
    "import ChatSdk from '@coze/chat-sdk/webJs';",
    '',
    'const { ChatFramework, ChatSlot, ChatType, Language } = ChatSdk;',
    '',
    'export default function Chat() {',
    '  return (',
    '    <ChatFramework',
    `      chat={${chat}}`,
    `      setting={{ apiBaseUrl: '${SDK_API_HOSTS[region]}', language: ${lang === 'zh-CN' ? 'Language.ZH_CN' : 'Language.EN'} }}`,
    `      auth={{ token: '${TOKEN_PLACEHOLDER}', onRefreshToken: () => '${TOKEN_PLACEHOLDER}' }}`,
    ...(userProps.length > 0 ? [`      user={{ ${userProps.join(', ')} }}`] : []),
    '    >',
    '      <ChatSlot />',
    '    </ChatFramework>',
    '  );',
    '}',
  ].join('\n');
}

/** The Web SDK's HTML snippet: a container, the build from Coze's CDN, then the client with these options. */
export function webSdkHtml(options: Json): string {
  const client = { token: TOKEN_PLACEHOLDER, ...(pruneOptions(options) as Json), container: '#app' };
  return [
    '<div id="app"></div>',
    `<script src="${webSdkScript()}"></script>`,
    '<script>',
    `  new CozeWebSDK.AppWebSDK(${literal(client, '  ')});`,
    '</script>',
  ].join('\n');
}

/**
 * The Web SDK from a bundle: Coze publishes it on its CDN only (no npm package), so a bundled app
 * loads the script when it needs it.
 */
export function webSdkNpm(options: Json): string {
  const client = { token: TOKEN_PLACEHOLDER, ...(pruneOptions(options) as Json), container: '#app' };
  return [
    "// The Web SDK is published on Coze's CDN only, not on npm: load it from your bundle when needed.",
    'export function openCozeApp() {',
    "  const script = document.createElement('script');",
    `  script.src = '${webSdkScript()}';`,
    `  script.onload = () => new window.CozeWebSDK.AppWebSDK(${literal(client, '  ')});`,
    '  document.head.append(script);',
    '}',
  ].join('\n');
}

/** The room `@coze/realtime-api` asks for, as the form holds it (the create-room body). */
export interface RealtimeRoomValues {
  readonly bot_id?: string;
  readonly voice_id?: string;
  readonly conversation_id?: string;
  readonly uid?: string;
  readonly workflow_id?: string;
  readonly connector_id?: string;
}

/**
 * `@coze/realtime-api`'s client for the same room options: `connect()` creates the room (the call
 * the playground makes) and joins it over RTC; events arrive as `server.*` and `client.*`.
 */
export function realtimeNpm(values: RealtimeRoomValues, region: SdkRegion): string {
  const config: Json = {
    accessToken: TOKEN_PLACEHOLDER,
    baseURL: SDK_API_HOSTS[region],
    botId: values.bot_id ?? '',
    connectorId: values.connector_id || '1024',
    ...(values.voice_id ? { voiceId: values.voice_id } : {}),
    ...(values.conversation_id ? { conversationId: values.conversation_id } : {}),
    ...(values.uid ? { userId: values.uid } : {}),
    ...(values.workflow_id ? { workflowId: values.workflow_id } : {}),
    allowPersonalAccessTokenInBrowser: true,
  };
  return [
    '// npm install @coze/realtime-api',
    "import { EventNames, RealtimeClient } from '@coze/realtime-api';",
    '',
    `const client = new RealtimeClient(${literal(config, '')});`,
    '',
    '// Every event, from the SDK (client.*) and from the agent inside the room (server.*).',
    'client.on(EventNames.ALL, (name, data) => console.log(name, data));',
    "client.on('server.conversation.message.delta', (name, data) => console.log(data.data.content));",
    '',
    '// Creates the room (POST /v1/audio/rooms), joins it over RTC and publishes the microphone.',
    'await client.connect();',
    '// Later: client.interrupt(); client.setAudioEnable(false); await client.disconnect();',
  ].join('\n');
}
