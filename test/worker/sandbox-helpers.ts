import { env } from 'cloudflare:workers';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { Endpoint } from '../../catalog/types';
import { buildRequest, exampleValues } from '../../lib/request-model';
import { fieldsOf } from '../../lib/schema-fields';
import { synthesize } from '../../worker/sandbox/audio/synth';
import { encodeWav } from '../../worker/sandbox/audio/wav';
import { sandboxJwt } from '../support/sandbox-jwt';

/**
 * A client for one sandbox Durable Object: `send` returns the Response, `json` its parsed body.
 * Each call gets a fresh owner unless one is given, so tests do not see each other's state.
 */
export function sandboxSession(kind: string, owner = `${kind}-${crypto.randomUUID()}`) {
  const stub = env.SANDBOX.get(env.SANDBOX.idFromName(owner));
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    stub.fetch(
      new Request(`https://sandbox.coze.invalid${path}`, {
        method,
        headers: {
          authorization: `Bearer pat_${kind}_test`,
          'content-type': 'application/json',
          'x-sandbox-pace-ms': '0',
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  const json = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
    (await (await send(method, path, body, headers)).json()) as Record<string, any>;
  return { send, json };
}

/** A small upload for a multipart file field: a spoken WAV for audio endpoints, text otherwise. */
function exampleFile(endpoint: Endpoint): File {
  if (endpoint.group !== 'audio') return new File(['a small example file'], 'example.txt', { type: 'text/plain' });
  const wav = encodeWav(
    synthesize('你好，今天天气怎么样？', { sampleRate: 16000, speed: 1, loudnessRate: 0, pitchHz: 180 }),
    16000,
  );
  return new File([wav], 'example.wav', { type: 'audio/wav' });
}

/** The Coze request an endpoint's catalog example describes, as the relay forwards it to the sandbox. */
export async function exampleRequest(endpoint: Endpoint): Promise<Request> {
  const token = endpoint.auth === 'none' ? await sandboxJwt() : 'pat_examples';
  const model = buildRequest(endpoint, exampleValues(endpoint), { region: 'sandbox', origin: 'https://p.test', token });
  const url = model.url.replace('https://p.test/api/relay/sandbox', 'https://sandbox.coze.invalid');
  const headers = new Headers(model.headers as [string, string][]);
  headers.set('x-sandbox-pace-ms', '0');
  let body: BodyInit | undefined;
  if (model.body.kind === 'json') body = model.body.text;
  if (model.body.kind === 'multipart') {
    const form = new FormData();
    for (const part of model.body.parts) if (part.value !== undefined) form.append(part.name, part.value);
    for (const field of fieldsOf(endpoint.params.body))
      if (field.type === 'file') form.append(field.name, exampleFile(endpoint));
    body = form;
  }
  return new Request(url, { method: endpoint.method, headers, body });
}
