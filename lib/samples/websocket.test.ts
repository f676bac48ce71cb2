import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../catalog';
import type { Region } from '../request-model';
import { websocketSamples, type WebsocketSample } from './websocket';

// The Python, Go and Java WebSocket programs: compiled or parsed (py_compile, gofmt -e, javac's
// parser) and checked against the surface of cozepy, the `websockets` package, coze-go and coze-java
// as their sources declare it (none can be installed offline). The Node programs are run against the sandbox in test/e2e/samples-websocket.

const WS_ENDPOINTS = ENDPOINTS.filter((endpoint) => endpoint.responseKind === 'websocket');
const REGIONS: readonly Region[] = ['sandbox', 'cn', 'com'];
/** The WebSocket endpoints an SDK has a call for (simultaneous interpretation is @coze/api's alone). */
const withSdk = (sdk: 'python' | 'go' | 'java') => WS_ENDPOINTS.filter((endpoint) => endpoint.sdks.includes(sdk));

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

  it('are written for every WebSocket endpoint cozepy has (raw: every one) and region, and never hold a token', () => {
    expect(samples('python-cozepy')).toHaveLength(withSdk('python').length * REGIONS.length);
    expect(withSdk('python').length).toBeGreaterThan(0);
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
    expect(programs.map((p) => p.region).sort()).toEqual(
      withSdk('go')
        .flatMap(() => ['cn', 'com'] as const)
        .sort(),
    );
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
  it('simultaneous interpretation has @coze/api’s program and the raw ones only: no other SDK has the call', () => {
    const endpoint = WS_ENDPOINTS.find((candidate) => candidate.path === '/v1/audio/simult_interpretation')!;
    for (const region of REGIONS) {
      const written = websocketSamples({ endpoint, region, origin: 'https://playground.test' });
      expect(written.map((s) => s.id)).toEqual(['node-sdk', 'node-ws', 'python-ws']);
      expect(written[0]!.code).toContain('client.websockets.audio.simultInterpretation.create()');
      expect(written[1]!.code).toContain('/v1/audio/simult_interpretation');
    }
  });

  it('reads the token from the environment and never writes one', () => {
    for (const endpoint of WS_ENDPOINTS)
      for (const region of REGIONS)
        for (const sample of websocketSamples({ endpoint, region, origin: 'https://playground.test' })) {
          expect(sample.code).toContain('COZE_API_TOKEN');
          expect(sample.code).not.toMatch(/pat_[A-Za-z0-9]/);
        }
  });

  it('lists the tabs in one order: Node SDK, Node raw, cozepy, Python raw, coze-go for Coze’s hosts, coze-java', () => {
    const endpoint = WS_ENDPOINTS[0]!;
    expect(websocketSamples({ endpoint, region: 'cn', origin: '' }).map((s) => s.id)).toEqual([
      'node-sdk',
      'node-ws',
      'python-cozepy',
      'python-ws',
      'go-sdk',
      'java-sdk',
    ]);
  });
});

/**
 * coze-java's WebSocket surface (coze-dev/coze-java, under api/src/main/java/com/coze/openapi/):
 * service/service/websocket/** (the clients, their create requests and callback handlers),
 * client/websocket/event/{downstream,model}/** (the events and the update payloads) and the classes
 * the handlers read (Message, Chat, ChatUsage). The jar is not available offline: every program is
 * checked against this table, class by class, setter by setter, method by method.
 */
const JAVA = 'com.coze.openapi';
const COZE_JAVA = {
  /** The client each accessor chain of `coze.websockets()` creates, with the create request it takes. */
  accessors: {
    'chat()': { client: 'WebsocketsChatClient', req: 'WebsocketsChatCreateReq' },
    'audio().speech()': { client: 'WebsocketsAudioSpeechClient', req: 'WebsocketsAudioSpeechCreateReq' },
    'audio().transcriptions()': {
      client: 'WebsocketsAudioTranscriptionsClient',
      req: 'WebsocketsAudioTranscriptionsCreateReq',
    },
  } as Record<string, { client: string; req: string }>,
  /** Public methods of each client (BaseWebsocketsClient's close() included). */
  methods: {
    WebsocketsChatClient: [
      'chatUpdate',
      'conversationChatCancel',
      'conversationChatSubmitToolOutputs',
      'conversationClear',
      'conversationMessageCreate',
      'inputAudioBufferAppend',
      'inputAudioBufferClear',
      'inputAudioBufferComplete',
      'close',
    ],
    WebsocketsAudioSpeechClient: ['speechUpdate', 'inputTextBufferAppend', 'inputTextBufferComplete', 'close'],
    WebsocketsAudioTranscriptionsClient: [
      'transcriptionsUpdate',
      'inputAudioBufferAppend',
      'inputAudioBufferClear',
      'inputAudioBufferComplete',
      'close',
    ],
  } as Record<string, string[]>,
  /** Each client's callback handler and its callbacks with their event classes (BaseCallbackHandler's onError, onFailure). */
  handlers: {
    WebsocketsChatClient: {
      handler: 'WebsocketsChatCallbackHandler',
      callbacks: {
        onConversationMessageDelta: 'ConversationMessageDeltaEvent',
        onConversationAudioDelta: 'ConversationAudioDeltaEvent',
        onConversationChatCompleted: 'ConversationChatCompletedEvent',
        onError: 'ErrorEvent',
        onFailure: 'Throwable',
      },
    },
    WebsocketsAudioSpeechClient: {
      handler: 'WebsocketsAudioSpeechCallbackHandler',
      callbacks: {
        onSpeechAudioUpdate: 'SpeechAudioUpdateEvent',
        onSpeechAudioCompleted: 'SpeechAudioCompletedEvent',
        onError: 'ErrorEvent',
        onFailure: 'Throwable',
      },
    },
    WebsocketsAudioTranscriptionsClient: {
      handler: 'WebsocketsAudioTranscriptionsCallbackHandler',
      callbacks: {
        onTranscriptionsMessageUpdate: 'TranscriptionsMessageUpdateEvent',
        onTranscriptionsMessageCompleted: 'TranscriptionsMessageCompletedEvent',
        onError: 'ErrorEvent',
        onFailure: 'Throwable',
      },
    },
  } as Record<string, { handler: string; callbacks: Record<string, string> }>,
  /** Lombok builders' setters (the create requests also have BaseReq's timeouts). */
  builders: {
    WebsocketsChatCreateReq: ['botID', 'callbackHandler', 'connectTimeout', 'readTimeout', 'writeTimeout'],
    WebsocketsAudioSpeechCreateReq: ['callbackHandler', 'connectTimeout', 'readTimeout', 'writeTimeout'],
    WebsocketsAudioTranscriptionsCreateReq: ['callbackHandler', 'connectTimeout', 'readTimeout', 'writeTimeout'],
    ChatUpdateEventData: [
      'inputAudio',
      'outputAudio',
      'chatConfig',
      'turnDetection',
      'needPlayPrologue',
      'prologueContent',
      'asrConfig',
    ],
    ChatConfig: ['conversationId', 'userId', 'metaData', 'customVariables', 'extraParams', 'autoSaveHistory'],
    SpeechUpdateEventData: ['outputAudio'],
    OutputAudio: ['codec', 'pcmConfig', 'opusConfig', 'speechRate', 'voiceId'],
    PCMConfig: ['sampleRate'],
    TranscriptionsUpdateEventData: ['inputAudio'],
    InputAudio: ['format', 'codec', 'sampleRate', 'channel', 'bitDepth'],
  } as Record<string, string[]>,
  /** Getter chains the handlers read, from each event class (Lombok getters, plus getAudio/getDelta decoding base64). */
  getters: {
    ConversationMessageDeltaEvent: ['getData().getContent()'],
    ConversationAudioDeltaEvent: ['getData().getAudio()'],
    ConversationChatCompletedEvent: ['getData().getUsage().getTokenCount()'],
    SpeechAudioUpdateEvent: ['getDelta()'],
    SpeechAudioCompletedEvent: [],
    TranscriptionsMessageUpdateEvent: ['getData().getContent()'],
    TranscriptionsMessageCompletedEvent: [],
    ErrorEvent: ['getData()'],
  } as Record<string, string[]>,
  /** Static factories the programs call. */
  statics: { Message: ['buildUserQuestionText'] } as Record<string, string[]>,
  /** Where each class lives. */
  packages: {
    CozeAPI: 'service.service',
    TokenAuth: 'service.auth',
    Consts: 'service.config',
    Message: 'client.connversations.message.model',
    WebsocketsChatClient: 'service.service.websocket.chat',
    WebsocketsChatCallbackHandler: 'service.service.websocket.chat',
    WebsocketsChatCreateReq: 'service.service.websocket.chat',
    WebsocketsAudioSpeechClient: 'service.service.websocket.audio.speech',
    WebsocketsAudioSpeechCallbackHandler: 'service.service.websocket.audio.speech',
    WebsocketsAudioSpeechCreateReq: 'service.service.websocket.audio.speech',
    WebsocketsAudioTranscriptionsClient: 'service.service.websocket.audio.transcriptions',
    WebsocketsAudioTranscriptionsCallbackHandler: 'service.service.websocket.audio.transcriptions',
    WebsocketsAudioTranscriptionsCreateReq: 'service.service.websocket.audio.transcriptions',
    ChatUpdateEventData: 'client.websocket.event.model',
    ChatConfig: 'client.websocket.event.model',
    SpeechUpdateEventData: 'client.websocket.event.model',
    OutputAudio: 'client.websocket.event.model',
    PCMConfig: 'client.websocket.event.model',
    TranscriptionsUpdateEventData: 'client.websocket.event.model',
    InputAudio: 'client.websocket.event.model',
    ConversationMessageDeltaEvent: 'client.websocket.event.downstream',
    ConversationAudioDeltaEvent: 'client.websocket.event.downstream',
    ConversationChatCompletedEvent: 'client.websocket.event.downstream',
    SpeechAudioUpdateEvent: 'client.websocket.event.downstream',
    SpeechAudioCompletedEvent: 'client.websocket.event.downstream',
    TranscriptionsMessageUpdateEvent: 'client.websocket.event.downstream',
    TranscriptionsMessageCompletedEvent: 'client.websocket.event.downstream',
    ErrorEvent: 'client.websocket.event.downstream',
  } as Record<string, string>,
};

/** Every use of coze-java's surface in a program that the table does not have. */
function javaSurfaceErrors(code: string): string[] {
  const errors: string[] = [];
  const imported = new Map(
    [...code.matchAll(/^import (com\.coze\.[\w.]+);$/gm)].map((m) => [m[1]!.slice(m[1]!.lastIndexOf('.') + 1), m[1]!]),
  );
  for (const [name, fqn] of imported)
    if (`${JAVA}.${COZE_JAVA.packages[name]}.${name}` !== fqn) errors.push(`unknown class ${fqn}`);
  const create = /coze\.websockets\(\)\s*\.([\w().]+?)\s*\.create\(\s*(\w+)\.builder\(\)/.exec(code);
  const target = create && COZE_JAVA.accessors[create[1]!];
  if (!target) return [...errors, `no coze.websockets() client in ${create?.[1]}`];
  if (create[2] !== target.req) errors.push(`${create[1]}.create takes ${target.req}, not ${create[2]}`);
  const declared = new RegExp(`^\\s*${target.client} client =`, 'm').test(code);
  if (!declared) errors.push(`the client is not declared as ${target.client}`);
  for (const [, method] of code.matchAll(/^\s*client\.(\w+)\(/gm))
    if (!COZE_JAVA.methods[target.client]!.includes(method!)) errors.push(`${target.client} has no method ${method}`);
  const { handler, callbacks } = COZE_JAVA.handlers[target.client]!;
  if (!code.includes(`new ${handler}() {`)) errors.push(`the handler is not a ${handler}`);
  for (const [, method, client, event] of code.matchAll(/public void (\w+)\((\w+) client, (\w+) \w+\)/g)) {
    if (callbacks[method!] !== event) errors.push(`${handler} has no ${method}(…, ${event})`);
    if (client !== target.client) errors.push(`${method} takes a ${target.client}, not ${client}`);
  }
  // Builder chains: `Type.builder()` then `.setter(…)` calls, nested chains checked on their own.
  for (const m of code.matchAll(/\b([A-Z]\w*)\.builder\(\)/g)) {
    let depth = 0;
    let at = m.index + m[0].length;
    for (; at < code.length && depth >= 0; at++) {
      if (depth === 0) {
        const call = /^\s*\.(\w+)\(/.exec(code.slice(at));
        if (call) {
          if (call[1] === 'build') break;
          if (!COZE_JAVA.builders[m[1]!]?.includes(call[1]!)) errors.push(`${m[1]}.builder() has no ${call[1]}`);
          at += call[0].length - 2; // the loop steps onto the call's "(" next
          continue;
        }
      }
      if (code[at] === '(') depth++;
      if (code[at] === ')') depth--;
    }
  }
  // Getter chains on each callback's event.
  for (const m of code.matchAll(/public void \w+\(\w+ client, (\w+) event\) \{([\s\S]*?)\n\s*\}\n/g))
    for (const [, chain] of m[2]!.matchAll(/\bevent\.((?:\w+\(\)\.?)+)/g))
      if (!COZE_JAVA.getters[m[1]!]?.includes(chain!.replace(/\.$/, '')))
        errors.push(`${m[1]} has no getter chain ${chain}`);
  for (const [, owner, method] of code.matchAll(/\b([A-Z]\w*)\.([a-z]\w*)\(/g))
    if (imported.has(owner!) && method !== 'builder' && !COZE_JAVA.statics[owner!]?.includes(method!))
      errors.push(`${owner} has no static ${method}`);
  for (const [, constant] of code.matchAll(/\bConsts\.(\w+)/g))
    if (!['COZE_CN_BASE_URL', 'COZE_COM_BASE_URL'].includes(constant!)) errors.push(`Consts has no ${constant}`);
  return errors;
}

// javac's own parser (syntax only: the coze-java classes are not available offline).
const PARSE_CHECK = `
import com.sun.source.util.JavacTask;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

public class ParseCheck {
  public static void main(String[] args) throws Exception {
    var compiler = ToolProvider.getSystemJavaCompiler();
    var diagnostics = new DiagnosticCollector<JavaFileObject>();
    var files = compiler.getStandardFileManager(diagnostics, null, null);
    List<File> sources = new ArrayList<>();
    for (String arg : args) sources.add(new File(arg));
    JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none"), null, files.getJavaFileObjectsFromFiles(sources));
    task.parse();
    int errors = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) errors++;
      System.out.println(d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null));
    }
    System.exit(errors == 0 ? 0 : 1);
  }
}
`;

describe('the coze-java WebSocket samples', () => {
  const programs = samples('java-sdk');

  it('are written for every WebSocket endpoint coze-java has and region, the relay’s URL as the sandbox’s base', () => {
    expect(programs).toHaveLength(withSdk('java').length * REGIONS.length);
    for (const { region, sample } of programs) {
      const base = /\.baseURL\(([^)]+)\)/.exec(sample.code)![1];
      expect(base).toBe(
        region === 'sandbox'
          ? '"https://playground.test/api/relay/sandbox"'
          : `Consts.COZE_${region.toUpperCase()}_BASE_URL`,
      );
      expect(sample.code).toContain('new TokenAuth(System.getenv("COZE_API_TOKEN"))');
      expect(sample.code).not.toMatch(/pat_|Bearer/);
    }
  });

  const hasJava = spawnSync('java', ['-version']).error === undefined;
  it.skipIf(!hasJava)(
    'parse with javac’s parser',
    () => {
      const dir = join(work, 'java');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'ParseCheck.java'), PARSE_CHECK);
      const files = programs.map(({ sample }, index) => {
        const file = join(dir, `Sample${index}.java`);
        writeFileSync(file, sample.code.replace('public class Main {', `public class Sample${index} {`));
        return file;
      });
      const result = spawnSync('java', [join(dir, 'ParseCheck.java'), ...files], { encoding: 'utf-8' });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
    60_000,
  );

  it('use only classes, setters, client methods, callbacks and getters coze-java declares', () => {
    for (const { name, sample } of programs) expect(javaSurfaceErrors(sample.code), name).toEqual([]);
  });

  it('the surface check reports a misspelled method, setter, callback or getter', () => {
    const chat = programs.find(({ name }) => name === 'ws-chat-cn')!.sample.code;
    expect(javaSurfaceErrors(chat.replace('client.chatUpdate(', 'client.chatUpdated('))).toEqual([
      'WebsocketsChatClient has no method chatUpdated',
    ]);
    expect(javaSurfaceErrors(chat.replace('.userId(', '.userID('))).toEqual(['ChatConfig.builder() has no userID']);
    expect(javaSurfaceErrors(chat.replace('onConversationMessageDelta(', 'onMessageDelta('))).toEqual([
      'WebsocketsChatCallbackHandler has no onMessageDelta(…, ConversationMessageDeltaEvent)',
    ]);
    expect(javaSurfaceErrors(chat.replace('getTokenCount()', 'getTokens()'))).toEqual([
      'ConversationChatCompletedEvent has no getter chain getData().getUsage().getTokens()',
    ]);
  });
});
