import type { Endpoint } from '../../catalog/types';
import type { RequestModel } from '../request-model';
import type { RequestValues } from '../validate-request';
import { hasPythonCall, pythonSample } from './cozepy';
import { curlSample } from './curl';
import { fetchSample } from './fetch';
import { goCallFor, goHttpSample, goSdkSample } from './go';
import { javaCallFor, javaHttpSample, javaSdkSample } from './java';
import { hasNodeCall, nodeSample } from './node';
import { requestsSample } from './requests';
import { inputOf, isCallable, type ChatVariant, type SampleInput } from './shared';

export { curlArgs, CURL_AUTH_HEADER } from './curl';
export { BASE_ENV, FILE_PLACEHOLDER, fileFields, TOKEN_ENV, type ChatVariant } from './shared';

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

function sdkWritten(language: SdkLanguage, input: SampleInput): boolean {
  switch (language) {
    case 'python':
      return hasPythonCall(input.endpoint.id);
    case 'node':
      return hasNodeCall(input.endpoint.id);
    case 'go':
      return goCallFor(input);
    case 'java':
      return javaCallFor(input);
  }
}

function fallbackNote(language: SdkLanguage, input: SampleInput): string {
  const sdk = SDK_NAMES[language];
  const how =
    language === 'python'
      ? 'requests'
      : language === 'node'
        ? 'fetch'
        : language === 'go'
          ? 'net/http'
          : 'java.net.http';
  const id = input.endpoint.id;
  if (!input.endpoint.sdks.includes(language))
    return `${sdk} has no call for this endpoint: this is the same request sent with ${how}.`;
  if (id.startsWith('oauth-'))
    return `${sdk} makes this request inside its OAuth helpers; this is the same request sent with ${how}.`;
  return `${sdk} implements this endpoint, but the playground writes ${sdk} code only for the calls it can check; this is the same request sent with ${how}.`;
}

/** One SDK tab: the SDK's call where the samples write one, else raw HTTP in the same language. */
function sdkSample(language: SdkLanguage, input: SampleInput): Omit<Sample, 'language' | 'label'> {
  if (sdkWritten(language, input)) {
    const write = { python: pythonSample, node: nodeSample, go: goSdkSample, java: javaSdkSample }[language];
    return { kind: 'sdk', code: write(input) };
  }
  const raw = { python: requestsSample, node: fetchSample, go: goHttpSample, java: javaHttpSample }[language];
  return { kind: 'http', code: raw(input), note: fallbackNote(language, input) };
}

/**
 * The sample programs for one request, built from the same model Run sends. The token is never
 * written: every sample reads it from the COZE_API_TOKEN environment variable. `variant` picks the
 * chat program the SDK samples write for create-chat; raw HTTP samples always send the model as is.
 * @example buildSamples(createChat, model, values).map((s) => s.language) // ['curl', 'fetch', 'requests', 'python', 'node', 'go', 'java']
 */
export function buildSamples(
  endpoint: Endpoint,
  model: RequestModel,
  values: RequestValues,
  variant: ChatVariant = model.streams ? 'streaming' : 'non-streaming',
): Sample[] {
  const input = inputOf(endpoint, model, values, variant);
  return sampleLanguages(endpoint).map((language): Sample => {
    const label = SAMPLE_LABELS[language];
    if (language === 'curl') return { language, label, kind: 'http', code: curlSample(input) };
    if (language === 'fetch') return { language, label, kind: 'http', code: fetchSample(input) };
    if (language === 'requests') return { language, label, kind: 'http', code: requestsSample(input) };
    return { language, label, ...sdkSample(language, input) };
  });
}
