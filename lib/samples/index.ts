import type { RequestSide } from '../../catalog/types';
import type { RequestModel } from '../request-model';
import type { RequestValues } from '../validate-request';
import { SAMPLE_TABS } from './registry';
import { inputOf, type ChatVariant } from './shared';
import { sampleLanguages, sampleOf, type Sample, type SampleLanguage, type SampleWriter } from './tabs';

export { curlArgs, CURL_AUTH_HEADER } from './curl';
export { BASE_ENV, FILE_PLACEHOLDER, fileFields, TOKEN_ENV, type ChatVariant } from './shared';
export * from './tabs';

// Every tab's writer, loaded once from the registry, so buildSamples answers at once. Only the tests
// and the e2e runs import this module; the site loads one tab's writer at a time (`loadWriter`).
const WRITERS = new Map<SampleLanguage, SampleWriter>(
  await Promise.all(SAMPLE_TABS.map(async (tab) => [tab.language, (await tab.load()).writer] as const)),
);

/**
 * The sample programs for one request, built from the same model Run sends. The token is never
 * written: every sample reads it from the COZE_API_TOKEN environment variable. `variant` picks the
 * chat program the SDK samples write for create-chat; raw HTTP samples always send the model as is.
 * @example buildSamples(createChat, model, values).map((s) => s.language) // ['curl', 'fetch', 'requests', 'python', 'node', 'go', 'java']
 */
export function buildSamples(
  endpoint: RequestSide,
  model: RequestModel,
  values: RequestValues,
  variant: ChatVariant = model.streams ? 'streaming' : 'non-streaming',
): Sample[] {
  const input = inputOf(endpoint, model, values, variant);
  return sampleLanguages(endpoint).map((language) => sampleOf(language, input, WRITERS.get(language)!));
}
