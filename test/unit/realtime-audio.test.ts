import { describe, expect, it } from 'vitest';
import { synthesize } from '../../worker/sandbox/audio/synth';
import {
  alawToLinear,
  decodeInput,
  encodeOutput,
  linearToAlaw,
  linearToUlaw,
  ulawToLinear,
} from '../../lib/audio-codecs';
import { AudioListener } from '../../worker/sandbox/realtime/listener';
import { findSpeechMarks, markSpeech } from '../../worker/sandbox/realtime/pcm-marker';
import { sentenceSegments } from '../../worker/sandbox/realtime/chat-session';

const VOICE = { sampleRate: 24000, speed: 1, loudnessRate: 0, pitchHz: 215 };
const PCM_24K = { format: 'pcm', codec: 'pcm', sampleRate: 24000, channels: 1, bitDepth: 16 };

function speech(text: string): Int16Array {
  return markSpeech(synthesize(text, VOICE), text);
}

function bytesOf(samples: Int16Array): Uint8Array {
  return encodeOutput(samples, 'pcm');
}

describe('the mark the sandbox puts in its own speech', () => {
  it('carries the text and the utterance length, and changes no sample by more than 1', () => {
    const plain = synthesize('Hello, 世界! How are you?', VOICE);
    const marked = markSpeech(plain.slice(), 'Hello, 世界! How are you?');
    expect(Math.max(...plain.map((s, i) => Math.abs(s - marked[i]!)))).toBeLessThanOrEqual(1);
    expect(findSpeechMarks(marked)).toEqual([{ text: 'Hello, 世界! How are you?', totalSamples: plain.length, at: 0 }]);
  });

  it('is found wherever it starts, several utterances in one stream', () => {
    const a = speech('First sentence.');
    const b = speech('第二句话。');
    const stream = new Int16Array(777 + a.length + 300 + b.length);
    stream.set(a, 777);
    stream.set(b, 777 + a.length + 300);
    expect(findSpeechMarks(stream).map((mark) => [mark.text, mark.at])).toEqual([
      ['First sentence.', 777],
      ['第二句话。', 777 + a.length + 300],
    ]);
  });

  it('is not found in audio that was never marked', () => {
    expect(findSpeechMarks(synthesize('Nothing to see here.', VOICE))).toEqual([]);
    const noise = Int16Array.from(
      { length: 200_000 },
      (_, i) => Math.round(Math.sin(i * 12.9898) * 43758.5453) % 30000,
    );
    expect(findSpeechMarks(noise)).toEqual([]);
  });
});

describe('G.711', () => {
  it.each([
    ['µ-law', linearToUlaw, ulawToLinear],
    ['A-law', linearToAlaw, alawToLinear],
  ])('%s round-trips every 16-bit sample within its quantisation step', (_name, encode, decode) => {
    for (let sample = -32768; sample <= 32767; sample += 7) {
      const back = decode(encode(sample));
      // G.711 keeps about 4 bits of mantissa: the error stays under 1/16 of the magnitude (plus a floor).
      expect(Math.abs(back - sample)).toBeLessThanOrEqual(Math.max(16, Math.abs(sample) / 16) + 8);
    }
  });

  it('decodes a g711 input stream to samples that sound like the original', () => {
    const original = synthesize('Testing g711.', { ...VOICE, sampleRate: 8000 });
    const { samples } = decodeInput(encodeOutput(original, 'g711u'), { ...PCM_24K, codec: 'g711u', sampleRate: 8000 });
    const error = samples.reduce((sum, s, i) => sum + (s - original[i]!) ** 2, 0) / samples.length;
    const power = original.reduce((sum, s) => sum + s * s, 0) / original.length;
    expect(10 * Math.log10(power / error)).toBeGreaterThan(30);
  });
});

describe('the listener', () => {
  it('transcribes the sandbox’s own speech exactly, streamed in odd-sized chunks', () => {
    const listener = new AudioListener(PCM_24K);
    const bytes = bytesOf(speech('The sandbox hears itself.'));
    const updates: string[] = [];
    for (let at = 0; at < bytes.length; at += 4801) {
      listener.push(bytes.subarray(at, at + 4801));
      updates.push(listener.transcript());
    }
    expect(updates.at(-1)).toBe('The sandbox hears itself.');
    // The text grows as the audio arrives.
    expect(updates[1]!.length).toBeLessThan(updates.at(-1)!.length);
    expect('The sandbox hears itself.'.startsWith(updates[3]!)).toBe(true);
  });

  it('reads a wav stream’s header and transcribes what follows', () => {
    const samples = speech('From a wav stream.');
    const header = new Uint8Array(44);
    const view = new DataView(header.buffer);
    'RIFF'.split('').forEach((c, i) => (header[i] = c.charCodeAt(0)));
    view.setUint32(4, 36 + samples.length * 2, true);
    'WAVEfmt '.split('').forEach((c, i) => (header[8 + i] = c.charCodeAt(0)));
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, 24000, true);
    view.setUint32(28, 48000, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    'data'.split('').forEach((c, i) => (header[36 + i] = c.charCodeAt(0)));
    view.setUint32(40, samples.length * 2, true);
    const listener = new AudioListener({ ...PCM_24K, format: 'wav' });
    listener.push(header.subarray(0, 30));
    listener.push(new Uint8Array([...header.subarray(30), ...bytesOf(samples)]));
    expect(listener.transcript()).toBe('From a wav stream.');
  });

  it('hears speech start and stop around a pause (server VAD)', () => {
    const listener = new AudioListener(PCM_24K, 500);
    const silence = new Int16Array(24000);
    const started = listener.push(bytesOf(speech('Hello there sandbox')));
    expect(started).toEqual({ started: true, stopped: false });
    expect(listener.push(bytesOf(silence.subarray(0, 4800)))).toEqual({ started: false, stopped: false });
    expect(listener.push(bytesOf(silence.subarray(0, 9600)))).toEqual({ started: false, stopped: true });
  });

  it('gives other audio a stand-in transcript that says it is one, sized by the speech heard', () => {
    const listener = new AudioListener(PCM_24K);
    listener.push(bytesOf(synthesize('Somebody else talking for a while here.', { ...VOICE, pitchHz: 120 })));
    expect(listener.transcript()).toMatch(/^\[sandbox stand-in for \d\.\d s of speech\] \S+/);
    const silent = new AudioListener(PCM_24K);
    silent.push(new Uint8Array(48000));
    expect(silent.transcript()).toBe('');
  });
});

describe('sentence segments', () => {
  it('join back to the text exactly', () => {
    const text = 'You said: “hi”. Hello! I am here?? 好的。再见 ';
    expect(sentenceSegments(text).join('')).toBe(text);
    expect(sentenceSegments(text).map((s) => s.trim())).toEqual([
      'You said: “hi”.',
      'Hello!',
      'I am here??',
      '好的。',
      '再见',
    ]);
  });
});
