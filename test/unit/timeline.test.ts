import { describe, expect, it } from 'vitest';
import { foldStream } from '../../lib/stream-view';
import {
  cannedToolOutput,
  interruptDataOf,
  jsonWaitingOf,
  nextStepOf,
  resumeFollowUp,
  roundsOf,
  toolOutputsFollowUp,
  withSegmentState,
  workflowIdOf,
  type Segment,
} from '../../site/islands/timeline';

const waiting = {
  state: 'requires_action' as const,
  chatId: 'chat-1',
  conversationId: 'conv-1',
  toolCalls: [
    { id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' },
    { id: 'call_2', name: 'lookup', arguments: 'not json' },
  ],
};

const segment = (endpointId: string, body: Record<string, unknown> = {}): Segment => ({
  endpointId,
  label: endpointId,
  values: { path: {}, query: {}, headers: {}, body },
  state: { phase: 'done', expectedStream: true },
});

describe('cannedToolOutput', () => {
  it('answers get_weather with a weather report', () => {
    expect(JSON.parse(cannedToolOutput(waiting.toolCalls[0]!))).toEqual({ temperature: '21°C', condition: 'sunny' });
  });

  it('answers any other tool with its name, whatever its arguments', () => {
    expect(JSON.parse(cannedToolOutput(waiting.toolCalls[1]!))).toEqual({ result: 'lookup ran', arguments: {} });
  });
});

describe('toolOutputsFollowUp', () => {
  it('submits one output per pending call to the chat that waits, streaming when asked', () => {
    const next = toolOutputsFollowUp(waiting, ['a', 'b'], true, 2);
    expect(next.endpointId).toBe('submit-tool-outputs');
    expect(next.label).toBe('Tool outputs, round 2: get_weather, lookup');
    expect(next.values.query).toEqual({ conversation_id: 'conv-1', chat_id: 'chat-1' });
    expect(next.values.body).toEqual({
      stream: true,
      tool_outputs: [
        { tool_call_id: 'call_1', output: 'a' },
        { tool_call_id: 'call_2', output: 'b' },
      ],
    });
  });

  it('sends an empty output for a call left without one, and no stream when the chat did not stream', () => {
    expect(toolOutputsFollowUp(waiting, ['a'], false, 1).values.body).toEqual({
      stream: false,
      tool_outputs: [
        { tool_call_id: 'call_1', output: 'a' },
        { tool_call_id: 'call_2', output: '' },
      ],
    });
  });
});

describe('resumeFollowUp', () => {
  it('resumes the workflow with the interrupt event id and type and the answer', () => {
    const next = resumeFollowUp('wf-1', { state: 'interrupted', eventId: 'ev/1', type: 2, nodeTitle: 'Ask' }, 'Paris');
    expect(next.endpointId).toBe('stream-resume-workflow');
    expect(next.values.body).toEqual({
      workflow_id: 'wf-1',
      event_id: 'ev/1',
      interrupt_type: 2,
      resume_data: 'Paris',
    });
    expect(next.label).toBe('Resume Ask with “Paris”');
  });
});

describe('timeline helpers', () => {
  it('reads the workflow id of the first call and counts tool rounds', () => {
    const timeline = [
      segment('stream-run-workflow', { workflow_id: 'wf-9' }),
      segment('submit-tool-outputs'),
      segment('submit-tool-outputs'),
    ];
    expect(workflowIdOf(timeline)).toBe('wf-9');
    expect(workflowIdOf([])).toBe('');
    expect(roundsOf(timeline)).toBe(2);
  });

  it('replaces a segment in place and appends the next one', () => {
    const a = segment('a');
    const b = segment('b');
    const c = segment('c');
    expect(withSegmentState([a, b], 1, c)).toEqual([a, c]);
    expect(withSegmentState([a], 1, c)).toEqual([a, c]);
  });

  it('finds the interrupt data of the last Interrupt event', () => {
    const view = foldStream('workflow', [
      {
        event: 'Interrupt',
        data: JSON.stringify({ interrupt_data: { event_id: 'e1', type: 2, data: 'Which city?' }, node_title: 'Ask' }),
        offsetMs: 5,
      },
    ]);
    expect(interruptDataOf(view)).toEqual({ event_id: 'e1', type: 2, data: 'Which city?' });
    expect(view.status).toMatchObject({ state: 'interrupted', eventId: 'e1', question: 'Which city?' });
  });
});

describe('nextStepOf', () => {
  const done = (endpointId: string, json: unknown, body: Record<string, unknown> = {}): Segment => ({
    ...segment(endpointId, body),
    state: { phase: 'done', expectedStream: false, json },
  });
  const chat = (status: string) => ({ code: 0, data: { id: 'chat-1', conversation_id: 'conv-1', status } });

  it('polls retrieve-chat once a second while a non-streaming chat is in progress, then lists its messages', () => {
    const poll = nextStepOf([done('create-chat', chat('in_progress'))])!;
    expect(poll.endpointId).toBe('retrieve-chat');
    expect(poll.values.query).toEqual({ conversation_id: 'conv-1', chat_id: 'chat-1' });
    expect(poll.poll!.everyMs).toBeGreaterThanOrEqual(1000);
    expect(poll.poll!.isDone(chat('in_progress'))).toBe(false);
    expect(poll.poll!.isDone(chat('created'))).toBe(false);
    expect(poll.poll!.isDone(chat('completed'))).toBe(true);
    expect(poll.poll!.isDone(chat('requires_action'))).toBe(true);
    expect(poll.poll!.progress(chat('in_progress'), 3)).toBe('Chat in_progress, check 3');

    const list = nextStepOf([done('create-chat', chat('in_progress')), done('retrieve-chat', chat('completed'))])!;
    expect(list.endpointId).toBe('list-chat-messages');
    expect(list.poll).toBeUndefined();
    expect(nextStepOf([done('create-chat', chat('in_progress')), done('retrieve-chat', chat('requires_action'))])).toBe(
      undefined,
    );
  });

  it('leaves alone a chat that is over, a stream, an error, a stop, and a retrieve run by hand', () => {
    expect(nextStepOf([done('create-chat', chat('completed'))])).toBeUndefined();
    expect(nextStepOf([done('create-chat', { code: 4015, msg: 'not published' })])).toBeUndefined();
    expect(nextStepOf([done('retrieve-chat', chat('completed'))])).toBeUndefined();
    const stopped = {
      ...done('create-chat', chat('in_progress')),
      state: { phase: 'stopped' as const, expectedStream: false, json: chat('in_progress') },
    };
    expect(nextStepOf([stopped])).toBeUndefined();
    const streamed = {
      ...done('create-chat', chat('in_progress')),
      state: { phase: 'done' as const, expectedStream: true, stream: foldStream('chat', []) },
    };
    expect(nextStepOf([streamed])).toBeUndefined();
  });

  it('polls the run history of an async workflow run until it is no longer Running', () => {
    const run = done(
      'run-workflow',
      { code: 0, execute_id: 'ex-1', data: '' },
      { workflow_id: 'wf-1', is_async: true },
    );
    const poll = nextStepOf([run])!;
    expect(poll.endpointId).toBe('retrieve-workflow-run-history');
    expect(poll.values.path).toEqual({ workflow_id: 'wf-1', execute_id: 'ex-1' });
    expect(poll.poll!.isDone({ code: 0, data: [{ execute_status: 'Running' }] })).toBe(false);
    expect(poll.poll!.isDone({ code: 0, data: [{ execute_status: 'Success' }] })).toBe(true);
    expect(poll.poll!.progress({ code: 0, data: [{ execute_status: 'Running' }] }, 2)).toBe('Run Running, check 2');
    expect(nextStepOf([done('run-workflow', { code: 0, data: '{}' }, { workflow_id: 'wf-1' })])).toBeUndefined();
  });

  it('watches new documents until none is processing', () => {
    const created = done(
      'knowledge-documents-create',
      { code: 0, document_infos: [{ document_id: 'd1' }, { document_id: 'd2' }] },
      { dataset_id: 'ds-1' },
    );
    const poll = nextStepOf([created])!;
    expect(poll.endpointId).toBe('datasets-process');
    expect(poll.values).toMatchObject({ path: { dataset_id: 'ds-1' }, body: { document_ids: ['d1', 'd2'] } });
    const processing = {
      code: 0,
      data: {
        data: [
          { document_name: 'a.txt', status: 0, progress: 40 },
          { document_id: 'd2', status: 1, progress: 100 },
        ],
      },
    };
    expect(poll.poll!.isDone(processing)).toBe(false);
    expect(poll.poll!.progress(processing, 1)).toBe('a.txt 40%, d2 100%, check 1');
    expect(poll.poll!.isDone({ code: 0, data: { data: [{ status: 1 }, { status: 9 }] } })).toBe(true);
  });
});

describe('jsonWaitingOf', () => {
  it('reads the pending tool calls of a chat object, as a stream shows them', () => {
    const json = {
      code: 0,
      data: {
        id: 'chat-1',
        conversation_id: 'conv-1',
        status: 'requires_action',
        required_action: {
          type: 'submit_tool_outputs',
          submit_tool_outputs: {
            tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }],
          },
        },
      },
    };
    expect(jsonWaitingOf(json)).toEqual({
      state: 'requires_action',
      chatId: 'chat-1',
      conversationId: 'conv-1',
      toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{}' }],
    });
    expect(jsonWaitingOf({ code: 0, data: { status: 'completed' } })).toBeUndefined();
  });
});
