import { toBase64 } from '../../../lib/audio-codecs';

/** The AudioWorklet that hands microphone blocks to the page (site/public/realtime/pcm-capture.js). */
const WORKLET_URL = '/realtime/pcm-capture.js';

/**
 * Streams the microphone as 16-bit mono PCM at `sampleRate` (the AudioContext resamples the device
 * to it), one base64 chunk per `chunkMs`, to `onChunk`. Resolves once capturing; `stop` ends it.
 * @example const mic = await startMicrophone(24000, 100, (b64) => send('input_audio_buffer.append', { delta: b64 }))
 */
export async function startMicrophone(
  sampleRate: number,
  chunkMs: number,
  onChunk: (base64: string) => void,
): Promise<{ stop(): void }> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
  });
  const context = new AudioContext({ sampleRate });
  try {
    await context.audioWorklet.addModule(WORKLET_URL);
  } catch (error) {
    stream.getTracks().forEach((track) => track.stop());
    void context.close();
    throw error;
  }
  const source = context.createMediaStreamSource(stream);
  const node = new AudioWorkletNode(context, 'pcm-capture');
  const perChunk = Math.max(1, Math.round((sampleRate * chunkMs) / 1000));
  let pending = new Int16Array(perChunk);
  let filled = 0;
  node.port.onmessage = (event: MessageEvent<Float32Array>) => {
    for (const sample of event.data) {
      pending[filled++] = Math.max(-32768, Math.min(32767, Math.round(sample * 32767)));
      if (filled === perChunk) {
        onChunk(toBase64(new Uint8Array(pending.buffer)));
        pending = new Int16Array(perChunk);
        filled = 0;
      }
    }
  };
  source.connect(node);
  return {
    stop() {
      if (filled > 0) onChunk(toBase64(new Uint8Array(pending.buffer, 0, filled * 2)));
      node.port.onmessage = null;
      source.disconnect();
      node.disconnect();
      stream.getTracks().forEach((track) => track.stop());
      void context.close();
    },
  };
}
