import { describe, expect, it } from 'vitest';
import { foldStream } from '../../lib/stream-view';
import {
  cannedToolOutput,
  interruptDataOf,
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
