import { createSignal, type Accessor } from 'solid-js';
import { REGIONS, type Region } from '../../lib/request-model';
import { REGION_KEY, SANDBOX_TOKEN_KEY, TOKEN_KEY } from './setting-keys';
import { readStored, writeStored } from './storage';

/** Where runs go and with which token, as the TokenRegion controls set it. */
export interface Connection {
  /** The token the user entered, or ''. */
  readonly token: Accessor<string>;
  setToken(token: string): void;
  /** Whether the token is kept in localStorage (this device) rather than sessionStorage (this tab). */
  readonly remember: Accessor<boolean>;
  setRemember(remember: boolean): void;
  readonly region: Accessor<Region>;
  setRegion(region: Region): void;
  /** Sandbox only: milliseconds between simulated stream events. */
  readonly paceMs: Accessor<number | undefined>;
  setPaceMs(pace: number | undefined): void;
  /** The token a run sends: the user's, or in the sandbox this browser's sandbox token. */
  runToken(): string | undefined;
  /** The token history is listed with (runs are kept per token owner). */
  historyToken(): string;
}

function sandboxToken(): string {
  const stored = readStored('local', SANDBOX_TOKEN_KEY);
  if (stored) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const token = `sandbox-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
  writeStored('local', SANDBOX_TOKEN_KEY, token);
  return token;
}

/** The connection state, restored from storage: the token from this tab or, if remembered, this device. */
export function createConnection(): Connection {
  const remembered = readStored('local', TOKEN_KEY);
  const [token, setTokenSignal] = createSignal(readStored('session', TOKEN_KEY) ?? remembered ?? '');
  const [remember, setRememberSignal] = createSignal(remembered !== null);
  const storedRegion = readStored('local', REGION_KEY);
  const [region, setRegionSignal] = createSignal<Region>(REGIONS.find((r) => r === storedRegion) ?? 'sandbox');
  const [paceMs, setPaceMs] = createSignal<number | undefined>();
  const sandbox = sandboxToken();

  function store(value: string, keep: boolean): void {
    writeStored(keep ? 'local' : 'session', TOKEN_KEY, value || null);
    writeStored(keep ? 'session' : 'local', TOKEN_KEY, null);
  }

  return {
    token,
    setToken(value) {
      setTokenSignal(value.trim());
      store(value.trim(), remember());
    },
    remember,
    setRemember(keep) {
      setRememberSignal(keep);
      store(token(), keep);
    },
    region,
    setRegion(value) {
      setRegionSignal(value);
      writeStored('local', REGION_KEY, value);
    },
    paceMs,
    setPaceMs,
    runToken: () => token() || (region() === 'sandbox' ? sandbox : undefined),
    historyToken: () => token() || sandbox,
  };
}
