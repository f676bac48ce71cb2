import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { ChatSdkOptions } from '../../../catalog/tryouts/chat-sdk';
import type { Lang, Texts } from '../../../lib/i18n/lang';
import type { BuildOptions } from '../../../lib/request-model';
import { runFollowUp } from '../follow-up';
import { useLang } from '../lang-context';
import { replyOf, sendTurn, uploadFile, chatValues, type AgentReply, type UserMessage } from './sandbox-chat';
import ToolCallsForm from '../ToolCallsForm';

const TEXTS: Texts<{
  open: string;
  close: string;
  placeholder: string;
  send: string;
  attach: string;
  uploading: string;
  footer: string;
  defaultTitle: string;
  suggested: string;
  thinking: string;
  tool: string;
}> = {
  en: {
    open: 'Open the chat',
    close: 'Close the chat',
    placeholder: 'Ask the agent…',
    send: 'Send',
    attach: 'Attach a file',
    uploading: 'Uploading…',
    footer: 'Sandbox: a simulated agent. Powered by the playground.',
    defaultTitle: 'Coze Bot',
    suggested: 'Suggested replies',
    thinking: 'Thinking…',
    tool: 'Called',
  },
  zh: {
    open: '打开对话',
    close: '关闭对话',
    placeholder: '向智能体提问…',
    send: '发送',
    attach: '添加文件',
    uploading: '上传中…',
    footer: '沙盒：模拟的智能体，由 Playground 提供。',
    defaultTitle: 'Coze Bot',
    suggested: '推荐回复',
    thinking: '思考中…',
    tool: '调用了',
  },
};

/** One entry of the window: a user message, or one reply of the agent (a turn may have several, one per tool round). */
type Entry =
  | { readonly kind: 'user'; readonly text: string; readonly fileName?: string }
  | { readonly kind: 'agent'; readonly reply: AgentReply; readonly round: number };

/**
 * The icon the options name. The playground's own pages admit images from this site only, so an icon
 * on another host shows as the title's first letter here; the official SDK's frame shows it.
 */
function Icon(props: { src?: string | undefined; title: string; size: number }) {
  const [broken, setBroken] = createSignal(false);
  return (
    <Show
      when={props.src && !broken()}
      fallback={
        <span class="sw-icon-letter" aria-hidden="true" style={{ width: `${props.size}px`, height: `${props.size}px` }}>
          {props.title.slice(0, 1).toUpperCase()}
        </span>
      }
    >
      <img
        class="sw-icon"
        src={props.src}
        alt=""
        width={props.size}
        height={props.size}
        onError={() => setBroken(true)}
      />
    </Show>
  );
}

/** The widget's language: the SDK option `ui.base.lang`, else the page's. */
function widgetLang(options: ChatSdkOptions, page: Lang): Lang {
  const lang = options.ui?.base?.lang;
  return lang === 'zh-CN' ? 'zh' : lang === 'en' ? 'en' : page;
}

/**
 * The sandbox's stand-in for the Chat SDK's main surface: the floating ball and the chat window,
 * shaped by the same options (title, icon, layout, width, ball, header, upload, footer), chatting
 * with the sandbox through the relay: streamed answers, suggested replies, file upload, and tool-call
 * rounds through the workbench's own form and follow-up call.
 */
export default function SandboxWidget(props: { options: ChatSdkOptions; build: BuildOptions; onClose?: () => void }) {
  const texts = TEXTS[widgetLang(props.options, useLang())];
  const ui = () => props.options.ui ?? {};
  const ballShown = () => ui().asstBtn?.isNeed !== false;
  const [open, setOpen] = createSignal(!ballShown());
  const [entries, setEntries] = createSignal<readonly Entry[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const [file, setFile] = createSignal<File | undefined>();
  const [uploading, setUploading] = createSignal(false);
  let conversationId: string | undefined;
  const controller = new AbortController();
  onCleanup(() => controller.abort());

  const title = () => ui().chatBot?.title || texts.defaultTitle;
  const icon = () => ui().base?.icon;
  const mobile = () => ui().base?.layout === 'mobile';
  const zIndex = () => ui().base?.zIndex ?? 1000;
  const uploadable = () => ui().chatBot?.uploadable !== false;
  const userId = () => props.options.userInfo?.id || 'tryout-user';
  const botId = () => props.options.config.bot_id ?? '';

  /** Replaces the agent entry at `index` (appending it when it is the next one). */
  const showReply = (index: number, reply: AgentReply, round: number) =>
    setEntries((list) => {
      const next = [...list];
      next[index] = { kind: 'agent', reply, round };
      return next;
    });

  const send = async (text: string) => {
    const attachment = file();
    if (busy() || (!text.trim() && !attachment)) return;
    setBusy(true);
    setDraft('');
    setFile(undefined);
    setEntries((list) => [...list, { kind: 'user', text, ...(attachment ? { fileName: attachment.name } : {}) }]);
    const index = entries().length;
    try {
      let message: UserMessage = { text };
      if (attachment) {
        setUploading(true);
        const id = await uploadFile(attachment, props.build, controller.signal).finally(() => setUploading(false));
        message = { text, file: { id, name: attachment.name } };
      }
      const reply = await sendTurn(
        chatValues(botId(), userId(), message, conversationId),
        props.build,
        controller.signal,
        (r) => showReply(index, r, 0),
      );
      conversationId = reply.conversationId ?? conversationId;
    } catch (error) {
      showReply(
        index,
        { text: '', status: { state: 'failed', message: '' }, followUps: [], error: (error as Error).message },
        0,
      );
    } finally {
      setBusy(false);
    }
  };

  /** Sends the tool outputs of a waiting reply; the agent's next reply follows below it. */
  const submitTools = async (next: Parameters<typeof runFollowUp>[0], round: number) => {
    setBusy(true);
    const index = entries().length;
    try {
      await runFollowUp(next, props.build, controller.signal, (state) => showReply(index, replyOf(state), round));
    } finally {
      setBusy(false);
    }
  };

  const lastIndex = () => entries().length - 1;

  return (
    <div
      class="sw-root"
      classList={{ 'sw-mobile': mobile() }}
      style={{ 'z-index': String(zIndex()) }}
      data-testid="sandbox-widget"
    >
      <Show when={open()}>
        <section
          class="sw-window"
          role="dialog"
          aria-label={title()}
          style={mobile() ? undefined : { width: `${ui().chatBot?.width ?? 460}px` }}
          data-testid="sw-window"
        >
          <Show when={ui().header?.isShow !== false}>
            <header class="sw-header">
              <Icon src={icon()} title={title()} size={24} />
              <h2 class="sw-title" data-testid="sw-title">
                {title()}
              </h2>
              <Show when={ui().header?.isNeedClose !== false}>
                <button type="button" class="sw-close" aria-label={texts.close} onClick={() => setOpen(false)}>
                  ×
                </button>
              </Show>
            </header>
          </Show>
          <ol class="sw-messages" aria-live="polite" data-testid="sw-messages">
            <For each={entries()}>
              {(entry, index) =>
                entry.kind === 'user' ? (
                  <li class="sw-message sw-user" data-testid="sw-message" data-role="user">
                    {entry.text}
                    <Show when={entry.fileName}>
                      <span class="sw-file">📎 {entry.fileName}</span>
                    </Show>
                  </li>
                ) : (
                  <li
                    class="sw-message sw-agent"
                    data-testid="sw-message"
                    data-role="agent"
                    data-state={entry.reply.status.state}
                  >
                    <Show when={entry.reply.status.state === 'requires_action'}>
                      <span class="sw-tool" data-testid="sw-tool">
                        {texts.tool}{' '}
                        {(entry.reply.status as { toolCalls?: { name: string }[] }).toolCalls
                          ?.map((call) => call.name)
                          .join(', ')}
                      </span>
                    </Show>
                    <Show when={!entry.reply.text && entry.reply.status.state === 'streaming'}>
                      <span class="sw-thinking">{texts.thinking}</span>
                    </Show>
                    <span data-testid="sw-answer">{entry.reply.text}</span>
                    <Show when={entry.reply.error}>
                      <span class="sw-error" role="alert">
                        {entry.reply.error}
                      </span>
                    </Show>
                    <Show when={entry.reply.status.state === 'failed' && !entry.reply.error}>
                      <span class="sw-error" role="alert">
                        {(entry.reply.status as { message?: string }).message}
                      </span>
                    </Show>
                    <Show when={index() === lastIndex() && entry.reply.status.state === 'requires_action'}>
                      <ToolCallsForm
                        status={entry.reply.status as Parameters<typeof ToolCallsForm>[0]['status']}
                        stream={true}
                        round={entry.round + 1}
                        busy={busy()}
                        onSubmit={(next) => void submitTools(next, entry.round + 1)}
                      />
                    </Show>
                    <Show
                      when={
                        index() === lastIndex() &&
                        entry.reply.status.state === 'done' &&
                        entry.reply.followUps.length > 0
                      }
                    >
                      <div class="sw-followups" role="group" aria-label={texts.suggested}>
                        <For each={entry.reply.followUps}>
                          {(text) => (
                            <button
                              type="button"
                              class="sw-followup"
                              data-testid="sw-followup"
                              disabled={busy()}
                              onClick={() => void send(text)}
                            >
                              {text}
                            </button>
                          )}
                        </For>
                      </div>
                    </Show>
                  </li>
                )
              }
            </For>
          </ol>
          <form
            class="sw-input"
            onSubmit={(event) => {
              event.preventDefault();
              void send(draft());
            }}
          >
            <Show when={uploadable()}>
              <label class="sw-attach" title={texts.attach}>
                <span aria-hidden="true">📎</span>
                <span class="sr-only">{texts.attach}</span>
                <input
                  type="file"
                  class="sr-only"
                  data-testid="sw-upload"
                  onChange={(event) => setFile(event.currentTarget.files?.[0])}
                />
              </label>
            </Show>
            <div class="sw-draft">
              <Show when={file()}>
                <span class="sw-file" data-testid="sw-file">
                  {uploading() ? texts.uploading : `📎 ${file()?.name}`}
                </span>
              </Show>
              <textarea
                rows={1}
                aria-label={texts.placeholder}
                placeholder={texts.placeholder}
                value={draft()}
                onInput={(event) => setDraft(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) {
                    event.preventDefault();
                    void send(draft());
                  }
                }}
                data-testid="sw-input"
              />
            </div>
            <button type="submit" class="button sw-send" disabled={busy()} data-testid="sw-send">
              {texts.send}
            </button>
          </form>
          <Show when={ui().footer?.isShow !== false}>
            <footer class="sw-footer">{ui().footer?.expressionText || texts.footer}</footer>
          </Show>
        </section>
      </Show>
      <Show when={ballShown()}>
        <button
          type="button"
          class="sw-ball"
          aria-label={open() ? texts.close : texts.open}
          aria-expanded={open()}
          onClick={() => setOpen(!open())}
          data-testid="sw-ball"
        >
          <Show when={icon()} fallback={<span aria-hidden="true">💬</span>}>
            <Icon src={icon()} title={title()} size={32} />
          </Show>
        </button>
      </Show>
    </div>
  );
}
