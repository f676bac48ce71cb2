import { describe, expect, it } from 'vitest';
import { TokenError, isDue, nextPollStep, readTokenAnswer } from './grants';

describe('token answers', () => {
  it('reads a token, its expiry time and its refresh token', () => {
    expect(readTokenAnswer(200, { access_token: 'czu_a', expires_in: 1_700_000_900, refresh_token: 'rt_b' })).toEqual({
      accessToken: 'czu_a',
      expiresAt: 1_700_000_900,
      refreshToken: 'rt_b',
    });
    expect(readTokenAnswer(200, { access_token: 'czs_a', expires_in: 5 })).toEqual({
      accessToken: 'czs_a',
      expiresAt: 5,
    });
  });

  it('throws Coze’s error code and message, or the status when there is none', () => {
    expect(() => readTokenAnswer(400, { error_code: 'invalid_request', error_message: 'bad verifier' })).toThrow(
      new TokenError('invalid_request', 'bad verifier'),
    );
    expect(() => readTokenAnswer(502, 'oops')).toThrow(expect.objectContaining({ code: 'http_502' }));
  });
});

describe('device flow polling', () => {
  it.each([
    ['authorization_pending', 5, { kind: 'wait', intervalS: 5 }],
    ['slow_down', 5, { kind: 'wait', intervalS: 10 }],
    ['slow_down', 10, { kind: 'wait', intervalS: 15 }],
  ])('waits after %s (interval %i)', (code, interval, step) => {
    expect(nextPollStep(400, { error_code: code, error_message: '…' }, interval)).toEqual(step);
  });

  it.each(['expired_token', 'access_deny', 'invalid_client'])('stops after %s', (code) => {
    const step = nextPollStep(400, { error_code: code, error_message: 'no' }, 5);
    expect(step).toMatchObject({ kind: 'failed', error: { code } });
  });

  it('reads the pending state from `error` as the docs name it', () => {
    expect(nextPollStep(400, { error: 'authorization_pending' }, 5)).toEqual({ kind: 'wait', intervalS: 5 });
  });

  it('ends with the grant once granted', () => {
    expect(nextPollStep(200, { access_token: 't', expires_in: 9, refresh_token: 'r' }, 5)).toEqual({
      kind: 'granted',
      grant: { accessToken: 't', expiresAt: 9, refreshToken: 'r' },
    });
  });
});

describe('renewal', () => {
  it('is due once the token expires within the margin', () => {
    expect(isDue({ expiresAt: 1000 }, 900)).toBe(false);
    expect(isDue({ expiresAt: 1000 }, 970)).toBe(true);
    expect(isDue({ expiresAt: 1000 }, 1001, 0)).toBe(true);
  });
});
