import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CHAT_EVENTS } from '../../catalog/events';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { sandboxSession } from './sandbox-helpers';

interface Frame {
  event: string;
  data: string;
}

const session = () => sandboxSession('chat');

function framesOf(text: string): Frame[] {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const frame: Record<string, string> = {};
      for (const line of block.split('\n')) frame[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1);
      return frame as unknown as Frame;
    });
}

/** Checks each frame's data against the catalog's schema for its event. */
function expectValidChatEvents(frames: Frame[]) {
  for (const frame of frames) {
    const schema = CHAT_EVENTS.find((event) => event.name === frame.event)?.data;
    if (frame.event === 'done') continue;
    expect(schema, frame.event).toBeDefined();
    expect(v.safeParse(schema!, JSON.parse(frame.data)).success, frame.event).toBe(true);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ask(content: string, extra: Record<string, unknown> = {}) {
  return {
    bot_id: SANDBOX_IDS.bot,
    user_id: 'user-1',
    stream: true,
    additional_messages: [{ role: 'user', content, content_type: 'text' }],
    ...extra,
  };
}

/** The event names with runs of deltas collapsed, for comparing sequences. */
function shapeOf(frames: Frame[]): string[] {
  return frames
    .map((f) => (f.event === 'conversation.message.completed' ? `completed:${JSON.parse(f.data).type}` : f.event))
    .filter((name, i, all) => name !== 'conversation.message.delta' || all[i - 1] !== name);
}

describe('sandbox chat streams', () => {
  it('streams a chat as Coze does, from created to done', async () => {
    const { send } = session();
    const res = await send('POST', '/v3/chat', ask('How does streaming work?'));
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('x-tt-logid')).toMatch(/^\d{14}[0-9A-F]{20}$/);
    const text = await res.text();
    expect(text).toMatch(/^event:conversation\.chat\.created\ndata:\{"id":"\d+"/);
    expect(text.endsWith('event:done\ndata:"[DONE]"\n\n')).toBe(true);
    const frames = framesOf(text);
    expect(shapeOf(frames)).toEqual([
      'conversation.chat.created',
      'conversation.chat.in_progress',
      'conversation.message.delta',
      'completed:answer',
      'completed:verbose',
      'completed:follow_up',
      'completed:follow_up',
      'completed:follow_up',
      'conversation.chat.completed',
      'done',
    ]);
    expectValidChatEvents(frames);
    const deltas = frames.filter((f) => f.event === 'conversation.message.delta').map((f) => JSON.parse(f.data));
    expect(deltas.length).toBeGreaterThan(10);
    const answer = JSON.parse(
      frames.find((f) => f.data.includes('"type":"answer"') && f.event === 'conversation.message.completed')!.data,
    );
    expect(deltas.map((d) => d.content).join('')).toBe(answer.content);
    expect(answer.content).toContain('How does streaming work?');
    expect(new Set(deltas.map((d) => d.id))).toEqual(new Set([answer.id]));
    const verbose = JSON.parse(JSON.parse(frames[frames.length - 6]!.data).content);
    expect(verbose.msg_type).toBe('generate_answer_finish');
    const completed = JSON.parse(frames.at(-2)!.data);
    expect(completed).toMatchObject({ status: 'completed', usage: { token_count: expect.any(Number) } });
    expect(completed.usage.token_count).toBe(completed.usage.input_count + completed.usage.output_count);
  });

  it('sends the first event before the stream is done', async () => {
    const { send } = session();
    const res = await send('POST', '/v3/chat', ask('Hello!'), { 'x-sandbox-pace-ms': '30' });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const started = Date.now();
    const first = await reader.read();
    const firstText = decoder.decode(first.value);
    expect(firstText).toContain('event:conversation.chat.created');
    expect(firstText).not.toContain('event:done');
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    // Dozens of deltas 30 ms apart: the whole stream takes far longer than the first event did.
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(rest).toContain('event:done');
  });

  it('gives the same answer for the same seed and input, and follows the seed', async () => {
    const answerOf = async (seed: string, content: string) => {
      const text = await (await session().send('POST', '/v3/chat', ask(content), { 'x-sandbox-seed': seed })).text();
      return JSON.parse(framesOf(text).find((f) => f.event === 'conversation.message.completed')!.data)
        .content as string;
    };
    expect(await answerOf('s1', 'Plan my week')).toBe(await answerOf('s1', 'Plan my week'));
    expect(await answerOf('s1', 'Plan my week')).not.toBe(await answerOf('s1', 'Plan my month'));
    const bySeed = new Set(
      await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => answerOf(seed, 'Plan my week'))),
    );
    expect(bySeed.size).toBeGreaterThan(1);
  });

  it('answers in Chinese to a Chinese question', async () => {
    const text = await (await session().send('POST', '/v3/chat', ask('你好，你能做什么？'))).text();
    const answer = JSON.parse(framesOf(text).find((f) => f.event === 'conversation.message.completed')!.data)
      .content as string;
    expect(answer).toContain('你说');
  });
});

describe('sandbox chat without streaming', () => {
  it('runs create conversation, create message, chat, retrieve until completed, and lists the messages', async () => {
    const { json } = session();
    const conversation = (await json('POST', '/v1/conversation/create', { bot_id: SANDBOX_IDS.bot })).data.id as string;
    await json('POST', `/v1/conversation/message/create?conversation_id=${conversation}`, {
      role: 'user',
      content: 'Tell me a fact',
      content_type: 'text',
    });
    const pace = { 'x-sandbox-pace-ms': '5' };
    const created = await json(
      'POST',
      `/v3/chat?conversation_id=${conversation}`,
      { bot_id: SANDBOX_IDS.bot, user_id: 'u', stream: false },
      pace,
    );
    expect(created.data).toMatchObject({
      status: 'in_progress',
      conversation_id: conversation,
      bot_id: SANDBOX_IDS.bot,
    });
    const retrieve = () => json('GET', `/v3/chat/retrieve?conversation_id=${conversation}&chat_id=${created.data.id}`);
    expect((await retrieve()).data.status).toBe('in_progress');
    let status = 'in_progress';
    for (let i = 0; i < 50 && status === 'in_progress'; i++) {
      await sleep(50);
      status = (await retrieve()).data.status;
    }
    expect(status).toBe('completed');
    expect((await retrieve()).data.usage.output_count).toBeGreaterThan(0);
    const chatMessages = await json(
      'GET',
      `/v3/chat/message/list?conversation_id=${conversation}&chat_id=${created.data.id}`,
    );
    expect(chatMessages.data.map((m: { type: string }) => m.type)).toEqual([
      'answer',
      'verbose',
      'follow_up',
      'follow_up',
      'follow_up',
    ]);
    expect(chatMessages.data[0].content).toContain('Tell me a fact');
    const history = await json('POST', `/v1/conversation/message/list?conversation_id=${conversation}`, {
      order: 'asc',
    });
    expect(history.data.map((m: { type: string }) => m.type)).toEqual(['question', 'answer']);
    expect(history.data[1].id).toBe(chatMessages.data[0].id);
  });

  it('lists the answer in the conversation once it is due, without polling the chat', async () => {
    const { json } = session();
    const created = await json('POST', '/v3/chat', { ...ask('Hi'), stream: false }, { 'x-sandbox-pace-ms': '5' });
    const list = () =>
      json('POST', `/v1/conversation/message/list?conversation_id=${created.data.conversation_id}`, { order: 'asc' });
    expect((await list()).data.map((m: { type: string }) => m.type)).toEqual(['question']);
    await sleep(400);
    expect((await list()).data.map((m: { type: string }) => m.type)).toEqual(['question', 'answer']);
  });

  it('counts turns per context section and starts again after a clear', async () => {
    const { json } = session();
    const conversation = (await json('POST', '/v1/conversation/create', {})).data.id as string;
    const turnOf = async () => {
      const chat = (await json('POST', `/v3/chat?conversation_id=${conversation}`, { ...ask('Hi'), stream: false }))
        .data;
      const messages = await json('GET', `/v3/chat/message/list?conversation_id=${conversation}&chat_id=${chat.id}`);
      return /Turn (\d+)/.exec(messages.data[0].content)?.[1];
    };
    expect(await turnOf()).toBe('1');
    expect(await turnOf()).toBe('2');
    await json('POST', `/v1/conversations/${conversation}/clear`);
    expect(await turnOf()).toBe('1');
  });

  it('answers 4007 for a non-streaming chat without auto_save_history', async () => {
    const { json } = session();
    expect((await json('POST', '/v3/chat', { ...ask('Hi'), stream: false, auto_save_history: false })).code).toBe(4007);
  });

  it('answers 4016 while the conversation already has a chat in progress', async () => {
    const { json } = session();
    const first = await json('POST', '/v3/chat', { ...ask('Hi'), stream: false }, { 'x-sandbox-pace-ms': '200' });
    const second = await json('POST', `/v3/chat?conversation_id=${first.data.conversation_id}`, {
      ...ask('Again'),
      stream: false,
    });
    expect(second.code).toBe(4016);
  });

  it('answers 4000 when there is no user message to answer', async () => {
    const { json } = session();
    const body = await json('POST', '/v3/chat', { bot_id: SANDBOX_IDS.bot, user_id: 'u', stream: true });
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('additional_messages') });
  });
});

describe('sandbox chat cancel', () => {
  it('cancels a chat in progress, which then stays canceled', async () => {
    const { json } = session();
    const created = await json('POST', '/v3/chat', { ...ask('Hi'), stream: false }, { 'x-sandbox-pace-ms': '100' });
    const ids = { conversation_id: created.data.conversation_id, chat_id: created.data.id };
    const canceled = await json('POST', '/v3/chat/cancel', ids);
    expect(canceled).toMatchObject({ code: 0, data: { id: ids.chat_id, status: 'canceled' } });
    const retrieved = await json(
      'GET',
      `/v3/chat/retrieve?conversation_id=${ids.conversation_id}&chat_id=${ids.chat_id}`,
    );
    expect(retrieved.data.status).toBe('canceled');
    const messages = await json(
      'GET',
      `/v3/chat/message/list?conversation_id=${ids.conversation_id}&chat_id=${ids.chat_id}`,
    );
    expect(messages.data).toEqual([]);
  });

  it('answers 4104 for a chat that has completed', async () => {
    const { json } = session();
    const body = await json('POST', '/v3/chat/cancel', {
      conversation_id: SANDBOX_IDS.conversation,
      chat_id: SANDBOX_IDS.chat,
    });
    expect(body).toMatchObject({ code: 4104, msg: expect.stringContaining('completed') });
  });

  it('cancels the seeded long-running chat', async () => {
    const { json } = session();
    const body = await json('POST', '/v3/chat/cancel', {
      conversation_id: '7351000000000000307',
      chat_id: '7351000000000000306',
    });
    expect(body.data.status).toBe('canceled');
  });
});

describe('sandbox local plugin flow', () => {
  const weather = (extra: Record<string, unknown> = {}) => ({
    ...ask("What's the weather in Paris?"),
    bot_id: SANDBOX_IDS.pluginBot,
    ...extra,
  });

  it('stops in requires_action, then continues with the submitted tool output', async () => {
    const { send, json } = session();
    const frames = framesOf(await (await send('POST', '/v3/chat', weather())).text());
    expect(shapeOf(frames)).toEqual([
      'conversation.chat.created',
      'conversation.chat.in_progress',
      'completed:function_call',
      'conversation.chat.requires_action',
      'done',
    ]);
    expectValidChatEvents(frames);
    const chat = JSON.parse(frames[3]!.data);
    const [call] = chat.required_action.submit_tool_outputs.tool_calls;
    expect(call).toMatchObject({ type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } });
    expect(call.id).toMatch(/^call_\d+$/);
    const query = `conversation_id=${chat.conversation_id}&chat_id=${chat.id}`;
    expect((await json('GET', `/v3/chat/retrieve?${query}`)).data).toMatchObject({
      status: 'requires_action',
      required_action: { type: 'submit_tool_outputs' },
    });

    const wrong = await json('POST', `/v3/chat/submit_tool_outputs?${query}`, {
      tool_outputs: [{ tool_call_id: 'call_nope', output: 'x' }],
    });
    expect(wrong).toMatchObject({ code: 4000, msg: expect.stringContaining(call.id) });

    const output = JSON.stringify({ temperature: '18°C', condition: 'sunny' });
    const res = await send('POST', `/v3/chat/submit_tool_outputs?${query}`, {
      stream: true,
      tool_outputs: [{ tool_call_id: call.id, output }],
    });
    const continued = framesOf(await res.text());
    expect(shapeOf(continued)).toEqual([
      'conversation.chat.in_progress',
      'completed:tool_response',
      'conversation.message.delta',
      'completed:answer',
      'completed:verbose',
      'completed:follow_up',
      'completed:follow_up',
      'conversation.chat.completed',
      'done',
    ]);
    expectValidChatEvents(continued);
    expect(JSON.parse(continued[1]!.data).content).toBe(output);
    const answer = continued
      .filter((f) => f.event === 'conversation.message.delta')
      .map((f) => JSON.parse(f.data).content)
      .join('');
    expect(answer).toContain('Paris');
    expect(answer).toContain('18°C');
    expect((await json('GET', `/v3/chat/retrieve?${query}`)).data.status).toBe('completed');
    const all = await json('GET', `/v3/chat/message/list?${query}`);
    expect(all.data.map((m: { type: string }) => m.type).slice(0, 3)).toEqual([
      'function_call',
      'tool_response',
      'answer',
    ]);
  });

  it('runs the same flow without streaming', async () => {
    const { json } = session();
    const created = await json('POST', '/v3/chat', weather({ stream: false }));
    const query = `conversation_id=${created.data.conversation_id}&chat_id=${created.data.id}`;
    const waiting = (await json('GET', `/v3/chat/retrieve?${query}`)).data;
    expect(waiting.status).toBe('requires_action');
    const callId = waiting.required_action.submit_tool_outputs.tool_calls[0].id;
    const submitted = await json('POST', `/v3/chat/submit_tool_outputs?${query}`, {
      tool_outputs: [{ tool_call_id: callId, output: 'Rainy, 12°C' }],
    });
    expect(submitted.data.status).toBe('in_progress');
    expect((await json('GET', `/v3/chat/retrieve?${query}`)).data.status).toBe('completed');
    const messages = await json('GET', `/v3/chat/message/list?${query}`);
    expect(messages.data.find((m: { type: string }) => m.type === 'answer').content).toContain('Rainy, 12°C');
  });

  it('asks get_weather once per city named, one round each, then answers with every output', async () => {
    const { send } = session();
    const question = weather({
      additional_messages: [{ role: 'user', content: 'Weather in Paris and London?', content_type: 'text' }],
    });
    const first = framesOf(await (await send('POST', '/v3/chat', question)).text());
    const waiting = JSON.parse(first.find((f) => f.event === 'conversation.chat.requires_action')!.data);
    const [call1] = waiting.required_action.submit_tool_outputs.tool_calls;
    expect(call1.function.arguments).toBe('{"city":"Paris"}');
    const query = `conversation_id=${waiting.conversation_id}&chat_id=${waiting.id}`;

    const second = framesOf(
      await (
        await send('POST', `/v3/chat/submit_tool_outputs?${query}`, {
          stream: true,
          tool_outputs: [{ tool_call_id: call1.id, output: 'sunny, 18°C' }],
        })
      ).text(),
    );
    expect(shapeOf(second)).toEqual([
      'conversation.chat.in_progress',
      'completed:tool_response',
      'completed:function_call',
      'conversation.chat.requires_action',
      'done',
    ]);
    expectValidChatEvents(second);
    const again = JSON.parse(second[3]!.data);
    const [call2] = again.required_action.submit_tool_outputs.tool_calls;
    expect(call2.function.arguments).toBe('{"city":"London"}');
    expect(call2.id).not.toBe(call1.id);

    const third = framesOf(
      await (
        await send('POST', `/v3/chat/submit_tool_outputs?${query}`, {
          stream: true,
          tool_outputs: [{ tool_call_id: call2.id, output: 'rain, 11°C' }],
        })
      ).text(),
    );
    expect(third.at(-2)!.event).toBe('conversation.chat.completed');
    const answer = third
      .filter((f) => f.event === 'conversation.message.delta')
      .map((f) => JSON.parse(f.data).content)
      .join('');
    expect(answer).toContain('Paris is sunny, 18°C');
    expect(answer).toContain('London it is rain, 11°C');
  });

  it('continues the seeded chat that waits for get_weather', async () => {
    const { json } = session();
    const query = `conversation_id=${SANDBOX_IDS.conversation}&chat_id=7351000000000000304`;
    const body = await json('POST', `/v3/chat/submit_tool_outputs?${query}`, {
      tool_outputs: [{ tool_call_id: 'call_7351000000000000305', output: '{"temperature":"21°C"}' }],
    });
    expect(body.code).toBe(0);
    expect((await json('GET', `/v3/chat/retrieve?${query}`)).data.status).toBe('completed');
  });

  it('refuses tool outputs for a chat that is not waiting for them', async () => {
    const { json } = session();
    const body = await json(
      'POST',
      `/v3/chat/submit_tool_outputs?conversation_id=${SANDBOX_IDS.conversation}&chat_id=${SANDBOX_IDS.chat}`,
      {
        tool_outputs: [{ tool_call_id: 'call-1', output: 'x' }],
      },
    );
    expect(body).toMatchObject({ code: 4000, msg: expect.stringContaining('requires_action') });
  });
});

describe('sandbox chatflow', () => {
  it('streams chat events and ends with a debug URL', async () => {
    const { send } = session();
    const res = await send('POST', '/v1/workflows/chat', {
      workflow_id: SANDBOX_IDS.chatflow,
      additional_messages: [{ role: 'user', content: 'What can you do?', content_type: 'text' }],
      parameters: {},
    });
    const frames = framesOf(await res.text());
    expect(frames[0]!.event).toBe('conversation.chat.created');
    expectValidChatEvents(frames);
    const done = frames.at(-1)!;
    expect(done.event).toBe('done');
    expect(JSON.parse(done.data).debug_url).toMatch(/^https:\/\/www\.coze\.cn\/work_flow\?execute_id=\d+/);
  });

  it('answers 4000 for a workflow that is not a chatflow', async () => {
    const { json } = session();
    const body = await json('POST', '/v1/workflows/chat', {
      workflow_id: SANDBOX_IDS.workflow,
      additional_messages: [{ role: 'user', content: 'Hi', content_type: 'text' }],
      parameters: {},
    });
    expect(body.code).toBe(4000);
  });
});
