import { createComponent, createSignal, For, Match, Show, Switch, type Component } from 'solid-js';
import type { ChatSdkOptions } from '../../../catalog/tryouts/chat-sdk';
import type { TryoutOptions } from '../../../catalog/types';
import type { Texts } from '../../../lib/i18n/lang';
import type { BuildOptions } from '../../../lib/request-model';
import { chatSdkHtml, chatSdkNpm, webSdkHtml, webSdkNpm } from '../../../lib/tryout/embed-code';
import { CHAT_SDK_VERSION, WEB_SDK_VERSION, sdkRegions, type SdkRegion } from '../../../lib/tryout/sdk-cdn';
import { createConnection } from '../connection';
import { useTexts } from '../lang-context';
import TokenRegion from '../TokenRegion';
import EmbedCode, { type CodeVariant } from './EmbedCode';
import { imageOriginsOf } from './frame-protocol';
import { createOptionsState, OptionsForm, OptionsProblems } from './options-form';
import TryoutFrame from './TryoutFrame';
import './tryout.css';

type SandboxWidgetProps = { options: ChatSdkOptions; build: BuildOptions };

const TEXTS: Texts<{
  options: string;
  run: string;
  stop: string;
  needToken: string;
  fix: string;
  noSandboxApp: string;
  notInRegion: string;
  sandboxRunning: string;
  officialRunning: (sdk: string, version: string, region: string) => string;
  idle: string;
}> = {
  en: {
    options: 'Options',
    run: 'Run',
    stop: 'Stop',
    needToken: 'Paste a token for cn or com first (or choose the sandbox, which needs none).',
    fix: 'Fix these options first:',
    noSandboxApp:
      'The sandbox has no low-code apps to show: the Web SDK runs with Coze only (region cn). The embed code above is what your page needs; for a chat with a simulated agent, open the Chat SDK page.',
    notInRegion: 'Coze documents this SDK for coze.cn only: choose cn.',
    sandboxRunning:
      "Running in the sandbox: the playground's own widget, shaped by these options, chatting with a simulated agent (no token, nothing leaves this site). Open the ball at the bottom right.",
    officialRunning: (sdk, version, region) =>
      `Running ${sdk} ${version}, Coze's official build from its CDN, with your token on coze.${region}, in an isolated frame.`,
    idle: 'Not running. Run starts the widget in the region chosen above.',
  },
  zh: {
    options: '配置项',
    run: '运行',
    stop: '停止',
    needToken: '请先填写 cn 或 com 的访问令牌（或选择无需令牌的沙盒）。',
    fix: '请先修正以下配置项：',
    noSandboxApp:
      '沙盒中没有低代码应用可展示：Web SDK 只能在扣子上运行（区域 cn）。上方的嵌入代码即是你的网页所需；如需与模拟的智能体对话，请打开 Chat SDK 页面。',
    notInRegion: '扣子仅为 coze.cn 提供此 SDK 的文档：请选择 cn。',
    sandboxRunning:
      '正在沙盒中运行：Playground 自己的聊天组件，按以上配置呈现，与模拟的智能体对话（无需令牌，数据不会离开本站）。点击右下角的悬浮球。',
    officialRunning: (sdk, version, region) =>
      `正在运行扣子官方 ${sdk} ${version}（来自扣子 CDN），使用你在 coze.${region} 的令牌，运行于隔离的框架中。`,
    idle: '未运行。点击“运行”将在上方所选区域启动组件。',
  },
};

type Running =
  | { readonly mode: 'sandbox'; readonly options: ChatSdkOptions; readonly build: BuildOptions }
  | {
      readonly mode: 'official';
      readonly region: SdkRegion;
      readonly options: Record<string, unknown>;
      readonly token: string;
      readonly images: readonly string[];
    }
  | { readonly mode: 'message'; readonly text: string };

/**
 * An SDK try-out (Chat SDK or Web SDK): the connection, a form of the SDK's options read from its
 * schema, the embed code they make, and Run, which starts Coze's official SDK in an isolated frame
 * (cn, com) or the playground's own widget (sandbox), and says which one is running.
 */
export default function TryoutPanel(props: { sdk: 'chat-sdk' | 'web-sdk'; options: TryoutOptions }) {
  const texts = useTexts(TEXTS);
  const connection = createConnection();
  const chat = props.sdk === 'chat-sdk';
  const schema = props.options.schema;
  const build = (): BuildOptions => ({
    region: connection.region(),
    origin: window.location.origin,
    ...(connection.runToken() ? { token: connection.runToken() } : {}),
    ...(connection.paceMs() !== undefined ? { paceMs: connection.paceMs() } : {}),
  });
  const state = createOptionsState(schema, props.options.example, () => ({
    region: connection.region(),
    origin: window.location.origin,
    ...(connection.runToken() ? { token: connection.runToken() } : {}),
  }));
  const [running, setRunning] = createSignal<Running>();
  // The sandbox widget and its chat code load only when Run starts it in the sandbox.
  const [widget, setWidget] = createSignal<Component<SandboxWidgetProps>>();
  const [problem, setProblem] = createSignal('');
  const [tried, setTried] = createSignal(false);
  // The embed code is written for coze.cn unless com is chosen (the sandbox's widget is ours, not embeddable).
  const codeRegion = (): SdkRegion => (connection.region() === 'com' ? 'com' : 'cn');
  const variants = (): CodeVariant[] =>
    chat
      ? [
          { id: 'html', label: 'HTML', language: 'html', code: chatSdkHtml(state.options(), codeRegion()) },
          {
            id: 'npm',
            label: 'npm · @coze/chat-sdk',
            language: 'jsx',
            code: chatSdkNpm(state.options(), codeRegion()),
          },
        ]
      : [
          { id: 'html', label: 'HTML', language: 'html', code: webSdkHtml(state.options()) },
          { id: 'npm', label: 'JavaScript', language: 'javascript', code: webSdkNpm(state.options()) },
        ];

  const run = () => {
    setTried(true);
    state.attempt();
    setProblem('');
    if (state.issues().length > 0) return;
    const region = connection.region();
    setRunning(undefined);
    if (region === 'sandbox') {
      if (!chat) return setRunning({ mode: 'message', text: texts.noSandboxApp });
      const next: Running = { mode: 'sandbox', options: state.options() as ChatSdkOptions, build: build() };
      if (widget()) return setRunning(next);
      void import('./SandboxWidget').then((module) => {
        setWidget(() => module.default);
        setRunning(next);
      });
      return;
    }
    if (!sdkRegions(props.sdk).includes(region)) return setProblem(texts.notInRegion);
    const token = connection.token();
    if (!token) return setProblem(texts.needToken);
    setRunning({ mode: 'official', region, options: state.options(), token, images: imageOriginsOf(state.options()) });
  };

  const status = () => {
    const now = running();
    if (!now) return texts.idle;
    if (now.mode === 'sandbox') return texts.sandboxRunning;
    if (now.mode === 'message') return now.text;
    return texts.officialRunning(chat ? 'Chat SDK' : 'Web SDK', chat ? CHAT_SDK_VERSION : WEB_SDK_VERSION, now.region);
  };

  return (
    <div class="tryout" data-testid="tryout" data-ready="true">
      <TokenRegion connection={connection} />
      <div class="tryout-grid">
        <OptionsForm schema={schema} state={state} legend={texts.options} />
        <EmbedCode variants={variants()} />
      </div>
      <div class="pg-runbar tryout-runbar">
        <button type="button" class="button pg-run" onClick={run} data-testid="tryout-run">
          {texts.run}
        </button>
        <Show when={running()}>
          <button type="button" class="pg-link" onClick={() => setRunning(undefined)} data-testid="tryout-stop">
            {texts.stop}
          </button>
        </Show>
      </div>
      <OptionsProblems problem={problem()} issues={tried() ? state.issues() : []} fix={texts.fix} />
      <p class="tryout-status" role="status" data-testid="tryout-running" data-mode={running()?.mode ?? 'idle'}>
        {status()}
      </p>
      <Show when={running()} keyed>
        {(now) => (
          <Switch>
            <Match when={now.mode === 'sandbox' && now}>
              {(sandbox) => (
                <Show when={widget()}>
                  {(Widget) => createComponent(Widget(), { options: sandbox().options, build: sandbox().build })}
                </Show>
              )}
            </Match>
            <Match when={now.mode === 'official' && now}>
              {(official) => (
                <TryoutFrame
                  sdk={props.sdk}
                  region={official().region}
                  options={official().options}
                  token={official().token}
                  imageOrigins={official().images}
                  onClose={() => setRunning(undefined)}
                />
              )}
            </Match>
          </Switch>
        )}
      </Show>
    </div>
  );
}
