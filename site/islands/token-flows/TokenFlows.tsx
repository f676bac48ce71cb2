import { createSignal, For, Match, onCleanup, onMount, Show, Switch, createEffect } from 'solid-js';
import { isDue, type Grant } from '../../../lib/oauth/grants';
import { KeyFormatError } from '../../../lib/oauth/jwt';
import { readAuthorizeReturn, withoutAuthorizeReturn } from '../../../lib/oauth/pkce';
import type { Connection } from '../connection';
import { useLang, useTexts } from '../lang-context';
import {
  readGrant,
  readPendingPkce,
  writeGrant,
  writePendingPkce,
  type Flow,
  type Obtained,
  type StoredGrant,
} from './grant-store';
import { DEVICE_EXPIRED, DeviceFlow } from './DeviceFlow';
import { JwtFlow, resign } from './JwtFlow';
import { PkceFlow } from './PkceFlow';
import { FLOW_TEXTS } from './texts';
import { exchangeCode, refreshGrant } from './token-api';

const FLOWS: readonly Flow[] = ['pkce', 'device', 'jwt'];
/**
 * Renew this long before expiry, so a Run never goes out with a token about to lapse; a quarter of
 * the lifetime for short-lived tokens, so a new token is never due the moment it arrives.
 */
function marginOf(grant: StoredGrant): number {
  const lifetime = grant.expiresAt - (grant.obtainedAt ?? grant.expiresAt - 120);
  return Math.min(30, Math.floor(lifetime / 4));
}

const nowS = () => Math.floor(Date.now() / 1000);

function duration(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * The token flows, opened from the Token field: OAuth PKCE, the device code and a JWT for service
 * apps, each ending with the token in the field. While a token from a flow is in the field, its
 * expiry shows here and it is renewed shortly before it lapses (refresh token, or a new JWT).
 */
export default function TokenFlows(props: { connection: Connection; open: boolean; onClose: () => void }) {
  const t = useTexts(FLOW_TEXTS);
  const lang = useLang();
  const [flow, setFlow] = createSignal<Flow>('pkce');
  const [grant, setGrant] = createSignal<StoredGrant | undefined>(readGrant());
  const [clock, setClock] = createSignal(nowS());
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = createSignal(false);

  const tick = setInterval(() => setClock(nowS()), 1000);
  onCleanup(() => clearInterval(tick));

  const obtained: Obtained = (about, got) => {
    const stored: StoredGrant = { ...about, ...got, obtainedAt: nowS() };
    if (props.connection.region() !== about.region) props.connection.setRegion(about.region);
    props.connection.setToken(got.accessToken);
    writeGrant(stored, props.connection.remember());
    setGrant(stored);
    setMessage({ kind: 'ok', text: t.got });
  };
  const failed = (error: unknown) => {
    if (error instanceof KeyFormatError) return setMessage({ kind: 'error', text: t.keyErrors[error.reason] });
    const failure = error as { code?: string; message?: string };
    // Coze's own code and message (they come from the token endpoint), or ours for a device code run out.
    const text = failure.code === DEVICE_EXPIRED ? t.deviceExpired : (failure.message ?? String(error));
    setMessage({ kind: 'error', text: t.failed(failure.code ?? 'error', text) });
  };

  // A token typed over the flow's one is the user's: forget the grant that no longer applies.
  createEffect(() => {
    const current = grant();
    if (current && props.connection.token() !== current.accessToken) {
      writeGrant(undefined, props.connection.remember());
      setGrant(undefined);
    }
  });

  async function renew(): Promise<void> {
    const current = grant();
    if (!current || busy()) return;
    setBusy(true);
    try {
      const about = {
        flow: current.flow,
        region: current.region,
        clientId: current.clientId,
        kid: current.kid,
        durationS: current.durationS,
        sessionName: current.sessionName,
      };
      if (current.flow === 'jwt') {
        const got = await resign(current);
        if (!got) setMessage({ kind: 'error', text: t.needKey });
        else obtained(about, got);
      } else if (current.refreshToken) {
        obtained(about, await refreshGrant(current.region, current.clientId, current.refreshToken));
      }
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  // Renew once the token is within the margin of its expiry (checked on every tick).
  let renewing: number | undefined;
  createEffect(() => {
    const current = grant();
    if (current && isDue(current, clock(), marginOf(current)) && renewing !== current.expiresAt && !busy()) {
      renewing = current.expiresAt;
      void renew();
    }
  });

  // Back from the consent page: check the state, exchange the code, take the query off the URL.
  onMount(() => {
    const back = readAuthorizeReturn(location.search);
    const pending = readPendingPkce();
    if (back.kind === 'none' || !pending) return;
    history.replaceState(history.state, '', withoutAuthorizeReturn(location.href));
    writePendingPkce(undefined);
    if (back.state !== pending.state) return setMessage({ kind: 'error', text: t.stateMismatch });
    if (back.kind === 'denied') return setMessage({ kind: 'error', text: t.denied(back.error) });
    setBusy(true);
    exchangeCode(pending.region, {
      clientId: pending.clientId,
      code: back.code,
      redirectUri: pending.redirectUri,
      verifier: pending.verifier,
    })
      .then((got) => obtained({ flow: 'pkce', region: pending.region, clientId: pending.clientId }, got))
      .catch(failed)
      .finally(() => setBusy(false));
  });

  return (
    <div class="pg-token-flows" data-testid="token-flows">
      <Show when={grant()}>
        {(current) => (
          <p class="pg-muted" data-testid="token-expiry" data-expires-at={current().expiresAt}>
            {t.from[current().flow]}{' '}
            {current().expiresAt > clock()
              ? t.expiresAt(
                  new Date(current().expiresAt * 1000).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en'),
                  duration(current().expiresAt - clock()),
                )
              : t.expired}
            {'. '}
            {t.renewsItself}{' '}
            <button
              type="button"
              class="button"
              disabled={busy()}
              onClick={() => void renew()}
              data-testid="token-refresh"
            >
              {t.refresh}
            </button>
          </p>
        )}
      </Show>
      <Show when={message()}>
        {(shown) => (
          <p class={shown().kind === 'error' ? 'pg-error' : 'pg-muted'} role="status" data-testid="token-flow-message">
            {shown().text}
          </p>
        )}
      </Show>
      <Show when={props.open}>
        <fieldset class="pg-location" data-testid="token-flow-panel">
          <legend>{t.title}</legend>
          <div class="pg-row" role="group" aria-label={t.title}>
            <For each={FLOWS}>
              {(each) => (
                <button type="button" class="button" aria-pressed={flow() === each} onClick={() => setFlow(each)}>
                  {t.flows[each]}
                </button>
              )}
            </For>
            <button type="button" class="button" onClick={() => props.onClose()}>
              {t.close}
            </button>
          </div>
          <p class="pg-muted">{t.flowNotes[flow()]}</p>
          <Switch>
            <Match when={flow() === 'pkce'}>
              <PkceFlow region={props.connection.region()} onError={failed} />
            </Match>
            <Match when={flow() === 'device'}>
              <DeviceFlow region={props.connection.region()} onObtained={obtained} onError={failed} />
            </Match>
            <Match when={flow() === 'jwt'}>
              <JwtFlow region={props.connection.region()} onObtained={obtained} onError={failed} />
            </Match>
          </Switch>
        </fieldset>
      </Show>
    </div>
  );
}
