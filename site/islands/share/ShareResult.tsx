import { createSignal, onMount, Show } from 'solid-js';
import type { Texts } from '../../../lib/i18n/lang';
import type { FormValues, Region } from '../../../lib/request-model';
import { useTexts } from '../lang-context';

const TEXTS: Texts<{
  copied: string;
  notCopied: string;
  failed: string;
  link: string;
  leftOut: (fields: string) => string;
}> = {
  en: {
    copied: 'Link copied. It fills the form and runs nothing; your token is not in it.',
    notCopied: 'Copy the link from the box. It fills the form and runs nothing; your token is not in it.',
    failed: 'Could not make the link: ',
    link: 'Share link',
    leftOut: (fields) => `Left out: ${fields}.`,
  },
  zh: {
    copied: '链接已复制。打开后只填写表单，不会自动运行；链接中不含你的访问令牌。',
    notCopied: '请从输入框复制链接。打开后只填写表单，不会自动运行；链接中不含你的访问令牌。',
    failed: '无法生成链接：',
    link: '分享链接',
    leftOut: (fields) => `未包含：${fields}。`,
  },
};

/** What a share link is made from: read when asked, so the link is the form as it is then. */
export interface ShareSource {
  readonly endpointId: string;
  readonly region?: Region;
  readonly values: FormValues;
  /** Every token the page holds (the user's, the sandbox's): none may be in the link. */
  readonly tokens: readonly (string | undefined)[];
}

/**
 * Makes a share link of a request (the form's, or a past run's), copies it, and shows it with what
 * it left out. Rendered by share-ui.tsx on each click of Share (ShareControl).
 */
export default function ShareResult(props: { source: () => Promise<ShareSource> | ShareSource }) {
  const text = useTexts(TEXTS);
  const [result, setResult] = createSignal<{ url?: string; message: string }>();
  async function share(): Promise<void> {
    try {
      const [{ shareableState, shareLink }, source] = await Promise.all([import('./share-link'), props.source()]);
      const { state, omitted } = shareableState(source.endpointId, source.region, source.values, source.tokens);
      const url = await shareLink(window.location.origin, window.location.pathname, state, source.tokens);
      const left = omitted.length ? ` ${text.leftOut(omitted.map((item) => item.field).join(', '))}` : '';
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // No clipboard permission: the box below holds the link to copy by hand.
      }
      setResult({ url, message: `${copied ? text.copied : text.notCopied}${left}` });
    } catch (error) {
      setResult({ message: `${text.failed}${(error as Error).message}` });
    }
  }
  onMount(() => void share());
  return (
    <Show when={result()}>
      {(shown) => (
        <span class="pg-share-result">
          <Show when={shown().url}>
            <input
              class="pg-input"
              readOnly
              aria-label={text.link}
              value={shown().url}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="share-url"
            />
          </Show>
          <span class="pg-muted" role="status" data-testid="share-status">
            {shown().message}
          </span>
        </span>
      )}
    </Show>
  );
}
