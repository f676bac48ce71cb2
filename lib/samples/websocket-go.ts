// coze-go programs for Coze's WebSocket endpoints: the client's WebSockets builders, a handler
// registered per event, then the session's events sent and waited for. Written gofmt-formatted;
// the token is read from COZE_API_TOKEN, never written. coze-go sets the WebSocket URL's path to
// the endpoint's own (`u.Path = path` in websocket_client.go), so it reaches Coze's hosts but not
// the playground's sandbox under /api/relay/sandbox: these programs are written for cn and com.

const go = (value: string) => JSON.stringify(value);

interface GoSession {
  /** The client and its Create call's request literal. */
  readonly create: (query: Readonly<Record<string, string>>) => string;
  /** The client variable's type, for the handlers' `cli` parameter. */
  readonly client: string;
  /** Statements before Connect (indented by one tab): state and handlers. */
  readonly handlers: string;
  /** Statements after Connect (one tab), before Wait. */
  readonly send: string;
  /** Standard-library imports besides context, fmt, log and os. */
  readonly imports?: readonly string[];
}

/** One handler registration: `name` on the client, with the event type and body (two tabs). */
const on = (client: string, name: string, event: string, body: string) =>
  `\tsession.On${name}(func(ctx context.Context, cli *coze.${client}, event *coze.${event}) error {
${body}
\t\treturn nil
\t})`;

const check = (call: string) => `\tif err := ${call}; err != nil {
\t\tlog.Fatal(err)
\t}`;

const SESSIONS: Readonly<Record<string, GoSession>> = {
  '/v1/chat': {
    client: 'WebSocketChat',
    create: (query) =>
      `client.WebSockets.Chat.Create(ctx, &coze.CreateWebsocketChatReq{BotID: ptr(${go(query['bot_id'] ?? '')})})`,
    handlers: [
      '\taudioBytes := 0',
      on(
        'WebSocketChat',
        'ConversationMessageDelta',
        'WebSocketConversationMessageDeltaEvent',
        '\t\tfmt.Print(event.Data.Content)',
      ),
      on(
        'WebSocketChat',
        'ConversationAudioDelta',
        'WebSocketConversationAudioDeltaEvent',
        '\t\taudioBytes += len(event.Data.Content) // coze-go has decoded the base64 already',
      ),
      on(
        'WebSocketChat',
        'ConversationChatCompleted',
        'WebSocketConversationChatCompletedEvent',
        '\t\tfmt.Printf("\\n[%d bytes of audio; %d tokens]\\n", audioBytes, event.Data.Usage.TokenCount)',
      ),
      on('WebSocketChat', 'Error', 'WebSocketErrorEvent', '\t\tlog.Printf("error: %v", event.Data)'),
    ].join('\n'),
    send: [
      check(
        'session.ChatUpdate(&coze.WebSocketChatUpdateEventData{ChatConfig: &coze.WebSocketChatConfig{UserID: ptr("sample-user")}})',
      ),
      check(`session.ConversationMessageCreate(&coze.WebSocketConversationMessageCreateEventData{
\t\tRole:        coze.MessageRoleUser,
\t\tContentType: coze.MessageContentTypeText,
\t\tContent:     "Hello! What can you do?",
\t})`),
    ].join('\n'),
  },
  '/v1/audio/speech': {
    client: 'WebSocketAudioSpeech',
    create: () => 'client.WebSockets.Audio.Speech.Create(ctx, &coze.CreateWebsocketAudioSpeechReq{})',
    handlers: [
      '\tvar pcm []byte',
      on(
        'WebSocketAudioSpeech',
        'SpeechAudioUpdate',
        'WebSocketSpeechAudioUpdateEvent',
        '\t\tpcm = append(pcm, event.Data.Delta...) // coze-go has decoded the base64 already',
      ),
      on(
        'WebSocketAudioSpeech',
        'SpeechAudioCompleted',
        'WebSocketSpeechAudioCompletedEvent',
        `\t\tif err := os.WriteFile("speech.pcm", pcm, 0o644); err != nil {
\t\t\treturn err
\t\t}
\t\tfmt.Printf("wrote %d bytes of 24 kHz 16-bit mono PCM to speech.pcm\\n", len(pcm))`,
      ),
      on('WebSocketAudioSpeech', 'Error', 'WebSocketErrorEvent', '\t\tlog.Printf("error: %v", event.Data)'),
    ].join('\n'),
    send: [
      check(`session.SpeechUpdate(&coze.WebSocketSpeechUpdateEventData{OutputAudio: &coze.WebSocketOutputAudio{
\t\tCodec:     ptr("pcm"),
\t\tPCMConfig: &coze.WebSocketPCMConfig{SampleRate: ptr(24000)},
\t}})`),
      check(
        'session.InputTextBufferAppend(&coze.WebSocketInputTextBufferAppendEventData{Delta: "Hello from the Coze API playground."})',
      ),
      check('session.InputTextBufferComplete(nil)'),
    ].join('\n'),
  },
  '/v1/audio/transcriptions': {
    client: 'WebSocketAudioTranscription',
    create: () => 'client.WebSockets.Audio.Transcriptions.Create(ctx, &coze.CreateWebsocketAudioTranscriptionReq{})',
    handlers: [
      `\t// 24 kHz 16-bit mono PCM, e.g. what the speech sample wrote.
\tpcm, err := os.ReadFile("speech.pcm")
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\ttext := ""`,
      on(
        'WebSocketAudioTranscription',
        'TranscriptionsMessageUpdate',
        'WebSocketTranscriptionsMessageUpdateEvent',
        '\t\ttext = event.Data.Content',
      ),
      on(
        'WebSocketAudioTranscription',
        'TranscriptionsMessageCompleted',
        'WebSocketTranscriptionsMessageCompletedEvent',
        '\t\tfmt.Println(text)',
      ),
      on('WebSocketAudioTranscription', 'Error', 'WebSocketErrorEvent', '\t\tlog.Printf("error: %v", event.Data)'),
    ].join('\n'),
    send: [
      check(`session.TranscriptionsUpdate(&coze.WebSocketTranscriptionsUpdateEventData{InputAudio: &coze.WebSocketInputAudio{
\t\tFormat:     ptr("pcm"),
\t\tCodec:      ptr("pcm"),
\t\tSampleRate: ptr(24000),
\t\tChannel:    ptr(1),
\t\tBitDepth:   ptr(16),
\t}})`),
      `\tfor at := 0; at < len(pcm); at += 9600 {
\t\tend := at + 9600
\t\tif end > len(pcm) {
\t\t\tend = len(pcm)
\t\t}
\t\tchunk := pcm[at:end]
\t\t// Raw bytes: coze-go base64-encodes the delta itself.
\t\tif err := session.InputAudioBufferAppend(&coze.WebSocketInputAudioBufferAppendEventData{Delta: chunk}); err != nil {
\t\t\tlog.Fatal(err)
\t\t}
\t}`,
      check('session.InputAudioBufferComplete(nil)'),
    ].join('\n'),
  },
};

/**
 * The coze-go program of a WebSocket endpoint for one of Coze's hosts, or undefined for a path it
 * does not know.
 * @example cozeGoProgram({ path: '/v1/chat', region: 'cn', query: { bot_id: '7351' } })
 */
export function cozeGoProgram(target: {
  readonly path: string;
  readonly region: 'cn' | 'com';
  readonly query: Readonly<Record<string, string>>;
}): string | undefined {
  const session = SESSIONS[target.path];
  if (!session) return undefined;
  const base = target.region === 'cn' ? 'coze.CnBaseURL' : 'coze.ComBaseURL';
  return `// go get github.com/coze-dev/coze-go
package main

import (
\t"context"
\t"fmt"
\t"log"
\t"os"

\t"github.com/coze-dev/coze-go"
)

func ptr[T any](value T) *T { return &value }

func main() {
\tctx := context.Background()
\tclient := coze.NewCozeAPI(coze.NewTokenAuth(os.Getenv("COZE_API_TOKEN")), coze.WithBaseURL(${base}))
\tsession := ${session.create(target.query)}
${session.handlers}
${check('session.Connect()')}
\tdefer session.Close()
${session.send}
${check('session.Wait()')}
}`;
}
