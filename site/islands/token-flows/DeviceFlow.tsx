import { createSignal, onCleanup, Show } from 'solid-js';
import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import type { Region } from '../../../lib/relay-route';
import { safeLinkHref } from '../../../lib/safe-link';
import { useTexts } from '../lang-context';
import type { Obtained } from './grant-store';
import { FLOW_TEXTS } from './texts';
import { pollDevice, startDevice, type DeviceStart } from './token-api';

/** The code the flow fails with when the device code's own lifetime runs out before a grant. */
export const DEVICE_EXPIRED = 'expired_token';

/** The verification page with the code filled in, as cozepy builds it; only an https link. */
function verificationLink(device: DeviceStart): string | undefined {
  const href = safeLinkHref(device.verificationUri);
  if (!href) return undefined;
  const url = new URL(href);
  url.searchParams.set('user_code', device.userCode);
  return url.href;
}

/** The device flow: a code to show, then polls at the interval Coze asks for until granted, refused or expired. */
export function DeviceFlow(props: { region: Region; onObtained: Obtained; onError: (error: unknown) => void }) {
  const t = useTexts(FLOW_TEXTS);
  const [clientId, setClientId] = createSignal(props.region === 'sandbox' ? SANDBOX_IDS.oauthClient : '');
  const [started, setStarted] = createSignal<DeviceStart>();
  const [interval, setIntervalS] = createSignal(5);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    setStarted(undefined);
  };
  onCleanup(stop);

  async function start(event: SubmitEvent) {
    event.preventDefault();
    stop();
    stopped = false;
    const region = props.region;
    const client = clientId();
    try {
      const device = await startDevice(region, client);
      setStarted(device);
      setIntervalS(device.intervalS);
      const deadline = Date.now() + device.expiresInS * 1000;
      const poll = async () => {
        if (stopped) return;
        if (Date.now() > deadline) {
          stop();
          return props.onError({ code: DEVICE_EXPIRED });
        }
        try {
          const step = await pollDevice(region, client, device.deviceCode, interval());
          if (stopped) return;
          if (step.kind === 'granted') {
            stop();
            props.onObtained({ flow: 'device', region, clientId: client }, step.grant);
          } else if (step.kind === 'wait') {
            setIntervalS(step.intervalS);
            timer = setTimeout(poll, step.intervalS * 1000);
          } else {
            stop();
            props.onError(step.error);
          }
        } catch (error) {
          stop();
          props.onError(error);
        }
      };
      timer = setTimeout(poll, device.intervalS * 1000);
    } catch (error) {
      props.onError(error);
    }
  }

  return (
    <form onSubmit={start} data-testid="device-flow">
      <div class="pg-field">
        <label class="pg-label" for="pg-device-client">
          {t.clientId}
        </label>
        <input
          id="pg-device-client"
          class="pg-input"
          required
          autocomplete="off"
          value={clientId()}
          onInput={(event) => setClientId(event.currentTarget.value.trim())}
        />
      </div>
      <Show
        when={started()}
        fallback={
          <button type="submit" class="button">
            {t.startDevice}
          </button>
        }
      >
        {(device) => (
          <div class="pg-field" data-testid="device-code">
            <p>
              {t.deviceShow} <strong data-testid="device-user-code">{device().userCode}</strong>{' '}
              <Show
                when={props.region === 'sandbox'}
                fallback={
                  <a href={verificationLink(device())} target="_blank" rel="noopener noreferrer">
                    {t.deviceOpen}
                  </a>
                }
              >
                <span class="pg-muted">{t.deviceSandbox}</span>
              </Show>
            </p>
            <p class="pg-muted" role="status">
              {t.polling(interval())}
            </p>
            <button type="button" class="button" onClick={stop}>
              {t.cancel}
            </button>
          </div>
        )}
      </Show>
    </form>
  );
}
