import { For, Show } from 'solid-js';
import type { Texts } from '../../../lib/i18n/lang';
import { useTexts } from '../lang-context';
import type { Omitted } from './share-link';

const TEXTS: Texts<{
  filled: string;
  region: string;
  files: string;
  token: string;
  nothingRun: string;
  wrongPage: string;
  damaged: string;
  dismiss: string;
  locations: Record<'path' | 'query' | 'headers' | 'body', string>;
}> = {
  en: {
    filled: 'Filled from a shared link:',
    region: 'region',
    files: 'File fields were left out (a link cannot carry files); choose them again:',
    token: 'Left out because they held the sender’s token:',
    nothingRun: 'Nothing has been run. Check the form, then press Run.',
    wrongPage: 'This shared link is for another endpoint; the form was left as it was.',
    damaged: 'This shared link is damaged or cut short; the form was left as it was.',
    dismiss: 'Dismiss',
    locations: { path: 'path', query: 'query', headers: 'headers', body: 'body' },
  },
  zh: {
    filled: '已按分享链接填写：',
    region: '区域',
    files: '文件字段未包含（链接无法携带文件），请重新选择：',
    token: '以下字段含有分享者的访问令牌，未包含：',
    nothingRun: '尚未运行任何请求。请检查表单后点击“运行”。',
    wrongPage: '此分享链接属于另一个接口，表单未改动。',
    damaged: '此分享链接已损坏或不完整，表单未改动。',
    dismiss: '关闭',
    locations: { path: '路径参数', query: '查询参数', headers: '请求头', body: '请求体' },
  },
};

/** What opening a share link did to the form. */
export type ShareOutcome =
  | {
      readonly kind: 'filled';
      readonly region?: string;
      readonly filled: Partial<Record<'path' | 'query' | 'headers' | 'body', readonly string[]>>;
      readonly omitted: readonly Omitted[];
    }
  | { readonly kind: 'wrong-page' | 'damaged' };

/** The banner a page opened from a share link shows: what was filled, what was left out, that nothing ran. */
export default function ShareBanner(props: { outcome: ShareOutcome; onDismiss: () => void }) {
  const text = useTexts(TEXTS);
  const filled = () => (props.outcome.kind === 'filled' ? props.outcome : undefined);
  const fields = (reason: Omitted['reason']) =>
    (filled()?.omitted ?? []).filter((item) => item.reason === reason).map((item) => item.field);
  return (
    <div class="pg-status pg-share-banner" role="status" data-testid="share-banner">
      <Show when={filled()} fallback={<p>{props.outcome.kind === 'wrong-page' ? text.wrongPage : text.damaged}</p>}>
        {(outcome) => (
          <>
            <p>{text.filled}</p>
            <ul>
              <Show when={outcome().region}>
                <li>
                  {text.region}: <code>{outcome().region}</code>
                </li>
              </Show>
              <For each={Object.entries(outcome().filled)}>
                {([location, names]) => (
                  <li>
                    {text.locations[location as 'body']}: <code>{names.join(', ')}</code>
                  </li>
                )}
              </For>
            </ul>
            <Show when={fields('file').length}>
              <p data-testid="share-omitted">
                {text.files} <code>{fields('file').join(', ')}</code>
              </p>
            </Show>
            <Show when={fields('token').length}>
              <p>
                {text.token} <code>{fields('token').join(', ')}</code>
              </p>
            </Show>
            <p>{text.nothingRun}</p>
          </>
        )}
      </Show>
      <button type="button" class="pg-link" onClick={() => props.onDismiss()}>
        {text.dismiss}
      </button>
    </div>
  );
}
