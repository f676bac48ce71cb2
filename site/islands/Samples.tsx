import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { RequestSide } from '../../catalog/types';
import { buildRequest, type BuildOptions } from '../../lib/request-model';
import { inputOf, type ChatVariant } from '../../lib/samples/shared';
import { loadWriter, tabOf } from '../../lib/samples/registry';
import {
  CHAT_VARIANTS,
  hasChatVariants,
  sampleLanguages,
  sampleOf,
  samplesNote,
  type SampleLanguage,
  type SampleWriter,
} from '../../lib/samples/tabs';
import type { RequestValues } from '../../lib/validate-request';
import { readStored, writeStored } from './storage';
import type { Texts } from '../../lib/i18n/lang';
import { useLang, useTexts } from './lang-context';

const TEXTS: Texts<{
  cannotLoad: (label: string, why: string) => string;
  title: string;
  copied: string;
  copy: string;
  language: string;
  chatProgram: string;
  variantNote: string;
  loading: string;
  tokenNote: [string, string, string];
}> = {
  en: {
    cannotLoad: (label, why) => `The ${label} sample could not load: ${why}`,
    title: 'Sample code',
    copied: 'Copied',
    copy: 'Copy',
    language: 'Language',
    chatProgram: 'Chat program',
    variantNote: 'The variant shapes the SDK programs; curl, fetch and requests send the request in the form.',
    loading: 'Loading the sample…',
    tokenNote: [
      'Samples read the token from the',
      'environment variable; your token is never written into them. The JavaScript and Python programs call',
      'instead of the region’s base URL when it is set.',
    ],
  },
  zh: {
    cannotLoad: (label, why) => `${label} 示例加载失败：${why}`,
    title: '示例代码',
    copied: '已复制',
    copy: '复制',
    language: '语言',
    chatProgram: '对话程序',
    variantNote: '所选变体决定 SDK 程序的写法；curl、fetch 和 requests 发送的就是表单中的请求。',
    loading: '正在加载示例…',
    tokenNote: [
      '示例从环境变量',
      '读取访问令牌，你的令牌从不会写进示例。设置了',
      '时，JavaScript 和 Python 程序会用它代替所选区域的基础 URL。',
    ],
  },
};

const LANGUAGE_KEY = 'coze-playground.sample-language';

/** Sample code for the request in the form: one tab per language, a chat variant picker, a copy button. */
export default function Samples(props: { endpoint: RequestSide; values: RequestValues; options: BuildOptions }) {
  const t = useTexts(TEXTS);
  const lang = useLang();
  // Built without the token: samples read it from the environment.
  const model = createMemo(() => buildRequest(props.endpoint, props.values, { ...props.options, token: undefined }));
  const [pickedVariant, setPickedVariant] = createSignal<ChatVariant>();
  // Until one is picked, the variant follows the form: streaming when the request streams.
  const variant = (): ChatVariant => pickedVariant() ?? (model().streams ? 'streaming' : 'non-streaming');
  const languages = sampleLanguages(props.endpoint);
  const [chosen, setChosen] = createSignal<SampleLanguage>(
    (readStored('local', LANGUAGE_KEY) as SampleLanguage | null) ?? 'curl',
  );
  // The tab shown: the chosen language where this endpoint has it, else the first.
  const shown = () => (languages.includes(chosen()) ? chosen() : languages[0]);
  // The shown tab's writer, loaded when the tab is first shown; code appears once it is here.
  const [loaded, setLoaded] = createSignal<{ language: SampleLanguage; writer: SampleWriter }>();
  const [loadError, setLoadError] = createSignal('');
  createEffect(() => {
    const language = shown();
    if (!language) return;
    setLoadError('');
    loadWriter(language).then(
      (writer) => {
        if (shown() === language) setLoaded({ language, writer });
      },
      (error: Error) => setLoadError(t.cannotLoad(tabOf(language).label, error.message)),
    );
  });
  const current = createMemo(() => {
    const ready = loaded();
    if (!ready || ready.language !== shown()) return undefined;
    return sampleOf(ready.language, inputOf(props.endpoint, model(), props.values, variant()), ready.writer, lang);
  });
  const [copied, setCopied] = createSignal(false);

  function choose(language: SampleLanguage): void {
    setChosen(language);
    writeStored('local', LANGUAGE_KEY, language);
    setCopied(false);
  }

  async function copy(): Promise<void> {
    const code = current()?.code;
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = languages.indexOf(shown()!);
    const next = languages[(index + (event.key === 'ArrowRight' ? 1 : -1) + languages.length) % languages.length];
    if (!next) return;
    choose(next);
    document.getElementById(`pg-tab-${next}`)?.focus();
  }

  return (
    <section class="pg-panel" aria-labelledby="pg-samples-title" data-testid="samples">
      <div class="pg-bar">
        <h3 id="pg-samples-title">{t.title}</h3>
        <Show when={current()}>
          <button type="button" class="button" onClick={copy} data-testid="copy-sample">
            {copied() ? t.copied : t.copy}
          </button>
        </Show>
      </div>
      <Show
        when={languages.length}
        fallback={
          <p class="pg-muted" data-testid="samples-note">
            {samplesNote(props.endpoint, lang)}
          </p>
        }
      >
        <div class="pg-tabs" role="tablist" aria-label={t.language} onKeyDown={onKeyDown}>
          <For each={languages}>
            {(language) => (
              <button
                type="button"
                role="tab"
                id={`pg-tab-${language}`}
                aria-selected={shown() === language}
                aria-controls="pg-sample-panel"
                tabIndex={shown() === language ? 0 : -1}
                onClick={() => choose(language)}
              >
                {tabOf(language).label}
              </button>
            )}
          </For>
        </div>
        <Show when={hasChatVariants(props.endpoint)}>
          <label class="pg-muted">
            {t.chatProgram}{' '}
            <select
              data-testid="sample-variant"
              value={variant()}
              onChange={(event) => setPickedVariant(event.currentTarget.value as ChatVariant)}
            >
              <For each={CHAT_VARIANTS}>
                {(option) => <option value={option.id}>{lang === 'zh' ? option.labelZh : option.label}</option>}
              </For>
            </select>
          </label>
          <p class="pg-muted">{t.variantNote}</p>
        </Show>
        <div role="tabpanel" id="pg-sample-panel" aria-labelledby={`pg-tab-${shown()}`} tabIndex={0}>
          <Show when={current()?.note}>
            <p class="pg-muted" data-testid="sample-note">
              {current()?.note}
            </p>
          </Show>
          <Show
            when={current()}
            fallback={
              <p class="pg-muted" role={loadError() ? 'alert' : undefined}>
                {loadError() || t.loading}
              </p>
            }
          >
            {(sample) => (
              <pre class="pg-pre pg-sample">
                <code data-testid="sample-code">{sample().code}</code>
              </pre>
            )}
          </Show>
        </div>
        <p class="pg-muted">
          {t.tokenNote[0]} <code>COZE_API_TOKEN</code> {t.tokenNote[1]} <code>COZE_API_BASE</code> {t.tokenNote[2]}
        </p>
      </Show>
    </section>
  );
}
