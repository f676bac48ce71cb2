import type { Endpoint } from '../../catalog/types';
import { isEndpoint } from '../endpoint-table';
import { SAMPLE_TABS, sdkTabOf, tabOf, type SampleLanguage, type SdkTab } from './registry';
import { isCallable, type ChatVariant, type SampleInput, type SampleWriter } from './shared';

export { SAMPLE_TABS, type SampleLanguage, type SdkLanguage } from './registry';
export type { SampleWriter } from './shared';

// How a sample tab picks SDK code or raw HTTP, and what it says when it falls back. Light enough for
// the site to load before any writer: the tabs and their writers' chunks are listed in registry.ts.

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

/** Whether an endpoint has chat variants in its SDK samples. */
export function hasChatVariants(endpoint: Endpoint): boolean {
  return isEndpoint(endpoint, 'create-chat');
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
  return isCallable(endpoint) ? SAMPLE_TABS.map((tab) => tab.language) : [];
}

function fallbackNote({ language, sdk, fallback }: SdkTab, input: SampleInput): string {
  const same = `this is the same request sent with ${fallback}.`;
  if (!input.endpoint.sdks.includes(language)) return `${sdk} has no call for this endpoint: ${same}`;
  // Every call an SDK has is written; what falls back is a value its types cannot carry as it is.
  return `${sdk} implements this endpoint, but its request types cannot carry some of the values in the form as they are; ${same}`;
}

/**
 * Why an SDK cannot send this request to its base URL, when it cannot. coze-java declares every
 * API path from the host root (Retrofit's `@POST("/v3/chat")`), which drops the path of a base URL,
 * so it cannot reach the playground's sandbox under /api/relay/sandbox.
 */
function unreachableBase({ language }: SdkTab, input: SampleInput): string | undefined {
  if (language === 'java' && input.model.region === 'sandbox')
    return 'coze-java resolves its API paths from the host root, so it cannot reach the sandbox under /api/relay/sandbox: this is the same request sent with java.net.http. Choose api.coze.cn or api.coze.com to see the coze-java code.';
  return undefined;
}

/** One tab: for an SDK language the SDK's call where the writer has one, else raw HTTP in that language. */
export function sampleOf(language: SampleLanguage, input: SampleInput, writer: SampleWriter): Sample {
  const label = tabOf(language).label;
  const sdk = sdkTabOf(language);
  if (!sdk) return { language, label, kind: 'http', code: writer.http(input) };
  const unreachable = unreachableBase(sdk, input);
  if (unreachable) return { language, label, kind: 'http', code: writer.http(input), note: unreachable };
  if (writer.sdk?.has(input)) return { language, label, kind: 'sdk', code: writer.sdk.write(input) };
  return { language, label, kind: 'http', code: writer.http(input), note: fallbackNote(sdk, input) };
}
