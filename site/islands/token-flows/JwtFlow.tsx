import { createSignal, Show } from 'solid-js';
import type { Region } from '../../../lib/relay-route';
import type { Grant } from '../../../lib/oauth/grants';
import { importSigningKey, jwtClaims, signJwt } from '../../../lib/oauth/jwt';
import { SANDBOX_JWT_APP } from '../../../lib/oauth/sandbox-service-app';
import { useTexts } from '../lang-context';
import { readKeptKey, writeKeptKey, type Obtained, type StoredGrant } from './grant-store';
import { FLOW_TEXTS } from './texts';
import { exchangeJwt } from './token-api';

/**
 * The signing key of this page, for re-signing when the token expires: a non-extractable
 * CryptoKey, so not even this page's scripts can read the key back out of it. It lives as long as
 * the page; the PEM itself is kept (localStorage) only when the user ticks the box.
 */
let signer: { appId: string; kid: string; key: CryptoKey } | undefined;

async function getToken(
  region: Region,
  input: { appId: string; kid: string; key: CryptoKey; durationS: number; sessionName?: string },
): Promise<Grant> {
  const claims = jwtClaims({
    appId: input.appId,
    region,
    nowS: Math.floor(Date.now() / 1000),
    sessionName: input.sessionName,
  });
  const jwt = await signJwt({ alg: 'RS256', typ: 'JWT', kid: input.kid }, claims, input.key);
  return exchangeJwt(region, jwt, input.durationS);
}

/** A new service token for a JWT grant, signed again with the key in memory or the kept one; undefined without a key. */
export async function resign(grant: StoredGrant): Promise<Grant | undefined> {
  let key = signer && signer.appId === grant.clientId && signer.kid === grant.kid ? signer.key : undefined;
  const kept = key ? undefined : readKeptKey();
  if (!key && kept) key = await importSigningKey(kept);
  if (!key || !grant.kid) return undefined;
  return getToken(grant.region, {
    appId: grant.clientId,
    kid: grant.kid,
    key,
    durationS: grant.durationS ?? 900,
    sessionName: grant.sessionName,
  });
}

/** JWT for service apps: the pasted PKCS#8 key signs RS256 here; only the signed JWT is sent. */
export function JwtFlow(props: { region: Region; onObtained: Obtained; onError: (error: unknown) => void }) {
  const t = useTexts(FLOW_TEXTS);
  const sandbox = props.region === 'sandbox';
  const kept = readKeptKey();
  const [appId, setAppId] = createSignal(sandbox ? SANDBOX_JWT_APP.appId : '');
  const [kid, setKid] = createSignal(sandbox ? SANDBOX_JWT_APP.kid : '');
  const [pem, setPem] = createSignal(kept ?? '');
  const [keep, setKeep] = createSignal(kept !== undefined);
  const [sessionName, setSessionName] = createSignal('');
  const [durationS, setDurationS] = createSignal(900);
  const [busy, setBusy] = createSignal(false);

  async function useTestKey() {
    const { SANDBOX_TEST_PRIVATE_KEY } = await import('../../../lib/oauth/sandbox-test-key');
    setPem(SANDBOX_TEST_PRIVATE_KEY);
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const key = await importSigningKey(pem());
      signer = { appId: appId(), kid: kid(), key };
      writeKeptKey(keep() ? pem() : undefined);
      const got = await getToken(props.region, {
        appId: appId(),
        kid: kid(),
        key,
        durationS: durationS(),
        sessionName: sessionName() || undefined,
      });
      props.onObtained(
        {
          flow: 'jwt',
          region: props.region,
          clientId: appId(),
          kid: kid(),
          durationS: durationS(),
          ...(sessionName() ? { sessionName: sessionName() } : {}),
        },
        got,
      );
    } catch (error) {
      props.onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} data-testid="jwt-flow">
      <div class="pg-field">
        <label class="pg-label" for="pg-jwt-app">
          {t.appId}
        </label>
        <input
          id="pg-jwt-app"
          class="pg-input"
          required
          autocomplete="off"
          value={appId()}
          onInput={(e) => setAppId(e.currentTarget.value.trim())}
        />
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-jwt-kid">
          {t.kid}
        </label>
        <input
          id="pg-jwt-kid"
          class="pg-input"
          required
          autocomplete="off"
          value={kid()}
          onInput={(e) => setKid(e.currentTarget.value.trim())}
        />
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-jwt-key">
          {t.privateKey}
        </label>
        {/* No name: the key is never part of a form's data. */}
        <textarea
          id="pg-jwt-key"
          class="pg-input"
          rows="4"
          required
          autocomplete="off"
          spellcheck={false}
          aria-describedby="pg-jwt-key-note"
          value={pem()}
          onInput={(e) => setPem(e.currentTarget.value)}
        />
        <p class="pg-muted" id="pg-jwt-key-note">
          {t.privateKeyNote}
        </p>
        <Show when={sandbox}>
          <button type="button" class="button" onClick={() => void useTestKey()}>
            {t.useTestKey}
          </button>
        </Show>
        <label class="pg-check">
          <input
            type="checkbox"
            checked={keep()}
            onChange={(e) => {
              setKeep(e.currentTarget.checked);
              if (!e.currentTarget.checked) writeKeptKey(undefined);
            }}
          />
          {t.keepKey}
        </label>
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-jwt-session">
          {t.sessionName}
        </label>
        <input
          id="pg-jwt-session"
          class="pg-input"
          autocomplete="off"
          value={sessionName()}
          onInput={(e) => setSessionName(e.currentTarget.value)}
        />
      </div>
      <div class="pg-field">
        <label class="pg-label" for="pg-jwt-duration">
          {t.duration}
        </label>
        <input
          id="pg-jwt-duration"
          class="pg-input pg-narrow"
          type="number"
          min="1"
          max="86399"
          value={durationS()}
          onInput={(e) => setDurationS(Number(e.currentTarget.value) || 900)}
        />
      </div>
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? t.working : t.sign}
      </button>
    </form>
  );
}
