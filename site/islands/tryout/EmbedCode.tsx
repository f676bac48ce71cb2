import { createSignal, For } from 'solid-js';
import type { Texts } from '../../../lib/i18n/lang';
import { useTexts } from '../lang-context';

const TEXTS: Texts<{ title: string; copy: string; copied: string; note: string }> = {
  en: {
    title: 'Embed code',
    copy: 'Copy',
    copied: 'Copied',
    note: 'Follows the form as you type. The token is never written: replace the placeholder with yours, or better, have your server hand out a short-lived token.',
  },
  zh: {
    title: '嵌入代码',
    copy: '复制',
    copied: '已复制',
    note: '随表单实时更新。代码中不会写入访问令牌：请将占位符替换为你的令牌，更好的做法是由你的服务端签发短期令牌。',
  },
};

/** One variant of the embed code: its tab label and the code. */
export interface CodeVariant {
  readonly id: string;
  readonly label: string;
  readonly language: string;
  readonly code: string;
}

/** The embed code a try-out makes, one tab per variant (HTML snippet, npm), updated as the form changes. */
export default function EmbedCode(props: { variants: readonly CodeVariant[] }) {
  const texts = useTexts(TEXTS);
  const [tab, setTab] = createSignal(0);
  const [copied, setCopied] = createSignal(false);
  const current = () => props.variants[tab()] ?? props.variants[0];
  const copy = async () => {
    await navigator.clipboard?.writeText(current()?.code ?? '');
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <section class="tryout-code" aria-labelledby="tryout-code-title" data-testid="tryout-code">
      <h3 id="tryout-code-title">{texts.title}</h3>
      <div class="pg-tabs" role="tablist">
        <For each={props.variants}>
          {(variant, index) => (
            <button
              type="button"
              role="tab"
              class="pg-tab"
              aria-selected={tab() === index()}
              data-testid={`tryout-tab-${variant.id}`}
              onClick={() => setTab(index())}
            >
              {variant.label}
            </button>
          )}
        </For>
        <button type="button" class="pg-link" onClick={() => void copy()} data-testid="tryout-copy">
          {copied() ? texts.copied : texts.copy}
        </button>
      </div>
      <pre tabindex="0" data-testid={`tryout-code-${current()?.id ?? ''}`} data-language={current()?.language}>
        <code>{current()?.code}</code>
      </pre>
      <p class="pg-muted">{texts.note}</p>
    </section>
  );
}
