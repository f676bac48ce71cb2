import type { Endpoint } from '../../catalog/types';
import { isCallable, type ChatVariant, type SampleInput } from './shared';

// The sample tabs without the code writers: which languages, their labels, the chat variants, and
// how a tab picks SDK code or raw HTTP. Light enough for the site to load before any writer.

/** The languages samples are written in, in tab order. */
export type SampleLanguage = 'curl' | 'fetch' | 'requests' | 'python' | 'node' | 'go' | 'java';

/** The SDK languages: each writes the SDK's call where it has one, else raw HTTP in that language. */
export type SdkLanguage = 'python' | 'node' | 'go' | 'java';

/** Tab labels, in tab order. */
export const SAMPLE_LABELS: Readonly<Record<SampleLanguage, string>> = {
  curl: 'curl',
  fetch: 'JavaScript fetch',
  requests: 'Python requests',
  python: 'Python (cozepy)',
  node: 'Node.js (@coze/api)',
  go: 'Go (coze-go)',
  java: 'Java (coze-java)',
};

const SDK_NAMES: Readonly<Record<SdkLanguage, string>> = {
  python: 'cozepy',
  node: '@coze/api',
  go: 'coze-go',
  java: 'coze-java',
};

/** The chat variants, in the order the variant selector offers them. */
export const CHAT_VARIANTS: readonly { readonly id: ChatVariant; readonly label: string }[] = [
  { id: 'streaming', label: 'Streaming' },
  { id: 'non-streaming', label: 'Non-streaming (poll)' },
  { id: 'plugin', label: 'End-side plugin' },
];

/** One sample program. */
export interface Sample {
  readonly language: SampleLanguage;
  readonly label: string;
  readonly code: string;
  /** `sdk` when the code calls the SDK; `http` when it sends the raw request. */
  readonly kind: 'sdk' | 'http';
  /** Why an SDK tab shows raw HTTP, or what a variant leaves to the SDK. */
  readonly note?: string;
}

const LANGUAGES: readonly SampleLanguage[] = ['curl', 'fetch', 'requests', 'python', 'node', 'go', 'java'];

/** Whether an endpoint has chat variants in its SDK samples. */
export function hasChatVariants(endpoint: Endpoint): boolean {
  return endpoint.id === 'create-chat';
}

/**
 * Why an endpoint has no samples (a WebSocket or a browser redirect), or undefined when it has them.
 */
export function samplesNote(endpoint: Endpoint): string | undefined {
  if (endpoint.responseKind === 'websocket')
    return 'This is a WebSocket API, not a single HTTP request: connect with an SDK’s websockets client (client.websockets in @coze/api, coze.websockets in cozepy) and exchange the events listed on this page.';
  if (endpoint.responseKind === 'redirect')
    return 'This is a page the user’s browser opens, not an API call: send the user to this URL and read the code from your redirect_uri; the SDKs build it for you (get_oauth_url in cozepy, getWebAuthenticationUrl in @coze/api).';
  return undefined;
}

/** The languages an endpoint has samples in: all of them for every HTTP endpoint, none otherwise. */
export function sampleLanguages(endpoint: Endpoint): SampleLanguage[] {
  return isCallable(endpoint) ? [...LANGUAGES] : [];
}

/** The HTTP client each SDK tab falls back to. */
const HTTP_CLIENTS: Readonly<Record<SdkLanguage, string>> = {
  python: 'requests',
  node: 'fetch',
  go: 'net/http',
  java: 'java.net.http',
};

function fallbackNote(language: SdkLanguage, input: SampleInput): string {
  const sdk = SDK_NAMES[language];
  const same = `this is the same request sent with ${HTTP_CLIENTS[language]}.`;
  if (!input.endpoint.sdks.includes(language)) return `${sdk} has no call for this endpoint: ${same}`;
  // Every call an SDK has is written; what falls back is a value its types cannot carry as it is.
  return `${sdk} implements this endpoint, but its request types cannot carry some of the values in the form as they are; ${same}`;
}

/**
 * Why an SDK cannot send this request to its base URL, when it cannot. coze-java declares every
 * API path from the host root (Retrofit's `@POST("/v3/chat")`), which drops the path of a base URL,
 * so it cannot reach the playground's sandbox under /api/relay/sandbox.
 */
function unreachableBase(language: SdkLanguage, input: SampleInput): string | undefined {
  if (language === 'java' && input.model.region === 'sandbox')
    return 'coze-java resolves its API paths from the host root, so it cannot reach the sandbox under /api/relay/sandbox: this is the same request sent with java.net.http. Choose api.coze.cn or api.coze.com to see the coze-java code.';
  return undefined;
}

/**
 * How one language writes its tab: raw HTTP always; for an SDK language also the SDK's program,
 * where the samples have one for the request. Each language's writer lives in its own modules, so
 * the site loads only the tab that is shown (site/islands/sample-writers.ts).
 */
export interface SampleWriter {
  readonly http: (input: SampleInput) => string;
  readonly sdk?: { readonly has: (input: SampleInput) => boolean; readonly write: (input: SampleInput) => string };
}

/** One tab: for an SDK language the SDK's call where the writer has one, else raw HTTP in that language. */
export function sampleOf(language: SampleLanguage, input: SampleInput, writer: SampleWriter): Sample {
  const label = SAMPLE_LABELS[language];
  if (!isSdkLanguage(language)) return { language, label, kind: 'http', code: writer.http(input) };
  const unreachable = unreachableBase(language, input);
  if (unreachable) return { language, label, kind: 'http', code: writer.http(input), note: unreachable };
  if (writer.sdk?.has(input)) return { language, label, kind: 'sdk', code: writer.sdk.write(input) };
  return { language, label, kind: 'http', code: writer.http(input), note: fallbackNote(language, input) };
}

const isSdkLanguage = (language: SampleLanguage): language is SdkLanguage => language in SDK_NAMES;
