import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ChatEventType,
  CozeAPI,
  GatewayError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RoleType,
} from '@coze/api';
import { describe, expect, inject, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

// The official Node SDK, unchanged, sent every kind of bad request through the local relay: it must
// raise the class it raises for Coze's own errors, with Coze's code, a message and the log id.
// Region sandbox is answered by the sandbox; cn and com by the fake Coze the test setup starts.
const base = `${inject('baseUrl')}/api/relay`;
const token = () => `pat_sdk_errors_${crypto.randomUUID().replaceAll('-', '')}`;
const sandbox = new CozeAPI({ token: token(), baseURL: `${base}/sandbox`, headers: { 'x-sandbox-pace-ms': '1' } });
const cn = new CozeAPI({ token: token(), baseURL: `${base}/cn` });
const LOGID = /^\d{14}[0-9A-F]{20}$|^fake-logid-/;
const hi = [{ role: RoleType.User, content: 'hi', content_type: 'text' as const }];

type ErrorClass = abstract new (...args: never[]) => APIError;

/** Runs a call that must fail, and hands back what it threw. */
async function failure(run: () => Promise<unknown>): Promise<APIError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(APIError);
    return error as APIError;
  }
  throw new Error('the call succeeded');
}

/**
 * Every event of a stream call. A stream call Coze refuses answers HTTP 200 with its JSON error;
 * coze-js hands that body on as one `error` event (`{code, msg}`), which is how a caller of
 * `chat.stream` learns of it. A refusal with another status would reach the caller as an error
 * without code or message: coze-js cannot read the body of a failed stream request.
 */
async function eventsOf(stream: AsyncIterable<{ event: string; data: unknown }>) {
  const events: { event: string; data: unknown }[] = [];
  for await (const part of stream) events.push(part);
  return events;
}

function expectErrorEvent(events: { event: string; data: unknown }[], code: number): { code: number; msg: string } {
  expect(events).toHaveLength(1);
  expect(events[0]!.event).toBe(ChatEventType.ERROR);
  const data = events[0]!.data as { code: number; msg: string; detail?: { logid?: string } };
  expect(data.code).toBe(code);
  expect(data.msg.length).toBeGreaterThan(0);
  expect(data.detail?.logid).toMatch(LOGID);
  return data;
}

function expectRaised(error: APIError, type: ErrorClass, code: number): void {
  expect(error).toBeInstanceOf(type);
  expect(error.code).toBe(code);
  expect(error.msg?.length).toBeGreaterThan(0);
  expect(error.message).toContain(`code: ${code}`);
  expect(error.logid).toMatch(LOGID);
}

describe('@coze/api raises Coze’s errors for bad requests through the relay', () => {
  it('chat.stream without bot_id (sandbox): Coze’s error event, code 4000 naming the field', async () => {
    const data = expectErrorEvent(await eventsOf(sandbox.chat.stream({ bot_id: '', additional_messages: hi })), 4000);
    expect(data.msg).toContain('bot_id');
  });

  it('chat.create without bot_id (sandbox): BadRequestError 4000', async () => {
    expectRaised(
      await failure(() => sandbox.chat.create({ bot_id: '', additional_messages: hi })),
      BadRequestError,
      4000,
    );
  });

  it('chat.stream and chat.create without bot_id (cn): sent to Coze, its 4000 given back, our issues in a header', async () => {
    expectErrorEvent(await eventsOf(cn.chat.stream({ bot_id: '', additional_messages: hi })), 4000);
    const created = await failure(() => cn.chat.create({ bot_id: '', additional_messages: hi }));
    expectRaised(created, BadRequestError, 4000);
    const header = (created.headers as Record<string, string> | undefined)?.['x-playground-validation'];
    expect(JSON.parse(header!)).toMatchObject({
      endpoint: 'create-chat',
      issues: [expect.objectContaining({ path: 'bot_id' })],
    });
  });

  it('a resource that does not exist (sandbox): NotFoundError 4200', async () => {
    expectRaised(await failure(() => sandbox.conversations.retrieve('1')), NotFoundError, 4200);
  });

  it('a path the relay does not route: NotFoundError 4200', async () => {
    expectRaised(await failure(() => sandbox.get('/v1/not-an-endpoint', {})), NotFoundError, 4200);
  });

  it('an unknown region: NotFoundError 4200', async () => {
    const mars = new CozeAPI({ token: token(), baseURL: `${base}/mars` });
    expectRaised(await failure(() => mars.bots.list({ space_id: '1' })), NotFoundError, 4200);
  });

  it('no token: AuthenticationError 4100; for a stream, the error event with 4100', async () => {
    const anonymous = new CozeAPI({ token: '', baseURL: `${base}/sandbox` });
    expectRaised(await failure(() => anonymous.workspaces.list()), AuthenticationError, 4100);
    expectErrorEvent(await eventsOf(anonymous.chat.stream({ bot_id: SANDBOX_IDS.bot, additional_messages: hi })), 4100);
  });

  it('another scheme than Bearer: AuthenticationError 4100', async () => {
    const basic = new CozeAPI({ token: token(), baseURL: `${base}/sandbox`, headers: { authorization: 'Basic dTpw' } });
    expectRaised(await failure(() => basic.workspaces.list()), AuthenticationError, 4100);
  });

  it('a call from another site’s page: PermissionDeniedError 4101', async () => {
    const foreign = new CozeAPI({
      token: token(),
      baseURL: `${base}/sandbox`,
      headers: { origin: 'https://evil.example' },
    });
    expectRaised(await failure(() => foreign.workspaces.list()), PermissionDeniedError, 4101);
  });

  it('malformed JSON: BadRequestError 4000', async () => {
    const error = await failure(() =>
      sandbox.post('/v3/chat', '{"bot_id":', false, { headers: { 'content-type': 'application/json' } }),
    );
    expectRaised(error, BadRequestError, 4000);
  });

  it('a body over the limit: BadRequestError 4000 (HTTP 413)', async () => {
    const huge = { bot_id: SANDBOX_IDS.bot, user_id: 'u', padding: 'x'.repeat(21 * 1024 * 1024) };
    const error = await failure(() => sandbox.post('/v3/chat', huge, false));
    expectRaised(error, BadRequestError, 4000);
  });

  it('a query over the limit: BadRequestError 4000 (HTTP 414)', async () => {
    expectRaised(await failure(() => sandbox.get('/v1/workspaces', { q: 'a'.repeat(9000) })), BadRequestError, 4000);
  });

  it('JSON to an upload: APIError 4300, as Coze’s own “not multipart” is raised', async () => {
    const error = await failure(() => sandbox.post('/v1/files/upload', { file: 'x' }, false));
    expect(error.constructor).toBe(APIError);
    expect(error.code).toBe(4300);
    expect(error.msg).toContain('multipart/form-data');
  });

  it('an answer whose body breaks off (cn): GatewayError 5000, in place of half a JSON document', async () => {
    const error = await failure(() => cn.chat.create({ bot_id: 'broken-json', user_id: 'u', additional_messages: hi }));
    expectRaised(error, GatewayError, 5000);
    expect(error.msg).toMatch(/^The upstream stream broke off/);
  });

  it('past the rate limit: RateLimitError 4013', async () => {
    const caller = new CozeAPI({ token: token(), baseURL: `${base}/cn` });
    let limited: APIError | undefined;
    // 120 Coze calls a minute per token (README, Volume), in windows aligned to the clock: a burst
    // that spans a minute's end may get two windows' worth, so up to 250 calls are sent.
    for (let batch = 0; batch < 25 && !limited; batch++) {
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => caller.conversations.retrieve('7351')));
      limited = results
        .map((result) => (result.status === 'rejected' ? (result.reason as APIError) : undefined))
        .find((error) => error instanceof RateLimitError);
    }
    expect(limited).toBeDefined();
    expectRaised(limited!, RateLimitError, 4013);
  });
});
