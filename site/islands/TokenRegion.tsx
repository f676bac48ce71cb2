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

const REGION_LABELS: Record<Region, string> = {
  sandbox: 'Sandbox (simulated, no token needed)',
  cn: 'api.coze.cn (China)',
  com: 'api.coze.com (international)',
};

/** Token and region: where runs go and as whom. */
export default function TokenRegion(props: { connection: Connection }) {
  const [shown, setShown] = createSignal(false);
  const [flowsOpen, setFlowsOpen] = createSignal(false);
  const flowTexts = useTexts(FLOW_BUTTON);
  const sandbox = () => props.connection.region() === 'sandbox';
  return (
    <fieldset class="pg-location pg-connection" data-testid="token-region">
      <legend>Connection</legend>
      <div class="pg-field">
        <label class="pg-label" for="pg-region">
          Region
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
                {REGION_LABELS[region]}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-token">
          Token
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
            placeholder={sandbox() ? 'Not needed in the sandbox' : 'pat_… personal access token'}
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
            {shown() ? 'Hide' : 'Show'}
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
          <Show
            when={sandbox()}
            fallback={
              <>
                Sent only to this playground’s relay, which forwards it to Coze and never stores it. Kept in this tab
                unless you tick the box.
              </>
            }
          >
            The sandbox needs no token: it answers with simulated data, and this browser gets its own sandbox session.
          </Show>
        </p>
        <label class="pg-check">
          <input
            type="checkbox"
            checked={props.connection.remember()}
            onChange={(event) => props.connection.setRemember(event.currentTarget.checked)}
          />
          Remember the token on this device
        </label>
      </div>
      <Show when={sandbox()}>
        <div class="pg-field">
          <label class="pg-label" for="pg-pace">
            Event pace (ms)
          </label>
          <input
            id="pg-pace"
            class="pg-input pg-narrow"
            type="number"
            min="0"
            max="5000"
            step="10"
            placeholder="default"
            aria-describedby="pg-pace-note"
            value={props.connection.paceMs() ?? ''}
            onInput={(event) => {
              const value = event.currentTarget.value;
              props.connection.setPaceMs(value === '' ? undefined : Number(value));
            }}
          />
          <p class="pg-muted" id="pg-pace-note">
            Delay between simulated stream events, to watch a stream arrive.
          </p>
        </div>
      </Show>
    </fieldset>
  );
}
