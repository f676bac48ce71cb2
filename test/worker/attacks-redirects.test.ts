import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import worker from '../../worker/index';

// An upstream that redirects must not steer the relay: a 3xx goes back to the client as it came,
// nothing is requested a second time (not on another host, not on this host, not in a loop), and
// history records the redirect. The fake upstream logs every request it sees, so a followed
// redirect shows as a second request (to `/__stolen` or `/v3/chat`).
const upstream = inject('fakeUpstreamUrl');
const TOKEN = `pat_redirect_${crypto.randomUUID().replaceAll('-', '')}`;

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
}

async function seen(): Promise<Seen[]> {
  return (await fetch(`${upstream}/__seen?auth=${TOKEN}`)).json();
}

async function run(botId: string, headers: Record<string, string> = {}) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request('https://playground.test/api/relay/cn/v3/chat', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ bot_id: botId, user_id: 'u', stream: true }),
    }),
    env,
    ctx,
  );
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, text };
}

async function recorded(runId: string) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`https://playground.test/api/history/${runId}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return ((await res.json()) as { run: { response: { status: number; headers: Record<string, string> } } }).run;
}

beforeEach(async () => {
  await fetch(`${upstream}/__seen?auth=${TOKEN}`, { method: 'DELETE' });
});

describe('upstream redirects', () => {
  it.each([
    [
      'to another host (307, which would re-post the body)',
      'redirect-cross',
      307,
      /^http:\/\/localhost:\d+\/__stolen$/,
    ],
    ['to another host (302)', 'redirect-found', 302, /^http:\/\/localhost:\d+\/__stolen$/],
    ['to a path of the same host that is no endpoint', 'redirect-same', 307, /^\/__stolen$/],
    ['to the same endpoint, again and again', 'redirect-loop', 307, /^\/v3\/chat$/],
  ])('returns a redirect %s as it is, and follows nothing', async (_, botId, status, location) => {
    const { res } = await run(botId);
    expect(res.status).toBe(status);
    expect(res.headers.get('location')).toMatch(location);
    const requests = await seen();
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /v3/chat']);
    const record = await recorded(res.headers.get('x-playground-run-id')!);
    expect(record.response.status).toBe(status);
    expect(record.response.headers.location).toMatch(location);
  });

  it('gives a browser the Location under another name, so its fetch cannot follow it either', async () => {
    const { res } = await run('redirect-cross', { 'sec-fetch-mode': 'cors', 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('x-playground-location')).toMatch(/^http:\/\/localhost:\d+\/__stolen$/);
    expect((await seen()).length).toBe(1);
  });
});
