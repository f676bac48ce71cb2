import type { InputFormat } from '../../../lib/audio-codecs';
import { plannedToolAnswer } from '../chat-plan';
import { contextTokensOf } from '../chats';
import { CozeCode } from '../envelope';
import { requireBot } from '../handlers/bots';
import type { BotFixture } from '../fixtures';
import { sleep, type Pace } from '../pace';
import { seconds } from '../params';
import { SANDBOX_USER } from '../fixtures';
import type { ChatRecord, ChatStatus, ConversationRecord, MessageRecord, ToolCall, Usage } from '../records';
import type { SessionStore } from '../state';
import { answerFor, chunkText, cityIn, plainTextOf, tokenCount } from '../text';
import { toBase64 } from '../../../lib/audio-codecs';
import { AudioListener } from './listener';
import { applyOutputAudio, DEFAULT_OUTPUT, outputAudioView, speak, type OutputAudio } from './speaker';
import { applyInputAudio, appendedAudio, DEFAULT_INPUT, inputAudioView } from './transcription-session';
import { SessionError, type FrameWriter, type RealtimeSession } from './wire';

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/** Why a reply stopped early, as `conversation.chat.canceled` reports it. */
const CANCELED = {
  speech: { code: 1, msg: 'interrupted by user speech' },
  client: { code: 2, msg: 'canceled by conversation.chat.cancel' },
  message: { code: 3, msg: 'interrupted by a new message' },
} as const;

/**
 * Text cut into sentences that join back to it exactly: each ends after its punctuation and the
 * spaces that follow, so subtitles (`sentence_start`) and text deltas describe the same words.
 */
export function sentenceSegments(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  let ended = false;
  for (const char of text) {
    // Closing quotes and brackets after the punctuation still belong to the sentence.
    if (ended && !/[\s.!?。！？)）”’"'」』]/u.test(char)) {
      segments.push(current);
      current = '';
      ended = false;
    }
    current += char;
    if (/[.!?。！？\n]/u.test(char)) ended = true;
  }
  if (current) segments.push(current);
  return segments;
}

interface Turn {
  readonly chatId: string;
  /** The Chat object kept for /v3/chat/retrieve and /v3/chat/message/list, as an HTTP chat's is. */
  record?: ChatRecord;
  canceled?: (typeof CANCELED)[keyof typeof CANCELED];
  /** Set while the chat waits in requires_action for the caller's plugin results. */
  awaitingTools?: { readonly calls: readonly ToolCall[]; readonly resolve: (outputs: Map<string, string>) => void };
}

/** What a chat session knows besides the audio: the agent, the conversation and its settings. */
interface ChatSettings {
  conversationId?: string;
  userId?: string;
  autoSave: boolean;
  metaData: Fields;
  turnDetection: 'client_interrupt' | 'server_vad';
  silenceMs: number;
}

/**
 * The duplex voice chat WebSocket (`/v1/chat`) against a sandbox agent. Input is text
 * (`conversation.message.create`) or audio (`input_audio_buffer.append`, ended by
 * `input_audio_buffer.complete` in push-to-talk or by a pause with `server_vad`); the user's speech
 * is recognised (exactly for the sandbox's own speech, a labelled stand-in otherwise) and the
 * agent answers with text deltas and spoken audio in the session's codec, in Coze's order of
 * events. The plugin agent stops in `requires_action` until `conversation.chat.submit_tool_outputs`.
 * Messages are kept in the session's conversation, as `auto_save_history` says.
 */
export class ChatSession implements RealtimeSession {
  private output: OutputAudio = DEFAULT_OUTPUT;
  private input: InputFormat = DEFAULT_INPUT;
  private listener: AudioListener;
  private settings: ChatSettings = { autoSave: true, metaData: {}, turnDetection: 'client_interrupt', silenceMs: 500 };
  private transcript = '';
  private turn: Turn | undefined;
  private closed = false;
  private bot: BotFixture | undefined;
  /** The agent is read from the session's store (made or changed agents too) before the first event. */
  private readonly botLoaded: Promise<void>;

  constructor(
    private readonly out: FrameWriter,
    private readonly store: SessionStore,
    botId: string,
    private readonly pace: Pace,
  ) {
    this.listener = new AudioListener(this.input, this.settings.silenceMs);
    out.send('chat.created');
    this.botLoaded = requireBot(store, botId).then(
      (bot) => {
        this.bot = bot;
      },
      (error: unknown) => out.error(CozeCode.notFound, (error as Error).message),
    );
  }

  private get agent(): BotFixture {
    if (!this.bot)
      throw new SessionError(CozeCode.notFound, 'The agent of this session (bot_id) is not a sandbox agent');
    return this.bot;
  }

  async receive(eventType: string, data: Fields): Promise<void> {
    await this.botLoaded;
    switch (eventType) {
      case 'chat.update':
        return this.update(data);
      case 'input_audio_buffer.append':
        return this.hear(appendedAudio(data));
      case 'input_audio_buffer.complete':
        // Push-to-talk ends the turn here; with server VAD the pause does, and this is ignored.
        if (this.settings.turnDetection !== 'client_interrupt') return;
        this.out.send('input_audio_buffer.completed');
        return this.endSpokenTurn();
      case 'input_audio_buffer.clear':
        this.listener.reset();
        this.transcript = '';
        this.out.send('input_audio_buffer.cleared');
        return;
      case 'conversation.message.create':
        return this.createMessage(data);
      case 'conversation.clear': {
        const conversation = await this.conversation();
        await this.store.putConversation({ ...conversation, last_section_id: await this.store.nextId() });
        this.out.send('conversation.cleared');
        return;
      }
      case 'conversation.chat.submit_tool_outputs':
        return this.submitToolOutputs(data);
      case 'conversation.chat.cancel':
        this.cancel(CANCELED.client);
        return;
      case 'input_text.generate_audio': {
        this.cancel(CANCELED.message);
        const text = String(data['text'] ?? '');
        if (text) void this.run(() => this.say(text));
        return;
      }
    }
  }

  private async update(data: Fields): Promise<void> {
    if (data['output_audio'] !== undefined)
      this.output = await applyOutputAudio(this.store, this.output, data['output_audio']);
    if (data['input_audio'] !== undefined) this.input = applyInputAudio(this.input, data['input_audio']);
    const detection = fieldsOf(data['turn_detection']);
    if (detection['type'] !== undefined) {
      this.settings.turnDetection = detection['type'] === 'client_interrupt' ? 'client_interrupt' : 'server_vad';
    }
    if (detection['silence_duration_ms'] !== undefined)
      this.settings.silenceMs = Number(detection['silence_duration_ms']);
    const config = fieldsOf(data['chat_config']);
    if (typeof config['conversation_id'] === 'string' && config['conversation_id']) {
      if (!(await this.store.conversation(config['conversation_id']))) {
        throw new SessionError(CozeCode.notFound, `Conversation ${config['conversation_id']} not found`);
      }
      this.settings.conversationId = config['conversation_id'];
    }
    if (typeof config['user_id'] === 'string') this.settings.userId = config['user_id'];
    if (typeof config['auto_save_history'] === 'boolean') this.settings.autoSave = config['auto_save_history'];
    if (config['meta_data'] !== undefined) this.settings.metaData = fieldsOf(config['meta_data']);
    if (Array.isArray(data['event_subscriptions']))
      this.out.subscriptions = new Set(data['event_subscriptions'].map(String));
    this.listener = new AudioListener(this.input, this.settings.silenceMs);
    this.transcript = '';
    this.out.send('chat.updated', {
      chat_config: {
        ...(this.settings.conversationId ? { conversation_id: this.settings.conversationId } : {}),
        ...(this.settings.userId ? { user_id: this.settings.userId } : {}),
        auto_save_history: this.settings.autoSave,
        meta_data: this.settings.metaData,
      },
      input_audio: inputAudioView(this.input),
      output_audio: outputAudioView(this.output),
      turn_detection: { type: this.settings.turnDetection, silence_duration_ms: this.settings.silenceMs },
    });
    if (data['need_play_prologue'] === true) {
      const prologue = typeof data['prologue_content'] === 'string' ? data['prologue_content'] : this.agent.prologue;
      void this.run(() => this.say(prologue));
    }
  }

  private hear(audio: Uint8Array): void {
    const activity = this.listener.push(audio);
    const vad = this.settings.turnDetection === 'server_vad';
    if (vad && activity.started) {
      this.out.send('input_audio_buffer.speech_started');
      // The user talking over the agent interrupts it, as with Coze's default interrupt settings.
      this.cancel(CANCELED.speech);
    }
    const text = this.listener.transcript();
    if (text && text !== this.transcript && (!vad || this.listener.inSpeech || activity.stopped)) {
      this.transcript = text;
      this.out.send('conversation.audio_transcript.update', { content: text });
    }
    if (vad && activity.stopped) {
      this.out.send('input_audio_buffer.speech_stopped');
      void this.endSpokenTurn();
    }
  }

  private async endSpokenTurn(): Promise<void> {
    const text = this.listener.transcript();
    this.listener.reset();
    this.transcript = '';
    this.out.send('conversation.audio_transcript.completed', { content: text });
    if (!text)
      throw new SessionError(
        CozeCode.badRequest,
        'No speech in the audio buffer: append audio before completing the turn',
      );
    this.cancel(CANCELED.message);
    void this.run(() => this.reply(text, 'text'));
  }

  private async createMessage(data: Fields): Promise<void> {
    const role = data['role'] === 'assistant' ? 'assistant' : 'user';
    const content = String(data['content'] ?? '');
    const contentType = String(data['content_type'] ?? 'text');
    if (role === 'assistant') {
      await this.save('assistant', 'answer', content, contentType);
      return;
    }
    this.cancel(CANCELED.message);
    void this.run(() => this.reply(content, contentType));
  }

  private async submitToolOutputs(data: Fields): Promise<void> {
    const waiting = this.turn?.awaitingTools;
    if (!waiting || (data['chat_id'] !== undefined && data['chat_id'] !== this.turn?.chatId)) {
      throw new SessionError(
        CozeCode.badRequest,
        'No chat of this session is waiting for tool outputs with that chat_id',
      );
    }
    const outputs = new Map<string, string>();
    for (const item of Array.isArray(data['tool_outputs']) ? data['tool_outputs'] : []) {
      const { tool_call_id: id, output } = fieldsOf(item);
      if (typeof id === 'string') outputs.set(id, String(output ?? ''));
    }
    const missing = waiting.calls.filter((call) => !outputs.has(call.id)).map((call) => call.id);
    if (missing.length) throw new SessionError(CozeCode.badRequest, `Missing tool outputs for ${missing.join(', ')}`);
    this.turn!.awaitingTools = undefined;
    waiting.resolve(outputs);
  }

  private cancel(reason: NonNullable<Turn['canceled']>): void {
    if (!this.turn || this.turn.canceled) return;
    this.turn.canceled = reason;
    this.turn.awaitingTools?.resolve(new Map());
  }

  /** Runs one reply at a time; a failure becomes an `error` event. */
  private async run(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof SessionError) this.out.error(error.code, error.message);
      else {
        console.error('sandbox realtime failed:', (error as Error).message);
        this.out.error(5000, 'The sandbox failed on this turn; try again');
      }
    }
  }

  private async conversation(): Promise<ConversationRecord> {
    const existing = this.settings.conversationId
      ? await this.store.conversation(this.settings.conversationId)
      : undefined;
    if (existing) return existing;
    const now = Date.now();
    const conversation: ConversationRecord = {
      id: await this.store.nextId(),
      name: '',
      meta_data: {},
      creator_id: SANDBOX_USER.id,
      created_at: seconds(now),
      updated_at: seconds(now),
      last_section_id: await this.store.nextId(),
      connector_id: '1024',
      bot_id: this.agent.id,
    };
    await this.store.putConversation(conversation);
    this.settings.conversationId = conversation.id;
    return conversation;
  }

  private async save(
    role: MessageRecord['role'],
    type: MessageRecord['type'],
    content: string,
    contentType: string,
    chatId?: string,
    id?: string,
  ): Promise<MessageRecord> {
    const conversation = await this.conversation();
    const at = seconds(Date.now());
    const message: MessageRecord = {
      id: id ?? (await this.store.nextId()),
      conversation_id: conversation.id,
      role,
      type,
      ...(role === 'assistant' ? { bot_id: this.agent.id } : {}),
      ...(chatId ? { chat_id: chatId } : {}),
      section_id: conversation.last_section_id,
      content,
      content_type: (contentType === 'object_string' ? 'object_string' : 'text') as MessageRecord['content_type'],
      meta_data: {},
      created_at: at,
      updated_at: at,
    };
    if (this.settings.autoSave) await this.store.putMessage(message);
    return message;
  }

  /** Waits before the next delta: the pace's first wait before a reply's first one, its step after. */
  private async pause(turn: Turn | undefined, first: boolean): Promise<boolean> {
    await sleep(first ? this.pace.firstMs : this.pace.stepMs);
    return !this.closed && !turn?.canceled;
  }

  /** Speaks text without a chat around it (a prologue, `input_text.generate_audio`). */
  private async say(text: string): Promise<void> {
    const messageId = await this.store.nextId();
    const conversation = await this.conversation();
    const base = {
      id: messageId,
      conversation_id: conversation.id,
      bot_id: this.agent.id,
      role: 'assistant',
      type: 'answer',
    };
    const turn: Turn = { chatId: '' };
    this.turn = turn;
    let first = true;
    for (const sentence of sentenceSegments(text)) {
      this.out.send('conversation.audio.sentence_start', { text: sentence.trim() });
      for (const chunk of speak(sentence.trim(), this.output)) {
        if (!(await this.pause(turn, first))) return;
        first = false;
        this.out.send('conversation.audio.delta', { ...base, content: toBase64(chunk), content_type: 'audio' });
      }
    }
    this.out.send('conversation.audio.completed', { ...base, content: '', content_type: 'audio' });
  }

  /** One chat turn: the question saved, the Chat's events, the answer as text and audio deltas. */
  private async reply(content: string, contentType: string): Promise<void> {
    const agent = this.agent;
    const conversation = await this.conversation();
    const question = plainTextOf(content, contentType);
    const section = (await this.store.messages(conversation.id)).filter(
      (message) => message.section_id === conversation.last_section_id,
    );
    const history = section.filter((message) => message.type === 'question');
    const chatId = await this.store.nextId();
    const turn: Turn = { chatId };
    this.turn = turn;
    await this.save('user', 'question', content, contentType, chatId);
    const chat = {
      id: chatId,
      conversation_id: conversation.id,
      bot_id: agent.id,
      created_at: seconds(Date.now()),
      section_id: conversation.last_section_id,
      meta_data: this.settings.metaData,
    };
    const message = {
      conversation_id: conversation.id,
      bot_id: agent.id,
      chat_id: chatId,
      section_id: conversation.last_section_id,
      role: 'assistant',
    };
    turn.record = {
      ...chat,
      status: 'in_progress',
      messages: [],
      question,
      auto_save_history: this.settings.autoSave,
    };
    await this.store.putChat(turn.record);
    await this.store.putConversation({ ...conversation, last_chat_id: chatId, updated_at: chat.created_at });
    this.out.send('conversation.chat.created', { ...chat, status: 'created' });
    this.out.send('conversation.chat.in_progress', { ...chat, status: 'in_progress' });
    let answer: string;
    if (agent.needsWeatherPlugin) {
      const call: ToolCall = {
        id: `call_${await this.store.nextId()}`,
        type: 'function',
        function: { name: 'get_weather', arguments: JSON.stringify({ city: cityIn(question) }) },
      };
      const functionCall = await this.save(
        'assistant',
        'function_call',
        JSON.stringify({ name: 'get_weather', arguments: { city: cityIn(question) }, plugin_type: 2 }),
        'text',
        chatId,
      );
      this.out.send('conversation.message.completed', {
        ...message,
        id: functionCall.id,
        type: 'function_call',
        content: functionCall.content,
        content_type: 'text',
      });
      await this.keep(turn, 'requires_action', { messages: [functionCall], tool_calls: [call] });
      const outputs = await new Promise<Map<string, string>>((resolve) => {
        turn.awaitingTools = { calls: [call], resolve };
        this.out.send('conversation.chat.requires_action', {
          ...chat,
          status: 'requires_action',
          required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: [call] } },
        });
      });
      if (this.closed || turn.canceled) return this.stopped(turn);
      const response = await this.save('assistant', 'tool_response', outputs.get(call.id) ?? '', 'text', chatId);
      await this.keep(turn, 'in_progress', { messages: [response] });
      this.out.send('conversation.message.completed', {
        ...message,
        id: response.id,
        type: 'tool_response',
        content: response.content,
        content_type: 'text',
      });
      this.out.send('conversation.chat.in_progress', { ...chat, status: 'in_progress' });
      answer = plannedToolAnswer(question, [call], outputs);
    } else {
      answer = answerFor({ text: question, turn: history.length + 1, botName: agent.name, seed: '' });
    }

    const answerId = await this.store.nextId();
    const audioId = await this.store.nextId();
    let first = true;
    for (const sentence of sentenceSegments(answer)) {
      this.out.send('conversation.audio.sentence_start', { text: sentence.trim() });
      const pieces = chunkText(sentence);
      const audio = speak(sentence.trim(), this.output);
      // Text and audio of a sentence go out interleaved, the text a little ahead, as Coze sends them.
      const steps = Math.max(pieces.length, audio.length);
      for (let i = 0; i < steps; i++) {
        if (!(await this.pause(turn, first))) return this.stopped(turn);
        first = false;
        const piece = pieces[Math.floor((i * pieces.length) / steps)];
        if (
          piece !== undefined &&
          Math.floor((i * pieces.length) / steps) !== Math.floor(((i - 1) * pieces.length) / steps)
        ) {
          this.out.send('conversation.message.delta', {
            ...message,
            id: answerId,
            type: 'answer',
            content: piece,
            content_type: 'text',
          });
        }
        const chunk = audio[Math.floor((i * audio.length) / steps)];
        if (chunk && Math.floor((i * audio.length) / steps) !== Math.floor(((i - 1) * audio.length) / steps)) {
          this.out.send('conversation.audio.delta', {
            ...message,
            id: audioId,
            type: 'answer',
            content: toBase64(chunk),
            content_type: 'audio',
          });
        }
      }
    }
    const answerMessage = await this.save('assistant', 'answer', answer, 'text', chatId, answerId);
    this.out.send('conversation.message.completed', {
      ...message,
      id: answerId,
      type: 'answer',
      content: answer,
      content_type: 'text',
    });
    this.out.send('conversation.audio.completed', {
      ...message,
      id: audioId,
      type: 'answer',
      content: '',
      content_type: 'audio',
    });
    const input = contextTokensOf(agent.prompt, section) + tokenCount(question);
    const output = tokenCount(answer);
    const usage: Usage = { token_count: input + output, input_count: input, output_count: output };
    const completedAt = seconds(Date.now());
    await this.keep(turn, 'completed', { messages: [answerMessage], usage, completed_at: completedAt });
    this.out.send('conversation.chat.completed', { ...chat, status: 'completed', completed_at: completedAt, usage });
    if (this.turn === turn) this.turn = undefined;
  }

  /**
   * Saves the turn's Chat object with a new status: the messages it made are added to those it had
   * (an HTTP chat's list leaves the user's query out too), tool calls and usage replace.
   */
  private async keep(
    turn: Turn,
    status: ChatStatus,
    change: { messages?: MessageRecord[]; tool_calls?: ToolCall[]; usage?: Usage; completed_at?: number } = {},
  ): Promise<void> {
    if (!turn.record) return;
    turn.record = {
      ...turn.record,
      ...change,
      status,
      messages: [...turn.record.messages, ...(change.messages ?? [])],
    };
    await this.store.putChat(turn.record);
  }

  /**
   * A turn that stopped before its answer ended: canceled (by the caller, new speech or a closed
   * socket), so the conversation is free for the next chat, HTTP or WebSocket.
   */
  private async stopped(turn: Turn): Promise<void> {
    await this.keep(turn, 'canceled', { tool_calls: undefined });
    if (turn.canceled && !this.closed) this.out.send('conversation.chat.canceled', turn.canceled);
  }

  close(): void {
    this.closed = true;
    this.cancel(CANCELED.client);
  }
}
