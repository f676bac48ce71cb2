// What the live session panel shows of a WebSocket session, computed from its frames: the log both
// ways with time offsets, the assembled answer and transcript, and the figures of the last turn.
// Pure, so it is tested without a browser.

/** One frame in the log. */
export interface LoggedFrame {
  readonly direction: 'sent' | 'received';
  /** Milliseconds since the session opened. */
  readonly offsetMs: number;
  readonly eventType: string;
  /** The frame text, with audio replaced by its size. */
  readonly summary: string;
  readonly audioBytes: number;
}

/** The assembled view of a session. */
export interface SessionView {
  readonly frames: readonly LoggedFrame[];
  /** Frames left out of the log past its cap (like an SSE run's 2,000 events). */
  readonly dropped: number;
  /** The agent's reply text, deltas joined (chat), for the current turn; the translation (simultaneous interpretation). */
  readonly answer: string;
  /** What the user said (chat) or what was recognised (transcriptions, simultaneous interpretation). */
  readonly transcript: string;
  /** Subtitle of the sentence being spoken. */
  readonly sentence: string;
  readonly audioBytes: number;
  /** The last turn: when the user stopped (speech_stopped, or the turn's end being sent), first audio, first text. */
  readonly turn: { readonly endedAt?: number; readonly firstAudioMs?: number; readonly firstTextMs?: number };
  /** The output sample rate and codec in effect, from chat.updated or speech.updated. */
  readonly output: { readonly sampleRate: number; readonly codec: string };
}

/** How many frames the log keeps, as history keeps an SSE run's events. */
export const LOG_CAP = 2000;

// Where Coze's realtime events carry base64 audio.
const AUDIO_FIELDS: Readonly<Record<string, string>> = {
  'input_audio_buffer.append': 'delta',
  'speech.audio.update': 'delta',
  'conversation.audio.delta': 'content',
  'simult_interpretation.audio.delta': 'delta',
};

/** A new, empty view. */
export function emptyView(): SessionView {
  return {
    frames: [],
    dropped: 0,
    answer: '',
    transcript: '',
    sentence: '',
    audioBytes: 0,
    turn: {},
    output: { sampleRate: 24000, codec: 'pcm' },
  };
}

/** A parsed frame: its type, its data, and the base64 audio it carries, if any. */
export interface ParsedFrame {
  readonly eventType: string;
  readonly data: Record<string, unknown>;
  readonly audio?: string;
}

/** Reads a frame's text; a frame that is not an event object is reported as such. */
export function parseFrame(text: string): ParsedFrame {
  try {
    const frame = JSON.parse(text) as { event_type?: unknown; data?: unknown };
    const eventType = typeof frame.event_type === 'string' ? frame.event_type : '(no event_type)';
    const data = frame.data && typeof frame.data === 'object' ? (frame.data as Record<string, unknown>) : {};
    const field = AUDIO_FIELDS[eventType];
    const audio = field && typeof data[field] === 'string' ? (data[field] as string) : undefined;
    return { eventType, data, ...(audio !== undefined ? { audio } : {}) };
  } catch {
    return { eventType: '(not JSON)', data: {} };
  }
}

function summaryOf(text: string, parsed: ParsedFrame, audioBytes: number): string {
  if (parsed.audio === undefined) return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  const field = AUDIO_FIELDS[parsed.eventType]!;
  return JSON.stringify({ ...parsed.data, [field]: `<${audioBytes} bytes of audio>` });
}

const deltaOf = (data: Record<string, unknown>) => (typeof data['delta'] === 'string' ? data['delta'] : '');

const base64Bytes = (text: string) => Math.floor((text.replace(/=+$/, '').length * 3) / 4);

/**
 * The view after one more frame, sent or received at `offsetMs`.
 * @example addFrame(emptyView(), 'received', 12, '{"event_type":"chat.created"}')
 */
export function addFrame(
  view: SessionView,
  direction: LoggedFrame['direction'],
  offsetMs: number,
  text: string,
): SessionView {
  const parsed = parseFrame(text);
  const audioBytes = parsed.audio === undefined ? 0 : base64Bytes(parsed.audio);
  const frame: LoggedFrame = {
    direction,
    offsetMs,
    eventType: parsed.eventType,
    summary: summaryOf(text, parsed, audioBytes),
    audioBytes,
  };
  const full = view.frames.length >= LOG_CAP;
  let next: SessionView = {
    ...view,
    frames: full ? view.frames : [...view.frames, frame],
    dropped: view.dropped + (full ? 1 : 0),
    audioBytes: view.audioBytes + audioBytes,
  };
  const data = parsed.data;
  const content = typeof data['content'] === 'string' ? data['content'] : '';
  const turnOver = (at: number) => ({ endedAt: at });
  if (direction === 'sent') {
    // Ending a turn by hand (push-to-talk, a typed message) starts the clock of the reply.
    if (parsed.eventType === 'input_audio_buffer.complete' || parsed.eventType === 'conversation.message.create') {
      next = {
        ...next,
        turn: turnOver(offsetMs),
        answer: parsed.eventType === 'conversation.message.create' ? '' : next.answer,
      };
    }
    if (parsed.eventType === 'input_text_buffer.complete') next = { ...next, turn: turnOver(offsetMs) };
    return next;
  }
  switch (parsed.eventType) {
    case 'chat.updated':
    case 'speech.updated':
    case 'simult_interpretation.updated': {
      const output = (data['output_audio'] ?? {}) as { codec?: string; pcm_config?: { sample_rate?: number } };
      const codec = output.codec ?? view.output.codec;
      // Opus decodes to 48 kHz whatever was encoded; G.711 is 8 kHz.
      const sampleRate =
        codec === 'pcm' ? (output.pcm_config?.sample_rate ?? view.output.sampleRate) : codec === 'opus' ? 48000 : 8000;
      return { ...next, output: { codec, sampleRate } };
    }
    case 'input_audio_buffer.speech_started':
      return { ...next, transcript: '', answer: '' };
    case 'input_audio_buffer.speech_stopped':
      return { ...next, turn: turnOver(offsetMs) };
    case 'conversation.audio_transcript.update':
    case 'conversation.audio_transcript.completed':
    case 'transcriptions.message.update':
      return { ...next, transcript: content };
    case 'transcriptions.message.completed':
      return content ? { ...next, transcript: content } : next;
    case 'conversation.chat.created':
      return { ...next, answer: '' };
    case 'conversation.message.delta': {
      const turn =
        next.turn.endedAt !== undefined && next.turn.firstTextMs === undefined
          ? { ...next.turn, firstTextMs: offsetMs - next.turn.endedAt }
          : next.turn;
      return { ...next, answer: next.answer + content, turn };
    }
    case 'simult_interpretation.transcription.delta':
      return { ...next, transcript: next.transcript + deltaOf(data) };
    case 'simult_interpretation.translation.delta': {
      const turn =
        next.turn.endedAt !== undefined && next.turn.firstTextMs === undefined
          ? { ...next.turn, firstTextMs: offsetMs - next.turn.endedAt }
          : next.turn;
      return { ...next, answer: next.answer + deltaOf(data), turn };
    }
    case 'conversation.audio.sentence_start':
      return { ...next, sentence: typeof data['text'] === 'string' ? data['text'] : '' };
    case 'conversation.audio.delta':
    case 'speech.audio.update':
    case 'simult_interpretation.audio.delta': {
      const turn =
        next.turn.endedAt !== undefined && next.turn.firstAudioMs === undefined
          ? { ...next.turn, firstAudioMs: offsetMs - next.turn.endedAt }
          : next.turn;
      return { ...next, turn };
    }
    default:
      return next;
  }
}
