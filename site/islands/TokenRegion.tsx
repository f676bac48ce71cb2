import { createSignal, For, lazy, Show } from 'solid-js';
import type { Texts } from '../../lib/i18n/lang';
import { REGIONS, type Region } from '../../lib/request-model';
import type { Connection } from './connection';
import { useTexts } from './lang-context';
import { GRANT_KEY, PKCE_PENDING_KEY } from './setting-keys';
import { readStored } from './storage';

// The token flows (PKCE, device code, JWT) load when opened, or at start when a token from one
// is in the field (its expiry shows and it renews) or the consent page has just sent the user back.
const TokenFlows = lazy(() => import('./token-flows/TokenFlows'));
const FLOW_BUTTON: Texts<{ open: string }> = { en: { open: 'Get a token…' }, zh: { open: '获取令牌…' } };
const flowsUnderWay = () =>
  readStored('session', PKCE_PENDING_KEY) !== null ||
  readStored('session', GRANT_KEY) !== null ||
  readStored('local', GRANT_KEY) !== null;

const TEXTS: Texts<{
  regions: Record<Region, string>;
  connection: string;
  region: string;
  token: string;
  noTokenNeeded: string;
  tokenPlaceholder: string;
  hide: string;
  show: string;
  tokenNote: string;
  sandboxNote: string;
  remember: string;
  pace: string;
  paceDefault: string;
  paceNote: string;
}> = {
  en: {
    regions: {
      sandbox: 'Sandbox (simulated, no token needed)',
      cn: 'api.coze.cn (China)',
      com: 'api.coze.com (international)',
    },
    connection: 'Connection',
    region: 'Region',
    token: 'Token',
    noTokenNeeded: 'Not needed in the sandbox',
    tokenPlaceholder: 'pat_… personal access token',
    hide: 'Hide',
    show: 'Show',
    tokenNote:
      'Sent only to this playground’s relay, which forwards it to Coze and never stores it. Kept in this tab unless you tick the box.',
    sandboxNote:
      'The sandbox needs no token: it answers with simulated data, and this browser gets its own sandbox session.',
    remember: 'Remember the token on this device',
    pace: 'Event pace (ms)',
    paceDefault: 'default',
    paceNote: 'Delay between simulated stream events, to watch a stream arrive.',
  },
  zh: {
    regions: {
      sandbox: '沙箱（模拟数据，无需令牌）',
      cn: 'api.coze.cn（中国）',
      com: 'api.coze.com（国际）',
    },
    connection: '连接',
    region: '区域',
    token: '访问令牌',
    noTokenNeeded: '沙箱中无需令牌',
    tokenPlaceholder: 'pat_… 个人访问令牌',
    hide: '隐藏',
    show: '显示',
    tokenNote: '只发送给本调试台的中转服务，由它转发给 Coze，从不保存。除非勾选下方选项，否则只保存在当前标签页。',
    sandboxNote: '沙箱无需令牌：它返回模拟数据，并为这个浏览器单独开一个沙箱会话。',
    remember: '在此设备上记住令牌',
    pace: '事件间隔（毫秒）',
    paceDefault: '默认',
    paceNote: '模拟流式事件之间的延迟，便于观察流式响应逐步到达。',
  },
};

/** Token and region: where runs go and as whom. */
export default function TokenRegion(props: { connection: Connection }) {
  const t = useTexts(TEXTS);
  const [shown, setShown] = createSignal(false);
  const [flowsOpen, setFlowsOpen] = createSignal(false);
  const flowTexts = useTexts(FLOW_BUTTON);
  const sandbox = () => props.connection.region() === 'sandbox';
  return (
    <fieldset class="pg-location pg-connection" data-testid="token-region">
      <legend>{t.connection}</legend>
      <div class="pg-field">
        <label class="pg-label" for="pg-region">
          {t.region}
        </label>
        <select
          id="pg-region"
          class="pg-input"
          value={props.connection.region()}
          onChange={(event) => props.connection.setRegion(event.currentTarget.value as Region)}
        >
          <For each={REGIONS}>
            {(region) => (
              <option value={region} selected={region === props.connection.region()}>
                {t.regions[region]}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-token">
          {t.token}
          <Show when={!sandbox()}>
            <span class="pg-req" aria-hidden="true">
              *
            </span>
          </Show>
        </label>
        <div class="pg-row">
          <input
            id="pg-token"
            class="pg-input"
            type={shown() ? 'text' : 'password'}
            autocomplete="off"
            spellcheck={false}
            placeholder={sandbox() ? t.noTokenNeeded : t.tokenPlaceholder}
            aria-required={!sandbox()}
            aria-describedby="pg-token-note"
            value={props.connection.token()}
            onInput={(event) => props.connection.setToken(event.currentTarget.value)}
          />
          <button
            type="button"
            class="button"
            aria-pressed={shown()}
            aria-controls="pg-token"
            onClick={() => setShown(!shown())}
          >
            {shown() ? t.hide : t.show}
          </button>
          <button
            type="button"
            class="button"
            aria-expanded={flowsOpen()}
            data-testid="token-flows-open"
            onClick={() => setFlowsOpen(!flowsOpen())}
          >
            {flowTexts.open}
          </button>
        </div>
        <Show when={flowsOpen() || flowsUnderWay()}>
          <TokenFlows connection={props.connection} open={flowsOpen()} onClose={() => setFlowsOpen(false)} />
        </Show>
        <p class="pg-muted" id="pg-token-note">
          <Show when={sandbox()} fallback={t.tokenNote}>
            {t.sandboxNote}
          </Show>
        </p>
        <label class="pg-check">
          <input
            type="checkbox"
            checked={props.connection.remember()}
            onChange={(event) => props.connection.setRemember(event.currentTarget.checked)}
          />
          {t.remember}
        </label>
      </div>
      <Show when={sandbox()}>
        <div class="pg-field">
          <label class="pg-label" for="pg-pace">
            {t.pace}
          </label>
          <input
            id="pg-pace"
            class="pg-input pg-narrow"
            type="number"
            min="0"
            max="5000"
            step="10"
            placeholder={t.paceDefault}
            aria-describedby="pg-pace-note"
            value={props.connection.paceMs() ?? ''}
            onInput={(event) => {
              const value = event.currentTarget.value;
              props.connection.setPaceMs(value === '' ? undefined : Number(value));
            }}
          />
          <p class="pg-muted" id="pg-pace-note">
            {t.paceNote}
          </p>
        </div>
      </Show>
    </fieldset>
  );
}
