import { CozeCode, CozeError } from '../envelope';
import { probeAudio, type AudioFormat, type AudioProbe } from './detect';

/** An uploaded recording, read and checked. */
export interface AudioUpload {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly probe: AudioProbe;
}

/** What an endpoint accepts. */
export interface AudioRules {
  readonly formats: readonly AudioFormat[];
  readonly maxBytes: number;
  /** The rate and channels raw PCM is read at (the request's `sample_rate` and `channel`). */
  readonly pcmSampleRate?: number;
  readonly pcmChannels?: number;
}

const MB = 1024 * 1024;

/**
 * Reads the multipart `file` field as Coze checks it: present (4000), not empty (4300), within
 * the size limit (4302), a recording in an accepted format (4303), with a readable header (4304).
 * @example await readAudio(body, { formats: ['wav', 'pcm'], maxBytes: 4 * 1024 * 1024 })
 */
export async function readAudio(body: Readonly<Record<string, unknown>>, rules: AudioRules): Promise<AudioUpload> {
  const file = body['file'];
  if (!(file instanceof Blob))
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter file: send the recording as the multipart field `file`',
    );
  if (file.size === 0)
    throw new CozeError(CozeCode.emptyFile, 'The file is empty: send a non-empty recording in the field `file`');
  if (file.size > rules.maxBytes)
    throw new CozeError(
      CozeCode.fileTooLarge,
      `The file is ${file.size} bytes; this endpoint takes at most ${Math.round(rules.maxBytes / MB)} MB`,
    );
  const name = file instanceof File ? file.name : 'file';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const probe = probeAudio(bytes, { name, type: file.type }, rules.pcmSampleRate, rules.pcmChannels);
  if (!probe) {
    const riff = bytes.length >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF';
    throw riff
      ? new CozeError(CozeCode.invalidFile, `The file ${name} is not a valid WAV: its header is broken`)
      : new CozeError(
          CozeCode.unsupportedFile,
          `The file ${name} is not a recording the sandbox recognises: send ${rules.formats.join(', ')}`,
        );
  }
  if (!rules.formats.includes(probe.format))
    throw new CozeError(
      CozeCode.unsupportedFile,
      `The file ${name} is ${probe.format}; this endpoint takes ${rules.formats.join(', ')}`,
    );
  return { bytes, name, probe };
}
