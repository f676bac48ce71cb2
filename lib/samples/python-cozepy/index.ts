import { entryFor } from '../../endpoint-table';
import { requestsSample } from '../python-requests';
import { regionConstant, TOKEN_ENV, type SampleInput, type SampleWriter } from '../shared';
import { baseUrlExpression, CALLS } from './calls';

/** A Python program calling the endpoint with cozepy's `Coze` client, or its OAuth app for OAuth exchanges. */
export function pythonSample(input: SampleInput): string {
  const call = entryFor(CALLS, input.endpoint.id)!(input);
  const region = regionConstant(input.model);
  const constant = region ? `COZE_${region}_BASE_URL` : undefined;
  const code = call.lines.join('\n');
  const client = call.client !== false;
  const names = new Set([...(client ? ['Coze', 'TokenAuth'] : []), ...call.imports, ...(constant ? [constant] : [])]);
  if (code.includes('MessageType.')) names.add('MessageType');
  const modules = ['import os'];
  if (code.includes('json.')) modules.push('import json');
  if (code.includes('time.sleep')) modules.push('import time');
  const pathlib = code.includes('Path(') ? ['from pathlib import Path', ''] : [];
  const deep = Object.entries(call.from ?? {}).map(
    ([module, types]) => `from ${module} import ${[...types].sort().join(', ')}`,
  );
  return [
    ...modules.sort(),
    '',
    ...pathlib,
    `from cozepy import ${[...names].sort().join(', ')}`,
    ...deep,
    '',
    ...(client
      ? [
          'coze = Coze(',
          `    auth=TokenAuth(os.environ["${TOKEN_ENV}"]),`,
          `    base_url=${baseUrlExpression(input)},`,
          ')',
          '',
        ]
      : []),
    ...(call.note ? [call.note] : []),
    code,
  ].join('\n');
}

/** The cozepy tab's writer: cozepy where the samples have its call, else requests. */
export const writer: SampleWriter = {
  http: requestsSample,
  sdk: { has: (input) => entryFor(CALLS, input.endpoint.id) !== undefined, write: pythonSample },
};
