import { createSignal } from 'solid-js';
import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import type { Region } from '../../../lib/relay-route';
import { authorizeUrl, randomState, randomVerifier, s256Challenge } from '../../../lib/oauth/pkce';
import { useTexts } from '../lang-context';
import { writePendingPkce } from './grant-store';
import { FLOW_TEXTS } from './texts';

/** Where the consent page sends the browser back: this very page, without query or fragment. */
export function redirectUri(): string {
  return `${location.origin}${location.pathname}`;
}

/** OAuth PKCE: makes the verifier and its S256 challenge, keeps them for the return, opens the consent page. */
export function PkceFlow(props: { region: Region; onError: (error: unknown) => void }) {
  const t = useTexts(FLOW_TEXTS);
  const [clientId, setClientId] = createSignal(props.region === 'sandbox' ? SANDBOX_IDS.oauthClient : '');
  async function authorize(event: SubmitEvent) {
    event.preventDefault();
    try {
      const verifier = randomVerifier();
      const state = randomState();
      const redirect = redirectUri();
      writePendingPkce({ region: props.region, clientId: clientId(), redirectUri: redirect, verifier, state });
      const challenge = await s256Challenge(verifier);
      location.assign(
        authorizeUrl({
          region: props.region,
          origin: location.origin,
          clientId: clientId(),
          redirectUri: redirect,
          state,
          challenge,
        }),
      );
    } catch (error) {
      props.onError(error);
    }
  }
  return (
    <form onSubmit={authorize} data-testid="pkce-flow">
      <div class="pg-field">
        <label class="pg-label" for="pg-pkce-client">
          {t.clientId}
        </label>
        <input
          id="pg-pkce-client"
          class="pg-input"
          required
          autocomplete="off"
          value={clientId()}
          onInput={(event) => setClientId(event.currentTarget.value.trim())}
        />
        <p class="pg-muted">{t.redirectNote(redirectUri())}</p>
      </div>
      <button type="submit" class="button">
        {t.authorize}
      </button>
    </form>
  );
}
