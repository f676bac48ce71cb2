import { For, Match, Show, Switch } from 'solid-js';
import { safeLinkHref } from '../../lib/safe-link';
import type { StreamStatus as Status } from '../../lib/stream-view';
import CodeMeaning from './CodeMeaning';
import type { Texts } from '../../lib/i18n/lang';
import { useLang, useTexts } from './lang-context';

const TEXTS: Texts<{
  interruptTypes: Record<number, string>;
  typeNode: (type: number) => string;
  streaming: string;
  done: string;
  tokens: (n: number) => string;
  trace: string;
  waits: (conversation: string | undefined, chat: string | undefined) => string;
  interruptedAt: (where: string) => string;
  resumeWith: string;
  and: string;
  failed: string;
  incomplete: string;
}> = {
  en: {
    interruptTypes: { 2: 'question node', 5: 'input node', 6: 'local plugin', 7: 'OAuth plugin' },
    typeNode: (type) => `type ${type} node`,
    streaming: 'Streaming…',
    done: 'Done',
    tokens: (n) => ` · ${n} tokens`,
    trace: 'trace',
    waits: (conversation, chat) =>
      `The agent waits for local tool results: run these calls and answer them with submit-tool-outputs (conversation ${conversation ?? ''}, chat ${chat ?? ''}).`,
    interruptedAt: (where) => `Interrupted at a ${where}`,
    resumeWith: '. Resume with event_id',
    and: 'and interrupt_type',
    failed: 'Failed',
    incomplete: 'The stream closed before its final event.',
  },
  zh: {
    interruptTypes: { 2: '问答节点', 5: '输入节点', 6: '端插件', 7: 'OAuth 插件' },
    typeNode: (type) => `类型为 ${type} 的节点`,
    streaming: '流式传输中…',
    done: '完成',
    tokens: (n) => ` · ${n} 个 token`,
    trace: '调试链路',
    waits: (conversation, chat) =>
      `智能体在等待本地工具的结果：请执行这些调用，并用 submit-tool-outputs 提交结果（会话 ${conversation ?? ''}，对话 ${chat ?? ''}）。`,
    interruptedAt: (where) => `在${where}处中断`,
    resumeWith: '。恢复运行时使用 event_id',
    and: '和 interrupt_type',
    failed: '失败',
    incomplete: '流在最终事件之前就关闭了。',
  },
};

/** Where a stream stands, in words, with what to do next. */
export default function StreamStatus(props: { status: Status }) {
  const t = useTexts(TEXTS);
  const lang = useLang();
  return (
    <div
      class={`pg-status pg-status-${props.status.state}`}
      data-testid="stream-status"
      data-state={props.status.state}
    >
      <Switch>
        <Match when={props.status.state === 'streaming'}>{t.streaming}</Match>
        <Match when={props.status.state === 'done' && props.status}>
          {(status) => {
            const done = () => status() as Extract<Status, { state: 'done' }>;
            return (
              <>
                {t.done}
                {done().tokenCount !== undefined ? t.tokens(done().tokenCount!) : ''}
                <Show when={safeLinkHref(done().debugUrl)}>
                  {(url) => (
                    <>
                      {' · '}
                      <a href={url()} target="_blank" rel="noreferrer noopener">
                        {t.trace}
                      </a>
                    </>
                  )}
                </Show>
              </>
            );
          }}
        </Match>
        <Match when={props.status.state === 'requires_action' && props.status}>
          {(status) => {
            const action = () => status() as Extract<Status, { state: 'requires_action' }>;
            return (
              <>
                <p>{t.waits(action().conversationId, action().chatId)}</p>
                <ul>
                  <For each={action().toolCalls}>
                    {(call) => (
                      <li>
                        <code>{call.id}</code> {call.name}(<code>{call.arguments}</code>)
                      </li>
                    )}
                  </For>
                </ul>
              </>
            );
          }}
        </Match>
        <Match when={props.status.state === 'interrupted' && props.status}>
          {(status) => {
            const stop = () => status() as Extract<Status, { state: 'interrupted' }>;
            return (
              <p>
                {t.interruptedAt(t.interruptTypes[stop().type] ?? t.typeNode(stop().type))}
                {stop().nodeTitle ? ` (${stop().nodeTitle})` : ''}
                {stop().question ? `: “${stop().question}”` : ''}
                {t.resumeWith} <code>{stop().eventId}</code> {t.and} <code>{stop().type}</code>
                {lang === 'zh' ? '。' : '.'}
              </p>
            );
          }}
        </Match>
        <Match when={props.status.state === 'failed' && props.status}>
          {(status) => {
            const failed = () => status() as Extract<Status, { state: 'failed' }>;
            const code = () => (typeof failed().code === 'number' ? (failed().code as number) : undefined);
            return (
              <p role="alert">
                {t.failed}
                {failed().code !== undefined ? ` (${failed().code})` : ''}: {failed().message}
                <Show when={code()}>{(known) => <CodeMeaning code={known()} />}</Show>
              </p>
            );
          }}
        </Match>
        <Match when={props.status.state === 'incomplete'}>{t.incomplete}</Match>
      </Switch>
    </div>
  );
}
