import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import type { Region } from '../request-model';
import { websocketSamples, type WebsocketSample } from './websocket';

// The Python and Go WebSocket programs: compiled (py_compile, gofmt -e) and checked against the
// surface of cozepy, the `websockets` package and coze-go as their sources declare it (none can be
// installed offline). The Node programs are run against the sandbox in test/e2e/samples-websocket.

const WS_ENDPOINTS = ENDPOINTS.filter((endpoint) => endpoint.responseKind === 'websocket');
const REGIONS: readonly Region[] = ['sandbox', 'cn', 'com'];

function samples(id: WebsocketSample['id']): { name: string; region: Region; sample: WebsocketSample }[] {
  return WS_ENDPOINTS.flatMap((endpoint) =>
    REGIONS.flatMap((region) =>
      websocketSamples({ endpoint, region, origin: 'https://playground.test' })
        .filter((sample) => sample.id === id)
        .map((sample) => ({ name: `${endpoint.id}-${region}`, region, sample })),
    ),
  );
}

const work = mkdtempSync(join(tmpdir(), 'ws-samples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * cozepy's WebSocket surface (coze-dev/coze-py): names `from cozepy import` may bring in
 * (cozepy/__init__.py's __all__), the client methods per client (cozepy/websockets/chat/__init__.py,
 * audio/speech/__init__.py, audio/transcriptions/__init__.py) and the handler methods per handler.
 */
const COZEPY = {
  imports: [
    'AsyncCoze',
    'AsyncTokenAuth',
    'COZE_CN_BASE_URL',
    'COZE_COM_BASE_URL',
    'AsyncWebsocketsChatClient',
    'AsyncWebsocketsChatEventHandler',
    'ChatUpdateEvent',
    'ConversationAudioDeltaEvent',
    'ConversationChatCompletedEvent',
    'ConversationMessageCreateEvent',
    'ConversationMessageDeltaEvent',
    'AsyncWebsocketsAudioSpeechClient',
    'AsyncWebsocketsAudioSpeechEventHandler',
    'InputTextBufferAppendEvent',
    'SpeechAudioCompletedEvent',
    'SpeechAudioUpdateEvent',
    'SpeechUpdateEvent',
    'AsyncWebsocketsAudioTranscriptionsClient',
    'AsyncWebsocketsAudioTranscriptionsEventHandler',
    'InputAudioBufferAppendEvent',
    'TranscriptionsMessageCompletedEvent',
    'TranscriptionsMessageUpdateEvent',
    'TranscriptionsUpdateEvent',
  ],
  /** `coze.websockets.<resource>.create` keywords (AsyncWebsockets*BuildClient.create). */
  create: {
    chat: ['bot_id', 'on_event', 'workflow_id', 'device_id'],
    'audio.speech': ['on_event'],
    'audio.transcriptions': ['on_event'],
  } as Record<string, string[]>,
  /** Client methods (async) by the handler base the program's class extends. */
  methods: {
    AsyncWebsocketsChatEventHandler: [
      'chat_update',
      'input_audio_buffer_append',
      'input_audio_buffer_complete',
      'input_audio_buffer_clear',
      'conversation_chat_submit_tool_outputs',
      'conversation_clear',
      'conversation_chat_cancel',
      'conversation_message_create',
      'input_text_generate_audio',
      'wait',
    ],
    AsyncWebsocketsAudioSpeechEventHandler: [
      'speech_update',
      'input_text_buffer_append',
      'input_text_buffer_complete',
      'wait',
    ],
    AsyncWebsocketsAudioTranscriptionsEventHandler: [
      'transcriptions_update',
      'input_audio_buffer_append',
      'input_audio_buffer_complete',
      'input_audio_buffer_clear',
      'wait',
    ],
  } as Record<string, string[]>,
  /** Handler callbacks by handler base (on_error from AsyncWebsocketsBaseEventHandler in ws.py). */
  handlers: {
    AsyncWebsocketsChatEventHandler: [
      'on_error',
      'on_conversation_message_delta',
      'on_conversation_audio_delta',
      'on_conversation_chat_completed',
    ],
    AsyncWebsocketsAudioSpeechEventHandler: ['on_error', 'on_speech_audio_update', 'on_speech_audio_completed'],
    AsyncWebsocketsAudioTranscriptionsEventHandler: [
      'on_error',
      'on_transcriptions_message_update',
      'on_transcriptions_message_completed',
    ],
  } as Record<string, string[]>,
};

describe('the Python WebSocket samples', () => {
  const python = [...samples('python-cozepy'), ...samples('python-ws')];

  it('are written for every WebSocket endpoint and region, and never hold a token', () => {
    expect(samples('python-cozepy')).toHaveLength(WS_ENDPOINTS.length * REGIONS.length);
    expect(samples('python-ws')).toHaveLength(WS_ENDPOINTS.length * REGIONS.length);
    for (const { sample } of python) {
      expect(sample.code).toMatch(/os\.environ\[["']COZE_API_TOKEN["']\]/);
      expect(sample.code).not.toMatch(/pat_|Bearer [A-Za-z0-9]/);
    }
  });

  it('compile with py_compile', () => {
    const dir = join(work, 'python');
    mkdirSync(dir, { recursive: true });
    const files = python.map(({ name, sample }) => {
      const file = join(dir, `${name}-${sample.file}`);
      writeFileSync(file, sample.code);
      return file;
    });
    const result = spawnSync('python3', ['-m', 'py_compile', ...files], { encoding: 'utf-8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('cozepy programs use only names, keywords, methods and callbacks cozepy declares', () => {
    for (const { name, sample } of samples('python-cozepy')) {
      const imported = /from cozepy import \(([^)]*)\)/
        .exec(sample.code)![1]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      expect(
        imported.filter((n) => !COZEPY.imports.includes(n)),
        name,
      ).toEqual([]);
      const create = /coze\.websockets\.([\w.]+)\.create\(([^)]*)\)/.exec(sample.code)!;
      const keywords = [...create[2]!.matchAll(/(\w+)=/g)].map((m) => m[1]!);
      expect(
        keywords.filter((k) => !COZEPY.create[create[1]!]?.includes(k)),
        name,
      ).toEqual([]);
      const base = /class Handler\((\w+)\)/.exec(sample.code)![1]!;
      const methods = [...sample.code.matchAll(/await client\.(\w+)\(/g)].map((m) => m[1]!);
      expect(methods.length).toBeGreaterThan(1);
      expect(
        methods.filter((m) => !COZEPY.methods[base]!.includes(m)),
        name,
      ).toEqual([]);
      const callbacks = [...sample.code.matchAll(/async def (on_\w+)\(/g)].map((m) => m[1]!);
      expect(
        callbacks.filter((c) => !COZEPY.handlers[base]!.includes(c)),
        name,
      ).toEqual([]);
    }
  });

  it('raw programs send the token on the handshake header with websockets’ asyncio client, never in the URL', () => {
    for (const { region, sample } of samples('python-ws')) {
      // websockets 14+: websockets.asyncio.client.connect(uri, additional_headers=..., max_size=...).
      expect(sample.code).toContain('from websockets.asyncio.client import connect');
      expect(sample.code).toMatch(/connect\("[^"]+", additional_headers=headers, max_size=None\)/);
      expect(sample.code).toContain('"Authorization": f"Bearer {os.environ[\'COZE_API_TOKEN\']}"');
      const url = /connect\("([^"]+)"/.exec(sample.code)![1]!;
      expect(url.toLowerCase()).not.toContain('authorization');
      expect(url).toMatch(
        region === 'sandbox'
          ? /^wss:\/\/playground\.test\/api\/relay\/sandbox\/v1\//
          : new RegExp(`^wss://ws\\.coze\\.${region}/v1/`),
      );
    }
  });
});

/**
 * coze-go's WebSocket surface (coze-dev/coze-go): each client's methods (websocket_chat_client.go,
 * websocket_audio_speech_client.go, websocket_audio_transcription_client.go) and the fields of each
 * struct the programs build (websocket_event.go, websocket_chat.go), with their Go types.
 */
const COZE_GO = {
  methods: {
    WebSocketChat: [
      'Connect',
      'Close',
      'Wait',
      'ChatUpdate',
      'ConversationMessageCreate',
      'OnConversationMessageDelta',
      'OnConversationAudioDelta',
      'OnConversationChatCompleted',
      'OnError',
    ],
    WebSocketAudioSpeech: [
      'Connect',
      'Close',
      'Wait',
      'SpeechUpdate',
      'InputTextBufferAppend',
      'InputTextBufferComplete',
      'OnSpeechAudioUpdate',
      'OnSpeechAudioCompleted',
      'OnError',
    ],
    WebSocketAudioTranscription: [
      'Connect',
      'Close',
      'Wait',
      'TranscriptionsUpdate',
      'InputAudioBufferAppend',
      'InputAudioBufferComplete',
      'OnTranscriptionsMessageUpdate',
      'OnTranscriptionsMessageCompleted',
      'OnError',
    ],
  } as Record<string, string[]>,
  structs: {
    CreateWebsocketChatReq: { BotID: '*string', WorkflowID: '*string', DeviceID: '*int64' },
    CreateWebsocketAudioSpeechReq: {},
    CreateWebsocketAudioTranscriptionReq: {},
    WebSocketChatUpdateEventData: { ChatConfig: '*WebSocketChatConfig', OutputAudio: '*WebSocketOutputAudio' },
    WebSocketChatConfig: { UserID: '*string', ConversationID: '*string' },
    WebSocketConversationMessageCreateEventData: {
      Role: 'MessageRole',
      ContentType: 'MessageContentType',
      Content: 'string',
    },
    WebSocketSpeechUpdateEventData: { OutputAudio: '*WebSocketOutputAudio' },
    WebSocketOutputAudio: { Codec: '*string', PCMConfig: '*WebSocketPCMConfig' },
    WebSocketPCMConfig: { SampleRate: '*int' },
    WebSocketInputTextBufferAppendEventData: { Delta: 'string' },
    WebSocketTranscriptionsUpdateEventData: { InputAudio: '*WebSocketInputAudio' },
    WebSocketInputAudio: { Format: '*string', Codec: '*string', SampleRate: '*int', Channel: '*int', BitDepth: '*int' },
    WebSocketInputAudioBufferAppendEventData: { Delta: '[]byte' },
  } as Record<string, Record<string, string>>,
  /** Other package-level names the programs use (client.go, auth_token.go, const.go, common.go, the event types). */
  names: [
    'NewCozeAPI',
    'NewTokenAuth',
    'WithBaseURL',
    'CnBaseURL',
    'ComBaseURL',
    'MessageRoleUser',
    'MessageContentTypeText',
    'WebSocketConversationMessageDeltaEvent',
    'WebSocketConversationAudioDeltaEvent',
    'WebSocketConversationChatCompletedEvent',
    'WebSocketErrorEvent',
    'WebSocketSpeechAudioUpdateEvent',
    'WebSocketSpeechAudioCompletedEvent',
    'WebSocketTranscriptionsMessageUpdateEvent',
    'WebSocketTranscriptionsMessageCompletedEvent',
  ],
};

describe('the coze-go WebSocket samples', () => {
  const programs = samples('go-sdk');

  it('are written for Coze’s hosts (coze-go replaces a base URL’s path, so it cannot reach the sandbox relay)', () => {
    expect(programs.map((p) => p.region).sort()).toEqual(WS_ENDPOINTS.flatMap(() => ['cn', 'com'] as const).sort());
    for (const { region, sample } of programs) {
      expect(sample.code).toContain(`coze.WithBaseURL(coze.${region === 'cn' ? 'Cn' : 'Com'}BaseURL)`);
      expect(sample.code).toContain('os.Getenv("COZE_API_TOKEN")');
      expect(sample.code).not.toMatch(/pat_|Bearer/);
    }
  });

  const hasGo = spawnSync('gofmt', ['-h']).error === undefined;
  it.skipIf(!hasGo)('are gofmt-clean Go', () => {
    const files = programs.map(({ name }, index) => {
      const dir = join(work, 'go', `${name}-${index}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'main.go'), `${programs[index]!.sample.code}\n`);
      return join(dir, 'main.go');
    });
    const result = spawnSync('gofmt', ['-e', '-l', ...files], { encoding: 'utf-8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('use only methods, struct fields and names coze-go declares, with values of the fields’ types', () => {
    for (const { name, sample } of programs) {
      const client = /client\.WebSockets\.[\w.]+\.Create\(ctx, &coze\.(\w+)\{/.exec(sample.code)![1]!;
      const kind =
        { CreateWebsocketChatReq: 'WebSocketChat', CreateWebsocketAudioSpeechReq: 'WebSocketAudioSpeech' }[client] ??
        'WebSocketAudioTranscription';
      const methods = [...sample.code.matchAll(/session\.(\w+)\(/g)].map((m) => m[1]!);
      expect(
        methods.filter((m) => !COZE_GO.methods[kind]!.includes(m)),
        name,
      ).toEqual([]);
      const handlerClients = [...sample.code.matchAll(/cli \*coze\.(\w+)/g)].map((m) => m[1]!);
      expect(new Set(handlerClients), name).toEqual(new Set([kind]));
      for (const literal of sample.code.matchAll(/&coze\.(\w+)\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
        const struct = COZE_GO.structs[literal[1]!];
        expect(struct, `${name}: ${literal[1]}`).toBeDefined();
        // Only the literal's own keys (nested literals are checked on their own).
        const own = literal[2]!.replace(/\{[^{}]*\}/g, '{}');
        for (const [, key, value] of own.matchAll(/(\w+):\s*([^,\n]+)/g)) {
          const type = struct![key!];
          expect(type, `${name}: ${literal[1]}.${key}`).toBeDefined();
          if (type === '*string') expect(value, `${literal[1]}.${key}`).toMatch(/^ptr\("/);
          if (type === '*int') expect(value, `${literal[1]}.${key}`).toMatch(/^ptr\(\d+\)/);
          if (type === 'string') expect(value, `${literal[1]}.${key}`).toMatch(/^"/);
          if (type?.startsWith('*WebSocket'))
            expect(value, `${literal[1]}.${key}`).toMatch(new RegExp(`^&coze\\.${type.slice(1)}\\{`));
          if (type === 'MessageRole') expect(value).toBe('coze.MessageRoleUser');
          if (type === 'MessageContentType') expect(value).toBe('coze.MessageContentTypeText');
        }
      }
      const names = [...sample.code.matchAll(/coze\.(\w+)/g)].map((m) => m[1]!);
      const known = new Set([...COZE_GO.names, ...Object.keys(COZE_GO.structs), ...Object.keys(COZE_GO.methods)]);
      expect(
        names.filter((n) => !known.has(n)),
        name,
      ).toEqual([]);
    }
  });
});

describe('every WebSocket sample', () => {
  it('reads the token from the environment and never writes one', () => {
    for (const endpoint of WS_ENDPOINTS)
      for (const region of REGIONS)
        for (const sample of websocketSamples({ endpoint, region, origin: 'https://playground.test' })) {
          expect(sample.code).toContain('COZE_API_TOKEN');
          expect(sample.code).not.toMatch(/pat_[A-Za-z0-9]/);
        }
  });

  it('lists the tabs in one order: Node SDK, Node raw, cozepy, Python raw, then coze-go for Coze’s hosts', () => {
    const endpoint = WS_ENDPOINTS[0]!;
    expect(websocketSamples({ endpoint, region: 'cn', origin: '' }).map((s) => s.id)).toEqual([
      'node-sdk',
      'node-ws',
      'python-cozepy',
      'python-ws',
      'go-sdk',
    ]);
  });
});
