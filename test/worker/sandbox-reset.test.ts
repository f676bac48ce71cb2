import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

// The sandbox reset: one owner's session back to its seed, and nobody else's.
const freshToken = () => `sandbox-${crypto.randomUUID().replaceAll('-', '')}`;

function relay(token: string, method: string, path: string) {
  return exports.default.fetch(
    new Request(`https://playground.test/api/relay/sandbox${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    }),
  );
}

function reset(headers: Record<string, string>, method = 'POST') {
  return exports.default.fetch(new Request('https://playground.test/api/sandbox/reset', { method, headers }));
}

const seeded = `/v1/conversations/${SANDBOX_IDS.conversation}`;
const retrieve = `/v1/conversation/retrieve?conversation_id=${SANDBOX_IDS.conversation}`;

describe('POST /api/sandbox/reset', () => {
  it("restores the caller's deleted seed objects, and leaves other sessions as they are", async () => {
    const mine = freshToken();
    const theirs = freshToken();
    for (const token of [mine, theirs]) {
      expect(((await (await relay(token, 'DELETE', seeded)).json()) as { code: number }).code).toBe(0);
      expect(((await (await relay(token, 'GET', retrieve)).json()) as { code: number }).code).not.toBe(0);
    }

    const res = await reset({ authorization: `Bearer ${mine}` });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ reset: true });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");

    const back = (await (await relay(mine, 'GET', retrieve)).json()) as { code: number; data: { id: string } };
    expect(back.code).toBe(0);
    expect(back.data.id).toBe(SANDBOX_IDS.conversation);
    expect(((await (await relay(theirs, 'GET', retrieve)).json()) as { code: number }).code).not.toBe(0);
  }, 30_000);

  it('answers 401 without a token and 404 for another method, in our error shape', async () => {
    const missing = await reset({});
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { status: 401, code: 'unauthorized' } });
    const wrong = await reset({ authorization: `Bearer ${freshToken()}` }, 'GET');
    expect(wrong.status).toBe(404);
  });

  it('never echoes the token', async () => {
    const token = freshToken();
    const text = await (await reset({ authorization: `Bearer ${token}` })).text();
    expect(text).not.toContain(token);
  });
});
