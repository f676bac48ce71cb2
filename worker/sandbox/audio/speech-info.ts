import type { AudioProbe } from './detect';

/** What the sandbox writes as the software (ISFT) of the WAV files its speech synthesis makes. */
export const SANDBOX_TTS = 'Coze API Playground sandbox TTS';

/** The INFO chunk of a synthesized WAV: the text it says (ICMT) and who made it (ISFT). */
export function speechInfo(text: string): Record<string, string> {
  return { ICMT: text, ISFT: SANDBOX_TTS };
}

/** The text a WAV made by the sandbox's own speech synthesis says, or undefined for any other audio. */
export function sandboxTextOf(probe: AudioProbe): string | undefined {
  return probe.wav?.info['ISFT'] === SANDBOX_TTS ? probe.wav.info['ICMT'] : undefined;
}
