import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Endpoint } from '../../catalog/types';
import { buildRequest, type BuildOptions } from '../../lib/request-model';
import {
  buildSamples,
  CHAT_VARIANTS,
  hasChatVariants,
  samplesNote,
  type ChatVariant,
  type SampleLanguage,
} from '../../lib/samples';
import type { RequestValues } from '../../lib/validate-request';
import { readStored, writeStored } from './storage';

const LANGUAGE_KEY = 'coze-playground.sample-language';

/** Sample code for the request in the form: one tab per language, a chat variant picker, a copy button. */
export default function Samples(props: { endpoint: Endpoint; values: RequestValues; options: BuildOptions }) {
  // Built without the token: samples read it from the environment.
  const model = createMemo(() => buildRequest(props.endpoint, props.values, { ...props.options, token: undefined }));
  const [pickedVariant, setPickedVariant] = createSignal<ChatVariant>();
  // Until one is picked, the variant follows the form: streaming when the request streams.
  const variant = (): ChatVariant => pickedVariant() ?? (model().streams ? 'streaming' : 'non-streaming');
  const samples = createMemo(() => buildSamples(props.endpoint, model(), props.values, variant()));
  const [chosen, setChosen] = createSignal<SampleLanguage>(
    (readStored('local', LANGUAGE_KEY) as SampleLanguage | null) ?? 'curl',
  );
  const current = () => samples().find((sample) => sample.language === chosen()) ?? samples()[0];
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
    const index = samples().findIndex((sample) => sample.language === current()?.language);
    const next = samples()[(index + (event.key === 'ArrowRight' ? 1 : -1) + samples().length) % samples().length];
    if (!next) return;
    choose(next.language);
    document.getElementById(`pg-tab-${next.language}`)?.focus();
  }

  return (
    <section class="pg-panel" aria-labelledby="pg-samples-title" data-testid="samples">
      <div class="pg-bar">
        <h3 id="pg-samples-title">Sample code</h3>
        <Show when={current()}>
          <button type="button" class="button" onClick={copy} data-testid="copy-sample">
            {copied() ? 'Copied' : 'Copy'}
          </button>
        </Show>
      </div>
      <Show
        when={current()}
        fallback={
          <p class="pg-muted" data-testid="samples-note">
            {samplesNote(props.endpoint)}
          </p>
        }
      >
        <div class="pg-tabs" role="tablist" aria-label="Language" onKeyDown={onKeyDown}>
          <For each={samples()}>
            {(sample) => (
              <button
                type="button"
                role="tab"
                id={`pg-tab-${sample.language}`}
                aria-selected={current()?.language === sample.language}
                aria-controls="pg-sample-panel"
                tabIndex={current()?.language === sample.language ? 0 : -1}
                onClick={() => choose(sample.language)}
              >
                {sample.label}
              </button>
            )}
          </For>
        </div>
        <Show when={hasChatVariants(props.endpoint)}>
          <label class="pg-muted">
            Chat program{' '}
            <select
              data-testid="sample-variant"
              value={variant()}
              onChange={(event) => setPickedVariant(event.currentTarget.value as ChatVariant)}
            >
              <For each={CHAT_VARIANTS}>{(option) => <option value={option.id}>{option.label}</option>}</For>
            </select>
          </label>
          <p class="pg-muted">
            The variant shapes the SDK programs; curl, fetch and requests send the request in the form.
          </p>
        </Show>
        <div role="tabpanel" id="pg-sample-panel" aria-labelledby={`pg-tab-${current()?.language}`} tabIndex={0}>
          <Show when={current()?.note}>
            <p class="pg-muted" data-testid="sample-note">
              {current()?.note}
            </p>
          </Show>
          <pre class="pg-pre pg-sample">
            <code data-testid="sample-code">{current()?.code}</code>
          </pre>
        </div>
        <p class="pg-muted">
          Samples read the token from the <code>COZE_API_TOKEN</code> environment variable; your token is never written
          into them. The JavaScript and Python programs call <code>COZE_API_BASE</code> instead of the region’s base URL
          when it is set.
        </p>
      </Show>
    </section>
  );
}
