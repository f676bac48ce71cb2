import { describe, expect, it } from 'vitest';
import {
  applyStreamEvent,
  deltaText,
  eventsPerSecond,
  emptyStreamView,
  finishStreamView,
  foldStream,
  type ReceivedEvent,
} from '../../lib/stream-view';

const chat = { id: '7380', conversation_id: '7379', bot_id: '7351', created_at: 1718000000 };

function frame(event: string, data: unknown, offsetMs: number, id?: string): ReceivedEvent {
  return {
    event,
    data: typeof data === 'string' ? data : JSON.stringify(data),
    offsetMs,
    ...(id !== undefined ? { id } : {}),
  };
}

function delta(content: string, offsetMs: number, extra: Record<string, unknown> = {}): ReceivedEvent {
  return frame(
    'conversation.message.delta',
    {
      id: '7381',
      conversation_id: '7379',
      bot_id: '7351',
      role: 'assistant',
      type: 'answer',
      content,
      content_type: 'text',
      chat_id: '7380',
      ...extra,
    },
    offsetMs,
  );
}

// A chat v3 stream as Coze sends it: created, in_progress, deltas, the completed messages, completed, done.
const CHAT_STREAM: ReceivedEvent[] = [
  frame('conversation.chat.created', { ...chat, status: 'created' }, 80),
  frame('conversation.chat.in_progress', { ...chat, status: 'in_progress' }, 95),
  delta('', 300, { reasoning_content: 'The user greets me. ' }),
  delta('Hello', 410),
  delta('! How can', 460),
  delta(' I help?', 520),
  frame(
    'conversation.message.completed',
    {
      id: '7381',
      role: 'assistant',
      type: 'answer',
      content: 'Hello! How can I help?',
      content_type: 'text',
      chat_id: '7380',
    },
    530,
  ),
  frame(
    'conversation.message.completed',
    {
      id: '7382',
      role: 'assistant',
      type: 'verbose',
      content: '{"msg_type":"generate_answer_finish","data":""}',
      content_type: 'text',
    },
    531,
  ),
  frame(
    'conversation.message.completed',
    { id: '7383', role: 'assistant', type: 'follow_up', content: 'What can you do?', content_type: 'text' },
    600,
  ),
  frame(
    'conversation.chat.completed',
    { ...chat, status: 'completed', usage: { token_count: 120, output_count: 20, input_count: 100 } },
    610,
  ),
  frame('done', '"[DONE]"', 611),
];

describe('stream view of a chat', () => {
  it('joins answer deltas into the answer and reasoning apart from it', () => {
    const view = foldStream('chat', CHAT_STREAM);
    expect(view.answer).toBe('Hello! How can I help?');
    expect(view.reasoning).toBe('The user greets me. ');
  });

  it('lists every event with its data parsed and its offset', () => {
    const view = foldStream('chat', CHAT_STREAM);
    expect(view.events).toHaveLength(CHAT_STREAM.length);
    expect(view.events[0]).toEqual({
      event: 'conversation.chat.created',
      data: { ...chat, status: 'created' },
      offsetMs: 80,
    });
    expect(view.events.at(-1)).toEqual({ event: 'done', data: '[DONE]', offsetMs: 611 });
  });

  it('shows the partial answer while the stream is open', () => {
    const partial = CHAT_STREAM.slice(0, 5).reduce(applyStreamEvent, emptyStreamView('chat'));
    expect(partial.answer).toBe('Hello! How can');
    expect(partial.status).toEqual({ state: 'streaming' });
  });

  it('ends done with the token usage', () => {
    expect(foldStream('chat', CHAT_STREAM).status).toEqual({ state: 'done', tokenCount: 120 });
  });

  it('takes a whole answer message that came without deltas', () => {
    const view = foldStream('chat', [
      frame('conversation.message.completed', { id: '9', role: 'assistant', type: 'answer', content: 'Whole.' }, 10),
      frame('done', '"[DONE]"', 11),
    ]);
    expect(view.answer).toBe('Whole.');
  });

  it('ignores deltas of other message types', () => {
    const view = foldStream('chat', [delta('{"name":"weather"}', 5, { type: 'function_call' }), delta('Sunny', 6)]);
    expect(view.answer).toBe('Sunny');
  });

  it('stops at requires_action with the tool calls, and keeps them after done', () => {
    const view = foldStream('chat', [
      frame('conversation.chat.created', { ...chat, status: 'created' }, 10),
      frame(
        'conversation.chat.requires_action',
        {
          ...chat,
          status: 'requires_action',
          required_action: {
            type: 'submit_tool_outputs',
            submit_tool_outputs: {
              tool_calls: [
                { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Beijing"}' } },
              ],
            },
          },
        },
        50,
      ),
      frame('done', '"[DONE]"', 51),
    ]);
    expect(view.status).toEqual({
      state: 'requires_action',
      chatId: '7380',
      conversationId: '7379',
      toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Beijing"}' }],
    });
  });

  it('fails with the last error of a failed chat', () => {
    const view = foldStream('chat', [
      frame(
        'conversation.chat.failed',
        { ...chat, status: 'failed', last_error: { code: 4015, msg: 'The bot is not published to API' } },
        20,
      ),
      frame('done', '"[DONE]"', 21),
    ]);
    expect(view.status).toEqual({ state: 'failed', code: 4015, message: 'The bot is not published to API' });
  });

  it('fails on a Coze error event and on the worker’s error event', () => {
    expect(foldStream('chat', [frame('error', { code: 4000, msg: 'Request parameter error' }, 3)]).status).toEqual({
      state: 'failed',
      code: 4000,
      message: 'Request parameter error',
    });
    const ours = { error: { status: 502, code: 'stream_interrupted', message: 'The upstream stream broke off' } };
    expect(foldStream('chat', [delta('Hel', 1), frame('error', ours, 9)]).status).toEqual({
      state: 'failed',
      code: 'stream_interrupted',
      message: 'The upstream stream broke off',
    });
  });

  it('takes the debug url of a chatflow done event', () => {
    const view = foldStream('chat', [
      delta('Hi', 1),
      frame('done', { debug_url: 'https://www.coze.cn/work_flow?execute_id=1' }, 2),
    ]);
    expect(view.status).toEqual({ state: 'done', debugUrl: 'https://www.coze.cn/work_flow?execute_id=1' });
  });

  it('calls a stream that closed before its end incomplete', () => {
    expect(foldStream('chat', CHAT_STREAM.slice(0, 4)).status).toEqual({ state: 'incomplete' });
    expect(foldStream('chat', CHAT_STREAM.slice(0, 4), false).status).toEqual({ state: 'streaming' });
    expect(finishStreamView(foldStream('chat', CHAT_STREAM)).status.state).toBe('done');
  });
});

describe('stream view of a workflow', () => {
  const message = (content: string, seq: string, finish: boolean, id: string, offsetMs: number) =>
    frame(
      'Message',
      { content, content_type: 'text', node_title: 'End', node_seq_id: seq, node_is_finish: finish, node_id: '900001' },
      offsetMs,
      id,
    );

  it('joins message contents and keeps the frame ids', () => {
    const view = foldStream('workflow', [
      message('The weather', '0', false, '0', 200),
      frame('PING', '', 300, '1'),
      message(' is sunny.', '1', true, '2', 400),
      frame('Done', { debug_url: 'https://www.coze.cn/work_flow?execute_id=7' }, 401, '3'),
    ]);
    expect(view.answer).toBe('The weather is sunny.');
    expect(view.events.map((e) => e.id)).toEqual(['0', '1', '2', '3']);
    expect(view.status).toEqual({ state: 'done', debugUrl: 'https://www.coze.cn/work_flow?execute_id=7' });
  });

  it('stops at an interrupt with what resuming needs', () => {
    const view = foldStream('workflow', [
      message('Let me ask.', '0', true, '0', 10),
      frame(
        'Interrupt',
        { interrupt_data: { event_id: '7351000000000000503/1', type: 2, data: 'Which city?' }, node_title: 'Question' },
        20,
        '1',
      ),
      frame('Done', {}, 21, '2'),
    ]);
    expect(view.status).toEqual({
      state: 'interrupted',
      eventId: '7351000000000000503/1',
      type: 2,
      question: 'Which city?',
      nodeTitle: 'Question',
    });
  });

  it('fails with the workflow error code and message', () => {
    const view = foldStream('workflow', [
      frame('Error', { error_code: 720702204, error_message: 'conversation not found' }, 5, '0'),
    ]);
    expect(view.status).toEqual({ state: 'failed', code: 720702204, message: 'conversation not found' });
  });
});

describe('stream figures', () => {
  const chat = (event: string, data: unknown, offsetMs: number) => ({ event, data: JSON.stringify(data), offsetMs });

  it('times the first answer token, not the first event, and reads tokens in and out from the usage', () => {
    const view = foldStream('chat', [
      chat('conversation.chat.created', { id: 'c' }, 40),
      chat('conversation.message.delta', { type: 'answer', content: '' }, 90),
      chat('conversation.message.delta', { type: 'answer', content: 'Hi' }, 120),
      chat('conversation.message.delta', { type: 'answer', content: ' there' }, 160),
      chat('conversation.chat.completed', { usage: { input_count: 30, output_count: 5, token_count: 35 } }, 200),
    ]);
    expect(view.firstAnswerMs).toBe(120);
    expect(view.usage).toEqual({ input: 30, output: 5, total: 35 });
    expect(foldStream('chat', [chat('conversation.chat.created', {}, 5)]).firstAnswerMs).toBeUndefined();
  });

  it('takes a workflow message as the first answer token and its usage', () => {
    const view = foldStream('workflow', [
      {
        event: 'Message',
        data: JSON.stringify({ content: 'Hello', usage: { input_count: 3, output_count: 4 } }),
        offsetMs: 70,
      },
    ]);
    expect(view.firstAnswerMs).toBe(70);
    expect(view.usage).toEqual({ input: 3, output: 4 });
  });

  it('counts events per second over the span they arrived in', () => {
    expect(eventsPerSecond([{ offsetMs: 100 }, { offsetMs: 350 }, { offsetMs: 600 }])).toBe(4);
    expect(eventsPerSecond([{ offsetMs: 100 }])).toBeUndefined();
    expect(eventsPerSecond([{ offsetMs: 100 }, { offsetMs: 100 }])).toBeUndefined();
  });

  it('gives the text of delta and message rows only', () => {
    expect(deltaText({ event: 'conversation.message.delta', data: { content: 'Hi' }, offsetMs: 1 })).toBe('Hi');
    expect(deltaText({ event: 'Message', data: { content: 'out' }, offsetMs: 1 })).toBe('out');
    expect(deltaText({ event: 'conversation.chat.created', data: { content: 'x' }, offsetMs: 1 })).toBeUndefined();
    expect(deltaText({ event: 'Message', data: 'not json', offsetMs: 1 })).toBeUndefined();
  });
});
