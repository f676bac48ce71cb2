import { createSignal, onCleanup, Show } from 'solid-js';
import type { Texts } from '../../../lib/i18n/lang';
import type { SdkRegion } from '../../../lib/tryout/sdk-cdn';
import { useTexts } from '../lang-context';
import { frameSrc, isFrameReport, type FrameState } from './frame-protocol';

const TEXTS: Texts<{ close: string; title: string; states: Record<FrameState, string> }> = {
  en: {
    close: 'Close',
    title: "Coze's official SDK",
    states: {
      loading: 'Loading the frame…',
      ready: "Loading the SDK from Coze's CDN…",
      running: 'Running: open the ball at the bottom right of the frame.',
      'cdn-unreachable':
        "Coze's CDN could not be reached (offline, or blocked by a network policy): the SDK did not load.",
      failed: 'The SDK failed to start',
    },
  },
  zh: {
    close: '关闭',
    title: '扣子官方 SDK',
    states: {
      loading: '正在加载框架…',
      ready: '正在从扣子 CDN 加载 SDK…',
      running: '运行中：点击框架右下角的悬浮球开始对话。',
      'cdn-unreachable': '无法访问扣子 CDN（离线或被网络策略拦截），SDK 未加载。',
      failed: 'SDK 启动失败',
    },
  },
};

/**
 * Coze's official SDK, running in a sandboxed frame of its own (`/tryout/frame/<sdk>`): the frame
 * says it is ready, and only then gets the options and the token by `postMessage`, never in its URL.
 */
export default function TryoutFrame(props: {
  sdk: 'chat-sdk' | 'web-sdk';
  region: SdkRegion;
  options: Record<string, unknown>;
  token: string;
  imageOrigins: readonly string[];
  onClose: () => void;
}) {
  const texts = useTexts(TEXTS);
  const [state, setState] = createSignal<FrameState>('loading');
  const [detail, setDetail] = createSignal('');
  let frame: HTMLIFrameElement | undefined;
  let sent = false;
  const listen = (event: MessageEvent) => {
    // Only our frame speaks, and it has an opaque origin (sandboxed without allow-same-origin).
    if (!frame || event.source !== frame.contentWindow || event.origin !== 'null' || !isFrameReport(event.data)) return;
    setState(event.data.state);
    setDetail(event.data.detail);
    if (event.data.state === 'ready' && !sent) {
      sent = true;
      // An opaque origin can only be addressed as '*'; the message goes to this frame's window alone.
      frame.contentWindow?.postMessage(
        { channel: 'coze-tryout', type: 'run', options: props.options, token: props.token },
        '*',
      );
    }
  };
  window.addEventListener('message', listen);
  onCleanup(() => window.removeEventListener('message', listen));
  return (
    <div class="tryout-stage" role="dialog" aria-label={texts.title} data-testid="tryout-stage" data-state={state()}>
      <div class="tryout-stage-bar">
        <span data-testid="tryout-frame-state">
          {texts.states[state()]}
          <Show when={detail() && state() === 'failed'}>: {detail()}</Show>
        </span>
        <button type="button" class="pg-link" onClick={() => props.onClose()}>
          {texts.close}
        </button>
      </div>
      <iframe
        ref={frame}
        title={texts.title}
        src={frameSrc(props.sdk, props.region, props.imageOrigins)}
        sandbox="allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox"
        referrerpolicy="no-referrer"
        allow="microphone; clipboard-write"
        data-testid="tryout-frame"
      />
    </div>
  );
}
