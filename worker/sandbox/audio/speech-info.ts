import type { AudioProbe } from './detect';

/** What the sandbox writes as the software (ISFT) of the WAV files its speech synthesis makes. */
export const SANDBOX_TTS = 'Coze API Playground sandbox TTS';

/** The INFO chunk of a synthesized WAV: the text it says (ICMT) and who made it (ISFT). */
export function speechInfo(text: string): Record<string, string> {
  return { ICMT: text, ISFT: SANDBOX_TTS };
}

/** The text audio made by the sandbox's own speech synthesis says (WAV INFO or MP3 ID3), or undefined for any other audio. */
export function sandboxTextOf(probe: AudioProbe): string | undefined {
  const tags = probe.wav?.info ?? probe.mp3Texts;
  return tags?.['ISFT'] === SANDBOX_TTS ? tags['ICMT'] : undefined;
}
