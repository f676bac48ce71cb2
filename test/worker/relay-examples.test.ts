import { exports } from 'cloudflare:workers';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog/index';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import type { Endpoint } from '../../catalog/types';
import { buildRequest, exampleValues, streamsWith } from '../../lib/request-model';
import { fieldsOf } from '../../lib/schema-fields';
import { synthesize } from '../../worker/sandbox/audio/synth';
import { encodeWav, parseWav } from '../../worker/sandbox/audio/wav';
import { sandboxJwt } from '../support/sandbox-jwt';

// The whole path a playground Run takes: the request the site builds from the catalog example
// (lib/request-model), through the relay's checks, to the sandbox and back.

const CALLABLE = ENDPOINTS.filter((e) => e.responseKind !== 'websocket' && e.responseKind !== 'redirect');
const ORIGIN = 'https://playground.test';

/** The file a user would pick for a multipart field: a spoken WAV for audio endpoints, text otherwise. */
function exampleFile(endpoint: Endpoint): File {
  if (endpoint.group !== 'audio') return new File(['hello from the relay test'], 'notes.txt', { type: 'text/plain' });
  const samples = synthesize('Hello from the relay.', { sampleRate: 16000, speed: 1, loudnessRate: 0, pitchHz: 150 });
  return new File([encodeWav(samples, 16000)], 'voice.wav', { type: 'audio/wav' });
}

/** Sends an endpoint's example through the relay, each endpoint as its own token owner (its own session). */
async function relayExample(endpoint: Endpoint): Promise<Response> {
  const token =
    endpoint.auth === 'none' ? await sandboxJwt() : `pat_relay_examples_${endpoint.id}_${crypto.randomUUID()}`;
  const model = buildRequest(endpoint, exampleValues(endpoint), {
    region: 'sandbox',
    origin: ORIGIN,
    token,
    paceMs: 1,
  });
  expect(model.url.startsWith(`${ORIGIN}/api/relay/sandbox/`)).toBe(true);
  let body: BodyInit | undefined;
  if (model.body.kind === 'json') body = model.body.text;
  if (model.body.kind === 'multipart') {
    const form = new FormData();
    for (const part of model.body.parts) if (part.value !== undefined) form.append(part.name, part.value);
    for (const field of fieldsOf(endpoint.params.body))
      if (field.type === 'file') form.append(field.name, exampleFile(endpoint));
    body = form;
  }
  return exports.default.fetch(
    new Request(model.url, { method: endpoint.method, headers: model.headers as [string, string][], body }),
  );
}

const table = (endpoints: readonly Endpoint[]) => endpoints.map((endpoint) => [endpoint.id, endpoint] as const);
const streams = (endpoint: Endpoint) => streamsWith(endpoint, endpoint.example.body as Record<string, unknown>);

describe('every catalog example through the relay to the sandbox', () => {
  it.each(table(CALLABLE.filter((e) => e.responseKind === 'json' && !streams(e))))(
    '%s answers 200 with a schema-valid success',
    async (_, endpoint) => {
      const res = await relayExample(endpoint);
      const text = await res.text();
      expect(res.status, text).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('x-playground-run-id')).toMatch(new RegExp(`^${endpoint.id}\\.`));
      const body = JSON.parse(text) as Record<string, unknown>;
      if (endpoint.auth === 'none') expect(body).not.toHaveProperty('error_code');
      else expect(body).toMatchObject({ code: 0, msg: '' });
      const result = v.safeParse(endpoint.response, body);
      expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([]);
    },
  );

  it.each(table(CALLABLE.filter((e) => e.responseKind === 'binary')))('%s answers audio bytes', async (_, endpoint) => {
    const res = await relayExample(endpoint);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^audio\//);
    expect(res.headers.get('x-tt-logid')).toMatch(/^\d{14}[0-9A-F]{20}$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(1000);
    if (res.headers.get('content-type') === 'audio/wav') expect(parseWav(bytes)?.durationMs).toBeGreaterThan(0);
  });

  it.each(table(CALLABLE.filter(streams)))('%s streams its events to the end', async (_, endpoint) => {
    const res = await relayExample(endpoint);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const frames = (await res.text()).trim().split('\n\n');
    const names = frames.map((frame) => /^event:\s*(.*)$/m.exec(frame)?.[1]);
    for (const frame of frames) {
      const name = /^event:\s*(.*)$/m.exec(frame)?.[1];
      const event = endpoint.streaming!.events.find((e) => e.name === name);
      expect(event, `unknown event ${name}`).toBeDefined();
      const data = /^data:\s?(.*)$/m.exec(frame)?.[1] ?? '';
      if (event!.data) expect(v.safeParse(event!.data, JSON.parse(data)).success, name).toBe(true);
    }
    expect(names).not.toContain('error');
    expect(['done', 'Done']).toContain(names.at(-1));
  });
});

describe('OAuth through the relay', () => {
  it('runs the device flow without a token, OAuth errors passing through as they are', async () => {
    const post = (path: string, body: Record<string, unknown>) =>
      exports.default.fetch(
        new Request(`${ORIGIN}/api/relay/sandbox/api/permission/oauth2${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    const started = await post('/device/code', { client_id: SANDBOX_IDS.oauthClient });
    expect(started.status).toBe(200);
    const { device_code } = (await started.json()) as { device_code: string };
    const poll = {
      client_id: SANDBOX_IDS.oauthClient,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code,
    };
    const pending = await post('/token', poll);
    expect(pending.status).toBe(400);
    expect(await pending.json()).toMatchObject({ error_code: 'authorization_pending' });
    const granted = await post('/token', poll);
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ access_token: expect.stringMatching(/^czu_/) });
  });
});
