import { entryFor } from '../../endpoint-table';
import { fetchSample } from '../fetch';
import { BASE_ENV, jsString, regionConstant, TOKEN_ENV, type SampleInput, type SampleWriter } from '../shared';
import { CALLS } from './calls';

export { OAUTH_ENV } from './calls';

/**
 * A Node.js program calling the endpoint with @coze/api: a `CozeAPI` client, or for the OAuth token
 * calls the helper function that gets the token such a client takes.
 */
export function nodeSample(input: SampleInput): string {
  const call = entryFor(CALLS, input.endpoint.id)!(input);
  const region = regionConstant(input.model);
  const constant = region ? `COZE_${region}_BASE_URL` : undefined;
  const names = [...(call.withoutClient ? [] : ['CozeAPI']), ...(constant ? [constant] : []), ...call.imports];
  const baseURL = `process.env.${BASE_ENV} ?? ${constant ?? jsString(input.model.baseUrl)}`;
  const setup = call.withoutClient
    ? [`const baseURL = ${baseURL};`]
    : ['const client = new CozeAPI({', `  token: process.env.${TOKEN_ENV},`, `  baseURL: ${baseURL},`, '});'];
  return [
    ...(call.nodeImports ?? []),
    `import { ${names.join(', ')} } from '@coze/api';`,
    '',
    ...setup,
    '',
    ...call.lines,
  ].join('\n');
}

/** The @coze/api tab's writer: @coze/api where the samples have its call, else fetch. */
export const writer: SampleWriter = {
  http: fetchSample,
  sdk: { has: (input) => entryFor(CALLS, input.endpoint.id) !== undefined, write: nodeSample },
};
