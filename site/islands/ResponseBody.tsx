import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { isApiErrorBody } from '../../lib/api-error';
import { cozeStatusOf } from '../../lib/coze-error-codes';
import CodeMeaning from './CodeMeaning';
import JsonTree from './JsonTree';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ jsonNotStream: string; playgroundError: string; cozeCode: string; body: string; raw: string }> = {
  en: {
    jsonNotStream: 'A JSON error came back where a stream was expected: the request failed before streaming started.',
    playgroundError: 'Playground error',
    cozeCode: 'Coze code',
    body: 'Body',
    raw: 'Raw',
  },
  zh: {
    jsonNotStream: '预期的是流式响应，返回的却是 JSON 错误：请求在开始流式输出之前就失败了。',
    playgroundError: '调试台错误',
    cozeCode: 'Coze 错误码',
    body: '响应体',
    raw: '原文',
  },
};

/** A JSON body: our error or Coze's `code`/`msg` decoded first, then the body, folded or raw. */
export default function ResponseBody(props: { json: unknown; text: string; expectedStream: boolean }) {
  const t = useTexts(TEXTS);
  const [showRaw, setShowRaw] = createSignal(false);
  const apiError = () => (isApiErrorBody(props.json) ? props.json.error : undefined);
  // Our errors carry Coze's `code` and `msg` too, for the SDKs; here they are shown once, as ours.
  const coze = () => (apiError() ? undefined : cozeStatusOf(props.json));
  const failed = () => Boolean(apiError()) || (coze()?.code ?? 0) !== 0;
  return (
    <div class="pg-body" data-testid="response-body">
      <Show when={props.expectedStream && failed()}>
        <p class="pg-status pg-status-failed">{t.jsonNotStream}</p>
      </Show>
      <Show when={apiError()}>
        {(error) => (
          <div class="pg-status pg-status-failed" role="alert" data-testid="api-error">
            <p>
              {t.playgroundError} <code>{error().code}</code> ({error().status}): {error().message}
            </p>
            <Show when={error().issues?.length}>
              <ul>
                <For each={error().issues}>
                  {(issue) => (
                    <li>
                      <code>
                        {issue.location}
                        {issue.path ? `.${issue.path}` : ''}
                      </code>
                      : {issue.message}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <Show when={coze()}>
        {(status) => (
          <p
            class={`pg-status ${status().code === 0 ? 'pg-status-done' : 'pg-status-failed'}`}
            data-testid="coze-code"
            role={status().code === 0 ? undefined : 'alert'}
          >
            {t.cozeCode} <code>{status().code}</code>
            {status().msg ? `: ${status().msg}` : ''}
            <Show when={status().code !== 0}>
              <CodeMeaning code={status().code} />
            </Show>
          </p>
        )}
      </Show>
      <div class="pg-bar">
        <h4>{t.body}</h4>
        <button type="button" class="button" aria-pressed={showRaw()} onClick={() => setShowRaw(!showRaw())}>
          {t.raw}
        </button>
      </div>
      <Switch fallback={<pre class="pg-pre">{props.text}</pre>}>
        <Match when={!showRaw() && props.json !== undefined}>
          <div class="pg-json-root">
            <JsonTree value={props.json} />
          </div>
        </Match>
        <Match when={props.json !== undefined}>
          <pre class="pg-pre">{JSON.stringify(props.json, null, 2)}</pre>
        </Match>
      </Switch>
    </div>
  );
}
