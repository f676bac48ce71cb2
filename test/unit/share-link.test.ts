import { describe, expect, it } from 'vitest';
import {
  decodeShared,
  encodeShared,
  filledFields,
  holdsToken,
  shareableState,
  shareLink,
} from '../../site/islands/share/share-link';

const TOKEN = 'pat_Zk3xQ9wLm2Rt7Yv4Bn8Hc1Jd6';

const values = {
  path: {},
  query: { conversation_id: '7351' },
  headers: { Authorization: `Bearer ${TOKEN}`, 'Agw-Js-Conv': 'str' },
  body: {
    bot_id: '7351000000000000001',
    user_id: 'u1',
    stream: true,
    additional_messages: [{ role: 'user', content: 'x'.repeat(20_000) + ' 你好', content_type: 'text' }],
  },
};

describe('share links', () => {
  it('round-trips the form (body, query, headers, region) through a compressed fragment', async () => {
    const { state, omitted } = shareableState('create-chat', 'sandbox', values, TOKEN);
    const link = await shareLink('https://p.dev', '/chat/create-chat/', state, TOKEN);
    expect(link.startsWith('https://p.dev/chat/create-chat/#share=')).toBe(true);
    // A 20 KB body fits: repetitive text compresses far below a URL's practical limits.
    expect(link.length).toBeLessThan(2_000);
    const back = await decodeShared(new URL(link).hash);
    expect(back).toEqual({
      endpointId: 'create-chat',
      region: 'sandbox',
      values: { ...values, headers: { 'Agw-Js-Conv': 'str' } },
    });
    expect(omitted).toEqual([]);
  });

  it('never carries the token: no Authorization header, no field holding it, in no encoding', async () => {
    const leaky = { ...values, body: { ...values.body, user_id: `me ${TOKEN}`, extra: btoa(`Bearer ${TOKEN}`) } };
    const { state, omitted } = shareableState('create-chat', 'cn', leaky, TOKEN);
    expect(omitted).toEqual([
      { field: 'body.user_id', reason: 'token' },
      { field: 'body.extra', reason: 'token' },
    ]);
    const link = await shareLink('https://p.dev', '/chat/create-chat/', state, TOKEN);
    const decoded = JSON.stringify(await decodeShared(new URL(link).hash));
    expect(holdsToken(decoded, TOKEN)).toBe(false);
    expect(holdsToken(link, TOKEN)).toBe(false);
    // Encoding itself refuses a state that still holds it (a caller that skipped shareableState).
    await expect(
      encodeShared({ endpointId: 'x', values: { ...values, headers: {}, body: { note: TOKEN } } }, TOKEN),
    ).rejects.toThrow(/token/);
  });

  it('finds a token in each spelling a link could hide it in', () => {
    for (const spelling of [
      TOKEN,
      TOKEN.toUpperCase(),
      encodeURIComponent(`a ${TOKEN}`),
      btoa(`Bearer ${TOKEN}`),
      btoa(`x${TOKEN}`).replace(/\+/g, '-').replace(/\//g, '_'),
      btoa(`xy${TOKEN}`),
    ])
      expect(holdsToken(`{"a":"${spelling}"}`, TOKEN), spelling).toBe(true);
    expect(holdsToken('{"a":"nothing here"}', TOKEN)).toBe(false);
  });

  it('leaves out file fields and names them', async () => {
    const file = new File(['bytes'], 'a.png');
    const { state, omitted } = shareableState(
      'upload-file',
      'sandbox',
      { path: {}, query: {}, headers: {}, body: { file } },
      undefined,
    );
    expect(omitted).toEqual([{ field: 'body.file', reason: 'file' }]);
    expect(state.values.body).toEqual({});
    // The link names them, so its banner can say so.
    expect(state.omitted).toEqual(omitted);
    expect((await decodeShared(`#share=${await encodeShared(state)}`))?.omitted).toEqual(omitted);
  });

  it('says what a link fills, and rejects a damaged or foreign fragment', async () => {
    expect(filledFields(values)).toEqual({
      query: ['conversation_id'],
      headers: ['Authorization', 'Agw-Js-Conv'],
      body: ['bot_id', 'user_id', 'stream', 'additional_messages'],
    });
    expect(await decodeShared('#share=not-deflate')).toBeUndefined();
    expect(await decodeShared('#use=body.bot_id=1')).toBeUndefined();
  });
});
