// coze-java programs for Coze's WebSocket endpoints: `coze.websockets()` clients built with a
// callback handler (an anonymous subclass overriding the events the program reads), then the
// session's events sent. coze-java's clients have no wait(): the program waits on a latch its
// handler counts down at the session's last event (or an error). The token is read from
// COZE_API_TOKEN, never written. coze-java derives the WebSocket host from the HTTP base
// (`https://api` becomes `wss://ws`) and appends the endpoint's path to it, so the relay's URL
// works as a base too (OkHttp opens a WebSocket on an http(s) URL).

const J = 'com.coze.openapi';
const WS = `${J}.service.service.websocket`;
const DOWN = `${J}.client.websocket.event.downstream`;
const MODEL = `${J}.client.websocket.event.model`;

const java = (value: string) => JSON.stringify(value);

interface JavaSession {
  /** `coze.websockets().<accessors>()` to the client builder. */
  readonly accessors: string;
  /** Simple names of the client, its handler and its create request (classes under WS). */
  readonly classes: { readonly client: string; readonly handler: string; readonly req: string; readonly pkg: string };
  /** Extra setters of the create request, e.g. `.botID("…")`. */
  readonly setters: (query: Readonly<Record<string, string>>) => string[];
  /** Fully qualified imports besides the client's, the handler's, the request's and the error event. */
  readonly imports: readonly string[];
  /** Statements before the client is created (state the handler writes). */
  readonly state: readonly string[];
  /** Handler overrides besides onError and onFailure: the event's class, the method and its body. */
  readonly overrides: readonly { readonly method: string; readonly event: string; readonly body: readonly string[] }[];
  /** Statements sending the session's events once the client is created. */
  readonly send: readonly string[];
}

const SESSIONS: Readonly<Record<string, JavaSession>> = {
  '/v1/chat': {
    accessors: 'chat()',
    classes: {
      client: 'WebsocketsChatClient',
      handler: 'WebsocketsChatCallbackHandler',
      req: 'WebsocketsChatCreateReq',
      pkg: 'chat',
    },
    setters: (query) => [`.botID(${java(query['bot_id'] ?? '')})`],
    imports: [
      `${J}.client.connversations.message.model.Message`,
      `${DOWN}.ConversationAudioDeltaEvent`,
      `${DOWN}.ConversationChatCompletedEvent`,
      `${DOWN}.ConversationMessageDeltaEvent`,
      `${MODEL}.ChatConfig`,
      `${MODEL}.ChatUpdateEventData`,
    ],
    state: ['int[] audioBytes = {0};'],
    overrides: [
      {
        method: 'onConversationMessageDelta',
        event: 'ConversationMessageDeltaEvent',
        body: ['System.out.print(event.getData().getContent());'],
      },
      {
        method: 'onConversationAudioDelta',
        event: 'ConversationAudioDeltaEvent',
        body: ['audioBytes[0] += event.getData().getAudio().length; // decoded from base64 by coze-java'],
      },
      {
        method: 'onConversationChatCompleted',
        event: 'ConversationChatCompletedEvent',
        body: [
          'System.out.printf(',
          '    "%n[%d bytes of audio; %d tokens]%n",',
          '    audioBytes[0], event.getData().getUsage().getTokenCount());',
          'done.countDown();',
        ],
      },
    ],
    send: [
      'client.chatUpdate(',
      '    ChatUpdateEventData.builder()',
      '        .chatConfig(ChatConfig.builder().userId("sample-user").build())',
      '        .build());',
      'client.conversationMessageCreate(Message.buildUserQuestionText("Hello! What can you do?"));',
    ],
  },
  '/v1/audio/speech': {
    accessors: 'audio().speech()',
    classes: {
      client: 'WebsocketsAudioSpeechClient',
      handler: 'WebsocketsAudioSpeechCallbackHandler',
      req: 'WebsocketsAudioSpeechCreateReq',
      pkg: 'audio.speech',
    },
    setters: () => [],
    imports: [
      `${DOWN}.SpeechAudioCompletedEvent`,
      `${DOWN}.SpeechAudioUpdateEvent`,
      `${MODEL}.OutputAudio`,
      `${MODEL}.PCMConfig`,
      `${MODEL}.SpeechUpdateEventData`,
      'java.io.ByteArrayOutputStream',
      'java.io.IOException',
      'java.nio.file.Files',
      'java.nio.file.Path',
    ],
    state: ['ByteArrayOutputStream pcm = new ByteArrayOutputStream();'],
    overrides: [
      {
        method: 'onSpeechAudioUpdate',
        event: 'SpeechAudioUpdateEvent',
        body: ['pcm.writeBytes(event.getDelta()); // decoded from base64 by coze-java'],
      },
      {
        method: 'onSpeechAudioCompleted',
        event: 'SpeechAudioCompletedEvent',
        body: [
          'try {',
          '  Files.write(Path.of("speech.pcm"), pcm.toByteArray());',
          '  System.out.printf("wrote %d bytes of 24 kHz 16-bit mono PCM to speech.pcm%n", pcm.size());',
          '} catch (IOException e) {',
          '  e.printStackTrace();',
          '}',
          'done.countDown();',
        ],
      },
    ],
    send: [
      'client.speechUpdate(',
      '    SpeechUpdateEventData.builder()',
      '        .outputAudio(',
      '            OutputAudio.builder()',
      '                .codec("pcm")',
      '                .pcmConfig(PCMConfig.builder().sampleRate(24000).build())',
      '                .build())',
      '        .build());',
      'client.inputTextBufferAppend("Hello from the Coze API playground.");',
      'client.inputTextBufferComplete();',
    ],
  },
  '/v1/audio/transcriptions': {
    accessors: 'audio().transcriptions()',
    classes: {
      client: 'WebsocketsAudioTranscriptionsClient',
      handler: 'WebsocketsAudioTranscriptionsCallbackHandler',
      req: 'WebsocketsAudioTranscriptionsCreateReq',
      pkg: 'audio.transcriptions',
    },
    setters: () => [],
    imports: [
      `${DOWN}.TranscriptionsMessageCompletedEvent`,
      `${DOWN}.TranscriptionsMessageUpdateEvent`,
      `${MODEL}.InputAudio`,
      `${MODEL}.TranscriptionsUpdateEventData`,
      'java.nio.file.Files',
      'java.nio.file.Path',
      'java.util.Arrays',
    ],
    state: [
      '// 24 kHz 16-bit mono PCM, e.g. what the speech sample wrote.',
      'byte[] pcm = Files.readAllBytes(Path.of(args.length > 0 ? args[0] : "speech.pcm"));',
      'String[] text = {""};',
    ],
    overrides: [
      {
        method: 'onTranscriptionsMessageUpdate',
        event: 'TranscriptionsMessageUpdateEvent',
        body: ['text[0] = event.getData().getContent();'],
      },
      {
        method: 'onTranscriptionsMessageCompleted',
        event: 'TranscriptionsMessageCompletedEvent',
        body: ['System.out.println(text[0]);', 'done.countDown();'],
      },
    ],
    send: [
      'client.transcriptionsUpdate(',
      '    TranscriptionsUpdateEventData.builder()',
      '        .inputAudio(',
      '            InputAudio.builder()',
      '                .format("pcm")',
      '                .codec("pcm")',
      '                .sampleRate(24000)',
      '                .channel(1)',
      '                .bitDepth(16)',
      '                .build())',
      '        .build());',
      'for (int at = 0; at < pcm.length; at += 9600) {',
      '  // Raw bytes: coze-java base64-encodes the delta itself.',
      '  client.inputAudioBufferAppend(Arrays.copyOfRange(pcm, at, Math.min(at + 9600, pcm.length)));',
      '}',
      'client.inputAudioBufferComplete();',
    ],
  },
};

const indent = (lines: readonly string[], by: string) => lines.map((line) => (line ? `${by}${line}` : line));

/**
 * The coze-java program of a WebSocket endpoint, or undefined for a path it does not know.
 * `base` is a Java expression: `Consts.COZE_CN_BASE_URL`, or the relay's URL as a string literal.
 * @example cozeJavaProgram({ path: '/v1/chat', base: 'Consts.COZE_CN_BASE_URL', query: { bot_id: '7351' } })
 */
export function cozeJavaProgram(target: {
  readonly path: string;
  readonly base: string;
  readonly query: Readonly<Record<string, string>>;
}): string | undefined {
  const session = SESSIONS[target.path];
  if (!session) return undefined;
  const { client, handler, req, pkg } = session.classes;
  const imports = [
    ...session.imports,
    `${DOWN}.ErrorEvent`,
    `${J}.service.auth.TokenAuth`,
    `${J}.service.service.CozeAPI`,
    `${WS}.${pkg}.${client}`,
    `${WS}.${pkg}.${handler}`,
    `${WS}.${pkg}.${req}`,
    'java.util.concurrent.CountDownLatch',
    ...(target.base.startsWith('Consts.') ? [`${J}.service.config.Consts`] : []),
  ].sort();
  const override = (method: string, event: string, body: readonly string[]) => [
    '@Override',
    `public void ${method}(${client} client, ${event} event) {`,
    ...indent(body, '  '),
    '}',
  ];
  const overrides = [
    ...session.overrides.flatMap(({ method, event, body }) => [...override(method, event, body), '']),
    ...override('onError', 'ErrorEvent', ['System.err.println("error: " + event.getData());', 'done.countDown();']),
    '',
    '@Override',
    `public void onFailure(${client} client, Throwable failure) {`,
    '  System.err.println("connection failed: " + failure);',
    '  done.countDown();',
    '}',
  ];
  const main = [
    'CozeAPI coze =',
    '    new CozeAPI.Builder()',
    `        .baseURL(${target.base})`,
    '        .auth(new TokenAuth(System.getenv("COZE_API_TOKEN")))',
    '        .build();',
    ...session.state,
    '// coze-java clients have no wait(): the handler counts this down at the last event.',
    'CountDownLatch done = new CountDownLatch(1);',
    `${client} client =`,
    '    coze.websockets()',
    `        .${session.accessors}`,
    '        .create(',
    `            ${req}.builder()`,
    ...session.setters(target.query).map((setter) => `                ${setter}`),
    '                .callbackHandler(',
    `                    new ${handler}() {`,
    ...indent(overrides, '                      '),
    '                    })',
    '                .build());',
    ...session.send,
    'done.await();',
    'client.close();',
    'coze.shutdownExecutor();',
  ];
  return [
    '// coze-java: com.coze:coze-api (Maven Central)',
    ...imports.map((name) => `import ${name};`),
    '',
    'public class Main {',
    '  public static void main(String[] args) throws Exception {',
    ...indent(main, '    '),
    '  }',
    '}',
  ].join('\n');
}
