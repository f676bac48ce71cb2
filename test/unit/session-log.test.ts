import { describe, expect, it } from 'vitest';
import { addFrame, emptyView, LOG_CAP, type SessionView } from '../../site/islands/realtime/session-log';

const frame = (event_type: string, data?: Record<string, unknown>) =>
  JSON.stringify({ id: '1', event_type, ...(data ? { data } : {}) });

function play(steps: [direction: 'sent' | 'received', offsetMs: number, text: string][]): SessionView {
  return steps.reduce((view, [direction, at, text]) => addFrame(view, direction, at, text), emptyView());
}

describe('the live session view', () => {
  it('logs frames both ways with offsets, audio replaced by its size', () => {
    const view = play([
      ['received', 5, frame('chat.created')],
      ['sent', 20, frame('input_audio_buffer.append', { delta: 'AAAAAAAA' })],
    ]);
    expect(view.frames.map((f) => [f.direction, f.offsetMs, f.eventType])).toEqual([
      ['received', 5, 'chat.created'],
      ['sent', 20, 'input_audio_buffer.append'],
    ]);
    expect(view.frames[1]!.summary).toBe('{"delta":"<6 bytes of audio>"}');
    expect(view.audioBytes).toBe(6);
  });

  it('assembles the answer and transcript, and times the turn from speech_stopped to first audio and text', () => {
    const view = play([
      ['received', 100, frame('conversation.audio_transcript.update', { content: 'Hel' })],
      ['received', 150, frame('conversation.audio_transcript.completed', { content: 'Hello' })],
      ['received', 160, frame('input_audio_buffer.speech_stopped')],
      ['received', 200, frame('conversation.chat.created', { id: 'c' })],
      ['received', 400, frame('conversation.audio.delta', { content: 'AAAA' })],
      ['received', 420, frame('conversation.message.delta', { content: 'Hi ' })],
      ['received', 440, frame('conversation.message.delta', { content: 'there' })],
      ['received', 460, frame('conversation.audio.delta', { content: 'AAAA' })],
    ]);
    expect(view.transcript).toBe('Hello');
    expect(view.answer).toBe('Hi there');
    expect(view.turn).toEqual({ endedAt: 160, firstAudioMs: 240, firstTextMs: 260 });
  });

  it('follows the output format of chat.updated for playback', () => {
    const view = play([['received', 1, frame('chat.updated', { output_audio: { codec: 'g711u' } })]]);
    expect(view.output).toEqual({ codec: 'g711u', sampleRate: 8000 });
    expect(
      play([
        [
          'received',
          1,
          frame('speech.updated', { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } } }),
        ],
      ]).output,
    ).toEqual({
      codec: 'pcm',
      sampleRate: 16000,
    });
  });

  it('assembles a simultaneous interpretation: transcript and translation deltas joined, its audio played and timed', () => {
    const view = play([
      [
        'received',
        1,
        frame('simult_interpretation.updated', { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 16000 } } }),
      ],
      ['sent', 50, frame('input_audio_buffer.complete')],
      ['received', 60, frame('simult_interpretation.transcription.delta', { delta: 'Hello ' })],
      ['received', 70, frame('simult_interpretation.translation.delta', { delta: '你好' })],
      ['received', 90, frame('simult_interpretation.audio.delta', { delta: 'AAAA' })],
      ['received', 95, frame('simult_interpretation.transcription.delta', { delta: 'there.' })],
      ['received', 99, frame('simult_interpretation.translation.delta', { delta: '。' })],
    ]);
    expect(view.output).toEqual({ codec: 'pcm', sampleRate: 16000 });
    expect(view.transcript).toBe('Hello there.');
    expect(view.answer).toBe('你好。');
    expect(view.frames[4]!.summary).toBe('{"delta":"<3 bytes of audio>"}');
    expect(view.turn).toEqual({ endedAt: 50, firstAudioMs: 40, firstTextMs: 20 });
  });

  it('keeps at most LOG_CAP frames and counts the rest', () => {
    let view = emptyView();
    for (let i = 0; i < LOG_CAP + 3; i++)
      view = addFrame(view, 'received', i, frame('speech.audio.update', { delta: 'AAAA' }));
    expect(view.frames).toHaveLength(LOG_CAP);
    expect(view.dropped).toBe(3);
    expect(view.audioBytes).toBe((LOG_CAP + 3) * 3);
  });
});
