import { describe, expect, it } from 'vitest';
import { answerStep, settle, toolCallStep, toolResultStep, type TurnContext } from '../../worker/sandbox/chat-plan';
import { CozeError, newLogid } from '../../worker/sandbox/envelope';
import { workflowById } from '../../worker/sandbox/fixtures';
import { DEFAULT_PACE, delaysOf, durationOf, paceOf } from '../../worker/sandbox/pace';
import { compareIds, intParam, pageOf } from '../../worker/sandbox/params';
import { chatFrame, workflowFrame } from '../../worker/sandbox/sse';
import { answerFor, chunkText, cityIn, followUpsFor, hash, plainTextOf, tokenCount } from '../../worker/sandbox/text';
import { chatView } from '../../worker/sandbox/views';
import { executeStatus, historyView, planRun } from '../../worker/sandbox/workflow-plan';
import type { ChatRecord, RunRecord } from '../../worker/sandbox/records';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';

describe('text', () => {
  it.each([
    'Hello there, how are you?',
    '你好，今天北京天气怎么样？',
    '  leading and trailing  ',
    'averyveryverylongwordwithoutspaces',
    'mixed 中文 and English',
  ])('chunks %j into pieces that join back exactly', (text) => {
    const pieces = chunkText(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 14)).toBe(true);
  });

  it('hashes stably', () => {
    expect(hash('hello')).toBe(hash('hello'));
    expect(hash('hello')).not.toBe(hash('hellp'));
  });

  it('answers the same text for the same input and echoes it', () => {
    const input = { text: 'What is Coze?', turn: 1, botName: 'Bot', seed: '' };
    expect(answerFor(input)).toBe(answerFor({ ...input }));
    expect(answerFor(input)).toContain('“What is Coze?”');
    expect(answerFor({ ...input, turn: 3 })).toContain('Turn 3');
  });

  it('picks distinct follow-ups', () => {
    const followUps = followUpsFor({ text: 'x', seed: '' }, 3);
    expect(new Set(followUps).size).toBe(3);
  });

  it.each([
    ["What's the weather in Paris?", 'Paris'],
    ['北京今天下雨吗', 'Beijing'],
    ['Is it sunny in San Francisco today?', 'San Francisco'],
    ['weather please', 'Beijing'],
  ])('finds the city in %j', (text, city) => {
    expect(cityIn(text)).toBe(city);
  });

  it('reads the text parts of object_string content', () => {
    const content = JSON.stringify([
      { type: 'text', text: 'Describe this' },
      { type: 'image', file_id: '1' },
    ]);
    expect(plainTextOf(content, 'object_string')).toBe('Describe this [1 attachment]');
    expect(plainTextOf('plain', 'text')).toBe('plain');
  });

  it('counts tokens roughly', () => {
    expect(tokenCount('abcdefgh')).toBe(2);
    expect(tokenCount('你好')).toBe(2);
  });
});

describe('pace', () => {
  it.each([
    [null, DEFAULT_PACE],
    ['0', { firstMs: 0, stepMs: 0 }],
    ['25', { firstMs: 25, stepMs: 25 }],
    ['-5', DEFAULT_PACE],
    ['abc', DEFAULT_PACE],
    ['999999', { firstMs: 2000, stepMs: 2000 }],
  ])('reads x-sandbox-pace-ms %j', (header, pace) => {
    expect(paceOf(header)).toEqual(pace);
  });

  it('waits longer before the first piece by default', () => {
    expect(delaysOf(DEFAULT_PACE, 3)).toEqual([300, 40, 40]);
    expect(durationOf(DEFAULT_PACE, 3)).toBe(380);
  });
});

describe('sse frames', () => {
  it('writes chat frames without spaces and done as a JSON string', () => {
    expect(chatFrame('conversation.chat.created', { id: '1' })).toBe(
      'event:conversation.chat.created\ndata:{"id":"1"}\n\n',
    );
    expect(chatFrame('done', '[DONE]')).toBe('event:done\ndata:"[DONE]"\n\n');
  });

  it('writes workflow frames with an id line', () => {
    expect(workflowFrame(3, 'Done', { debug_url: 'u' })).toBe('id: 3\nevent: Done\ndata: {"debug_url":"u"}\n\n');
  });
});

describe('envelope', () => {
  it('makes log ids shaped like Coze’s', () => {
    expect(newLogid(new Date('2025-01-02T03:04:05Z'))).toMatch(/^20250102030405[0-9A-F]{20}$/);
  });

  it('sends auth failures with HTTP 401 and others with 200', () => {
    expect(new CozeError(4100, 'x').status).toBe(401);
    expect(new CozeError(4200, 'x').status).toBe(200);
  });
});

describe('params', () => {
  it('pages by number and size', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], hasMore: true });
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual({ items: [5], hasMore: false });
  });

  it('compares int64 ids as numbers', () => {
    expect(compareIds('9', '10')).toBeLessThan(0);
    expect(compareIds('7351000000000000302', '7351000000000000300')).toBeGreaterThan(0);
  });

  it('answers 4000 outside the documented range', () => {
    expect(intParam(undefined, 'limit', 50, 1, 50)).toBe(50);
    expect(() => intParam(51, 'limit', 50, 1, 50)).toThrow(/limit/);
  });
});

function turn(readyAtMs: number): TurnContext {
  return {
    chatId: '10',
    conversationId: '20',
    botId: '30',
    botName: 'Bot',
    sectionId: '40',
    question: "What's the weather in Tokyo?",
    turn: 1,
    seed: '',
    readyAtMs,
    contextTokens: 10,
  };
}

function counter(): () => string {
  let n = 100;
  return () => String(n++);
}

function chatWith(step: ChatRecord['step']): ChatRecord {
  return {
    id: '10',
    conversation_id: '20',
    bot_id: '30',
    section_id: '40',
    created_at: 1,
    meta_data: {},
    status: 'in_progress',
    step,
    messages: [],
    question: "What's the weather in Tokyo?",
    auto_save_history: true,
  };
}

describe('chat plan', () => {
  it('keeps a chat in progress until its step is due, then completes it', () => {
    const chat = chatWith(answerStep(turn(5_000), counter()));
    expect(settle(chat, 4_999)).toBeUndefined();
    const result = settle(chat, 5_000)!;
    expect(result.chat.status).toBe('completed');
    expect(result.chat.completed_at).toBe(5);
    expect(result.chat.messages.map((m) => m.type)).toEqual([
      'answer',
      'verbose',
      'follow_up',
      'follow_up',
      'follow_up',
    ]);
    // Only the answer joins the conversation's history; verbose and follow-ups stay with the chat.
    expect(result.saved.map((m) => m.type)).toEqual(['answer']);
    expect(chatView(result.chat)).toMatchObject({ status: 'completed', usage: { input_count: 10 } });
  });

  it('saves nothing in the conversation without auto_save_history', () => {
    const chat = { ...chatWith(answerStep(turn(0), counter())), auto_save_history: false };
    expect(settle(chat, 0)!.saved).toEqual([]);
  });

  it('stops for get_weather, then answers with the tool output', () => {
    const waiting = settle(chatWith(toolCallStep(turn(0), counter(), 'call_1')), 0)!.chat;
    expect(waiting.status).toBe('requires_action');
    expect(chatView(waiting)).toMatchObject({
      required_action: {
        submit_tool_outputs: { tool_calls: [{ id: 'call_1', function: { arguments: '{"city":"Tokyo"}' } }] },
      },
    });
    const outputs = new Map([['call_1', '{"temperature":"9°C"}']]);
    const step = toolResultStep(turn(10), counter(), waiting.tool_calls!, outputs);
    const done = settle({ ...waiting, status: 'in_progress', step }, 10)!.chat;
    expect(done.status).toBe('completed');
    expect(done.messages.map((m) => m.type).slice(0, 3)).toEqual(['function_call', 'tool_response', 'answer']);
    expect(done.messages[2]!.content).toContain('9°C');
    expect(chatView(done)).not.toHaveProperty('required_action');
  });

  it('reports an earlier status for the stream’s first events', () => {
    const chat = chatWith(answerStep(turn(0), counter()));
    expect(chatView(chat, 'created')).toMatchObject({ status: 'created' });
    expect(chatView(chat, 'created')).not.toHaveProperty('usage');
  });
});

describe('workflow plan', () => {
  it('greets with the parameters and returns them as a JSON string', () => {
    const plan = planRun(workflowById(SANDBOX_IDS.workflow)!, { user_name: 'Ada' });
    expect(plan.kind).toBe('finished');
    if (plan.kind === 'finished') expect(JSON.parse(plan.output).output).toBe(plan.text);
  });

  it('stops the question workflow until it has an answer', () => {
    const workflow = workflowById(SANDBOX_IDS.questionWorkflow)!;
    expect(planRun(workflow, {}).kind).toBe('interrupted');
    const resumed = planRun(workflow, {}, 'Lisbon');
    expect(resumed.kind === 'finished' && resumed.text).toContain('Lisbon');
  });

  it('reports Running until the run is due, then Success with the output', () => {
    const run: RunRecord = {
      execute_id: '1',
      workflow_id: SANDBOX_IDS.workflow,
      run_mode: 2,
      bot_id: '0',
      connector_id: '1024',
      connector_uid: 'u',
      create_time: 1,
      update_time: 1,
      ready_at_ms: 2_000,
      outcome: 'Success',
      output: '{"output":"hi"}',
      usage: { input_count: 1, output_count: 1, token_count: 2 },
      node_execute_uuid: '2',
      node_id: '3',
      node_title: 'End',
      logid: 'l',
    };
    expect(executeStatus(run, 1_999)).toBe('Running');
    expect(historyView(run, 1_999)).toMatchObject({ execute_status: 'Running', output: '' });
    expect(historyView(run, 2_000)).toMatchObject({
      execute_status: 'Success',
      output: '{"Output":"{\\"output\\":\\"hi\\"}"}',
    });
  });
});
