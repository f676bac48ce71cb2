import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeMp3, id3Tag, readMp3 } from '../../worker/sandbox/audio/mp3';
import { planSpeech, synthesize } from '../../worker/sandbox/audio/synth';

// The sandbox's MP3 checked by a real decoder: ffprobe must accept the stream and ffmpeg decode it
// to the same sound as the sandbox's WAV (its level, its harmonics, its rhythm). Where ffmpeg is
// not installed, the frame walk (every header valid, back to back to the end) is the check.
const hasFfmpeg = spawnSync('ffprobe', ['-version']).status === 0 && spawnSync('ffmpeg', ['-version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'sandbox-mp3-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '今天天气真是太好了，阳光灿烂，心情超级棒。';
const RATES = [8000, 16000, 22050, 24000, 32000, 44100, 48000];
const optionsAt = (sampleRate: number) => ({ sampleRate, speed: 1, loudnessRate: 0, pitchHz: 200 });

function mp3At(sampleRate: number): Uint8Array {
  const tag = id3Tag({ ICMT: TEXT });
  const frames = encodeMp3(planSpeech(TEXT, optionsAt(sampleRate)));
  return new Uint8Array([...tag, ...frames]);
}

const rms = (samples: ArrayLike<number>) =>
  Math.sqrt(Array.from(samples).reduce((sum, value) => sum + value * value, 0) / samples.length);

/** The strongest frequency of a stretch, by a direct DFT over 10 Hz steps up to 2 kHz. */
function strongestHz(samples: ArrayLike<number>, sampleRate: number, from: number, length: number): number {
  let best = 0;
  let bestPower = -1;
  for (let hz = 50; hz <= 2000; hz += 10) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < length; i++) {
      const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / length);
      re += w * samples[from + i]! * Math.cos((2 * Math.PI * hz * i) / sampleRate);
      im += w * samples[from + i]! * Math.sin((2 * Math.PI * hz * i) / sampleRate);
    }
    if (re * re + im * im > bestPower) [best, bestPower] = [hz, re * re + im * im];
  }
  return best;
}

describe('the sandbox MP3 writer', () => {
  it.each(RATES)('walks as back-to-back Layer III frames at %i Hz covering the speech', (sampleRate) => {
    const bytes = mp3At(sampleRate);
    const info = readMp3(bytes)!;
    expect(info.sampleRate).toBe(sampleRate);
    expect(info.texts).toEqual({ ICMT: TEXT });
    const plan = planSpeech(TEXT, optionsAt(sampleRate));
    const perFrame = sampleRate >= 32000 ? 1152 : 576;
    expect(info.frames).toBe(Math.ceil(plan.length / perFrame));
    // The walk stops at the first byte that is not a valid frame header: it must reach the end.
    expect(readMp3(bytes.subarray(0, bytes.length - 1))!.frames).toBe(info.frames - 1);
  });

  it.skipIf(!hasFfmpeg).each(RATES)('is accepted by ffprobe and decodes to the WAV’s sound at %i Hz', (sampleRate) => {
    const file = join(dir, `speech-${sampleRate}.mp3`);
    writeFileSync(file, mp3At(sampleRate));
    const probe = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-of', 'json', file], { encoding: 'utf8' }),
    ) as { streams: { codec_name: string; sample_rate: string; channels: number; duration: string }[] };
    expect(probe.streams).toHaveLength(1);
    expect(probe.streams[0]).toMatchObject({ codec_name: 'mp3', sample_rate: String(sampleRate), channels: 1 });
    const wav = synthesize(TEXT, optionsAt(sampleRate));
    expect(Number(probe.streams[0]!.duration)).toBeCloseTo(wav.length / sampleRate, 0);
    const decoded = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(decoded.stderr.toString()).toBe('');
    const pcm = new Int16Array(decoded.stdout.buffer, decoded.stdout.byteOffset, decoded.stdout.length / 2);
    expect(rms(pcm) / rms(wav)).toBeGreaterThan(0.8);
    expect(rms(pcm) / rms(wav)).toBeLessThan(1.25);
    // The decoded first syllable's strongest frequency is one of its strong harmonics.
    const syllable = planSpeech(TEXT, optionsAt(sampleRate)).syllables[0]!;
    const hz = strongestHz(pcm, sampleRate, Math.round(0.05 * sampleRate), 2048);
    const harmonic = Math.round(hz / syllable.startHz);
    expect(Math.abs(hz - harmonic * syllable.startHz)).toBeLessThanOrEqual(30);
    expect(syllable.weights[harmonic - 1]).toBeGreaterThanOrEqual(0.2 * Math.max(...syllable.weights));
  });
});
