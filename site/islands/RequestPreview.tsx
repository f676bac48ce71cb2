import { For, Match, Switch } from 'solid-js';
import { maskedHeaders, type MultipartPart, type RequestModel } from '../../lib/request-model';
import type { Texts } from '../../lib/i18n/lang';
import { useTexts } from './lang-context';

const TEXTS: Texts<{ request: string; boundary: string; file: string }> = {
  en: { request: 'Request', boundary: 'multipart/form-data (the browser sets the boundary)', file: 'file' },
  zh: { request: '请求', boundary: 'multipart/form-data（boundary 由浏览器设置）', file: '文件' },
};

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1048576
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The request exactly as Run sends it, the token masked. */
export default function RequestPreview(props: { model: RequestModel }) {
  const t = useTexts(TEXTS);
  return (
    <details class="pg-panel" data-testid="request-preview">
      <summary>
        {t.request} <span class={`method m-${props.model.method.toLowerCase()}`}>{props.model.method}</span>{' '}
        <code data-testid="preview-url">{props.model.url}</code>
      </summary>
      <dl class="pg-headers">
        <For each={maskedHeaders(props.model.headers)}>
          {([name, value]) => (
            <>
              <dt>{name}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </>
          )}
        </For>
      </dl>
      <Switch>
        <Match when={props.model.body.kind === 'json' && props.model.body}>
          {(body) => <pre class="pg-pre">{(body() as { text: string }).text}</pre>}
        </Match>
        <Match when={props.model.body.kind === 'multipart' && props.model.body}>
          {(body) => (
            <ul class="pg-parts">
              <li class="pg-muted">{t.boundary}</li>
              <For each={(body() as { parts: readonly MultipartPart[] }).parts}>
                {(part) => (
                  <li>
                    <code>{part.name}</code>:{' '}
                    {part.value !== undefined ? (
                      <code>{part.value}</code>
                    ) : (
                      `${t.file} ${part.fileName ?? ''} (${size(part.size)})`
                    )}
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </details>
  );
}
