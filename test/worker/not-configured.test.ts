import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';

// A deploy that forgot `wrangler secret put HISTORY_SECRET`: every API answer says so, in our error
// shape, before any work; the pages are still served.
const PAGE = '<!doctype html><title>page</title>';
const assets = { fetch: async () => new Response(PAGE, { headers: { 'content-type': 'text/html' } }) };

async function call(path: string, init: RequestInit = {}) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`https://playground.test${path}`, init),
    { ...env, HISTORY_SECRET: '', ASSETS: assets } as unknown as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

const chat = {
  method: 'POST',
  headers: { authorization: 'Bearer pat_x', 'content-type': 'application/json' },
  body: JSON.stringify({ bot_id: '7351000000000000001', user_id: 'u1' }),
};

describe('a worker without HISTORY_SECRET', () => {
  it.each([
    ['a sandbox run', '/api/relay/sandbox/v3/chat', chat],
    ['a Coze run', '/api/relay/cn/v3/chat', chat],
    ['a call without a token', '/api/relay/sandbox/api/permission/oauth2/token', { method: 'POST' }],
    ['the history list', '/api/history?endpoint=create-chat', { headers: { authorization: 'Bearer pat_x' } }],
    ['a history run', '/api/history/create-chat.1.abc', { headers: { authorization: 'Bearer pat_x' } }],
    ['an unknown API path', '/api/nothing', {}],
  ])('answers %s with 503 not_configured naming the secret and the fix', async (_, path, init) => {
    const res = await call(path, init);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as { error: { status: number; code: string; message: string } };
    expect(body.error).toMatchObject({ status: 503, code: 'not_configured' });
    expect(body.error.message).toContain('HISTORY_SECRET');
    expect(body.error.message).toContain('wrangler secret put HISTORY_SECRET');
  });

  it('still serves the pages', async () => {
    const res = await call('/chat/create-chat/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(PAGE);
  });
});
