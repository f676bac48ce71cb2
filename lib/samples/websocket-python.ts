// Python programs for Coze's WebSocket endpoints: cozepy's async websockets clients and a raw
// program on the `websockets` package that sends the token on the handshake's Authorization
// header. Each is a whole session, the same one the Node programs run; the token is read from
// COZE_API_TOKEN, never written.

/** What a Python sample needs to know of where it connects. */
export interface PythonTarget {
  /** The Coze path, e.g. `/v1/chat`. */
  readonly path: string;
  /** cozepy's HTTP base URL (cozepy turns https://api.coze.cn into wss://ws.coze.cn itself). */
  readonly httpBase: string;
  /** The WebSocket URL the raw program opens, query included. */
  readonly url: string;
  /** The handshake query (bot_id for the chat). */
  readonly query: Readonly<Record<string, string>>;
}

const py = (value: string) => JSON.stringify(value);

/** cozepy's base constants, so a sample for Coze's own hosts names them rather than a URL. */
function baseExpression(httpBase: string): { readonly expr: string; readonly imports: string[] } {
  if (httpBase === 'https://api.coze.cn') return { expr: 'COZE_CN_BASE_URL', imports: ['COZE_CN_BASE_URL'] };
  if (httpBase === 'https://api.coze.com') return { expr: 'COZE_COM_BASE_URL', imports: ['COZE_COM_BASE_URL'] };
  return { expr: py(httpBase), imports: [] };
}

interface CozepySession {
  /** Names imported from cozepy besides the client and base URL. */
  readonly imports: readonly string[];
  /** The handler class: its base and its body (methods indented by four spaces). */
  readonly handler: { readonly base: string; readonly body: string };
  /** `coze.websockets.<resource>.create(...)` arguments besides on_event. */
  readonly create: (query: Readonly<Record<string, string>>) => { resource: string; args: string };
  /** Statements inside `async with ... as client:` (indented by eight spaces), before `await client.wait()`. */
  readonly send: string;
  readonly prelude?: string;
}

const COZEPY: Readonly<Record<string, CozepySession>> = {
  '/v1/chat': {
    imports: [
      'AsyncWebsocketsChatClient',
      'AsyncWebsocketsChatEventHandler',
      'ChatUpdateEvent',
      'ConversationAudioDeltaEvent',
      'ConversationChatCompletedEvent',
      'ConversationMessageCreateEvent',
      'ConversationMessageDeltaEvent',
    ],
    handler: {
      base: 'AsyncWebsocketsChatEventHandler',
      body: `    audio_bytes = 0

    async def on_conversation_message_delta(
        self, cli: AsyncWebsocketsChatClient, event: ConversationMessageDeltaEvent
    ):
        print(event.data.content, end="", flush=True)

    async def on_conversation_audio_delta(self, cli: AsyncWebsocketsChatClient, event: ConversationAudioDeltaEvent):
        self.audio_bytes += len(event.data.get_audio())

    async def on_conversation_chat_completed(
        self, cli: AsyncWebsocketsChatClient, event: ConversationChatCompletedEvent
    ):
        print(f"\\n[{self.audio_bytes} bytes of audio; {event.data.usage.token_count} tokens]")

    async def on_error(self, cli: AsyncWebsocketsChatClient, e: Exception):
        print("error:", e)`,
    },
    create: (query) => ({
      resource: 'chat',
      args: [
        `bot_id=${py(query['bot_id'] ?? '')}`,
        ...(query['device_id'] ? [`device_id=${Number(query['device_id'])}`] : []),
      ].join(', '),
    }),
    send: `        await client.chat_update(ChatUpdateEvent.Data.model_validate({"chat_config": {"user_id": "sample-user"}}))
        await client.conversation_message_create(
            ConversationMessageCreateEvent.Data.model_validate(
                {"role": "user", "content_type": "text", "content": "Hello! What can you do?"}
            )
        )`,
  },
  '/v1/audio/speech': {
    imports: [
      'AsyncWebsocketsAudioSpeechClient',
      'AsyncWebsocketsAudioSpeechEventHandler',
      'InputTextBufferAppendEvent',
      'SpeechAudioCompletedEvent',
      'SpeechAudioUpdateEvent',
      'SpeechUpdateEvent',
    ],
    handler: {
      base: 'AsyncWebsocketsAudioSpeechEventHandler',
      body: `    pcm = bytearray()

    async def on_speech_audio_update(self, cli: AsyncWebsocketsAudioSpeechClient, event: SpeechAudioUpdateEvent):
        self.pcm.extend(event.data.delta)  # cozepy has decoded the base64 already

    async def on_speech_audio_completed(
        self, cli: AsyncWebsocketsAudioSpeechClient, event: SpeechAudioCompletedEvent
    ):
        with open("speech.pcm", "wb") as file:
            file.write(self.pcm)
        print(f"wrote {len(self.pcm)} bytes of 24 kHz 16-bit mono PCM to speech.pcm")

    async def on_error(self, cli: AsyncWebsocketsAudioSpeechClient, e: Exception):
        print("error:", e)`,
    },
    create: () => ({ resource: 'audio.speech', args: '' }),
    send: `        # speech_update takes the whole event, not only its data.
        await client.speech_update(
            SpeechUpdateEvent.model_validate(
                {"data": {"output_audio": {"codec": "pcm", "pcm_config": {"sample_rate": 24000}}}}
            )
        )
        await client.input_text_buffer_append(
            InputTextBufferAppendEvent.Data.model_validate({"delta": "Hello from the Coze API playground."})
        )
        await client.input_text_buffer_complete()`,
  },
  '/v1/audio/transcriptions': {
    imports: [
      'AsyncWebsocketsAudioTranscriptionsClient',
      'AsyncWebsocketsAudioTranscriptionsEventHandler',
      'InputAudioBufferAppendEvent',
      'TranscriptionsMessageCompletedEvent',
      'TranscriptionsMessageUpdateEvent',
      'TranscriptionsUpdateEvent',
    ],
    handler: {
      base: 'AsyncWebsocketsAudioTranscriptionsEventHandler',
      body: `    text = ""

    async def on_transcriptions_message_update(
        self, cli: AsyncWebsocketsAudioTranscriptionsClient, event: TranscriptionsMessageUpdateEvent
    ):
        self.text = event.data.content

    async def on_transcriptions_message_completed(
        self, cli: AsyncWebsocketsAudioTranscriptionsClient, event: TranscriptionsMessageCompletedEvent
    ):
        print(self.text)

    async def on_error(self, cli: AsyncWebsocketsAudioTranscriptionsClient, e: Exception):
        print("error:", e)`,
    },
    create: () => ({ resource: 'audio.transcriptions', args: '' }),
    prelude: `    # 24 kHz 16-bit mono PCM, e.g. what the speech sample wrote.
    with open(sys.argv[1] if len(sys.argv) > 1 else "speech.pcm", "rb") as file:
        pcm = file.read()
`,
    send: `        await client.transcriptions_update(
            TranscriptionsUpdateEvent.Data.model_validate(
                {"input_audio": {"format": "pcm", "codec": "pcm", "sample_rate": 24000, "channel": 1, "bit_depth": 16}}
            )
        )
        for at in range(0, len(pcm), 9600):
            # Raw bytes: cozepy base64-encodes the delta itself.
            await client.input_audio_buffer_append(InputAudioBufferAppendEvent.Data.model_validate({"delta": pcm[at : at + 9600]}))
        await client.input_audio_buffer_complete()`,
  },
};

/** The cozepy program of a WebSocket endpoint, or undefined for a path it does not know. */
export function cozepyProgram(target: PythonTarget): string | undefined {
  const session = COZEPY[target.path];
  if (!session) return undefined;
  const base = baseExpression(target.httpBase);
  const imports = [...base.imports, 'AsyncCoze', 'AsyncTokenAuth', ...session.imports].sort(
    (a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || a.localeCompare(b),
  );
  const { resource, args } = session.create(target.query);
  const stdlib = session.prelude ? 'import asyncio\nimport os\nimport sys\n' : 'import asyncio\nimport os\n';
  return `# pip install cozepy
${stdlib}
from cozepy import (
${imports.map((name) => `    ${name},`).join('\n')}
)


class Handler(${session.handler.base}):
${session.handler.body}


async def main():
${session.prelude ?? ''}    coze = AsyncCoze(auth=AsyncTokenAuth(os.environ["COZE_API_TOKEN"]), base_url=${base.expr})
    session = coze.websockets.${resource}.create(${args ? `${args}, ` : ''}on_event=Handler())
    async with session() as client:
${session.send}
        await client.wait()


asyncio.run(main())
`;
}

/** What the raw program sends once open and how it reads each event, per path. */
const RAW: Readonly<Record<string, { readonly start: string; readonly onEvent: string; readonly prelude?: string }>> = {
  '/v1/chat': {
    start: `        await send(ws, "chat.update", {"chat_config": {"user_id": "sample-user"}})
        await send(
            ws,
            "conversation.message.create",
            {"role": "user", "content_type": "text", "content": "Hello! What can you do?"},
        )
        audio_bytes = 0`,
    onEvent: `            if event["event_type"] == "conversation.message.delta":
                print(event["data"]["content"], end="", flush=True)
            elif event["event_type"] == "conversation.audio.delta":
                audio_bytes += len(base64.b64decode(event["data"]["content"]))
            elif event["event_type"] == "conversation.chat.completed":
                print(f"\\n[{audio_bytes} bytes of audio; {event['data']['usage']['token_count']} tokens]")
                break`,
  },
  '/v1/audio/speech': {
    start: `        await send(ws, "speech.update", {"output_audio": {"codec": "pcm", "pcm_config": {"sample_rate": 24000}}})
        await send(ws, "input_text_buffer.append", {"delta": "Hello from the Coze API playground."})
        await send(ws, "input_text_buffer.complete")
        pcm = bytearray()`,
    onEvent: `            if event["event_type"] == "speech.audio.update":
                pcm.extend(base64.b64decode(event["data"]["delta"]))
            elif event["event_type"] == "speech.audio.completed":
                with open("speech.pcm", "wb") as file:
                    file.write(pcm)
                print(f"wrote {len(pcm)} bytes of 24 kHz 16-bit mono PCM to speech.pcm")
                break`,
  },
  '/v1/audio/transcriptions': {
    prelude: `    # 24 kHz 16-bit mono PCM, e.g. what the speech sample wrote.
    with open(sys.argv[1] if len(sys.argv) > 1 else "speech.pcm", "rb") as file:
        pcm = file.read()
`,
    start: `        await send(
            ws,
            "transcriptions.update",
            {"input_audio": {"format": "pcm", "codec": "pcm", "sample_rate": 24000, "channel": 1, "bit_depth": 16}},
        )
        for at in range(0, len(pcm), 9600):
            await send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(pcm[at : at + 9600]).decode()})
        await send(ws, "input_audio_buffer.complete")
        text = ""`,
    onEvent: `            if event["event_type"] == "transcriptions.message.update":
                text = event["data"]["content"]
            elif event["event_type"] == "transcriptions.message.completed":
                print(text)
                break`,
  },
  '/v1/audio/simult_interpretation': {
    prelude: `    # 24 kHz 16-bit mono PCM of English speech, e.g. what the speech sample wrote.
    with open(sys.argv[1] if len(sys.argv) > 1 else "speech.pcm", "rb") as file:
        pcm = file.read()
`,
    start: `        await send(
            ws,
            "simult_interpretation.update",
            {
                "input_audio": {"format": "pcm", "codec": "pcm", "sample_rate": 24000, "channel": 1, "bit_depth": 16},
                "output_audio": {"codec": "pcm", "pcm_config": {"sample_rate": 24000}},
                "translate_config": {"from": "en", "to": "zh"},
            },
        )
        for at in range(0, len(pcm), 9600):
            await send(ws, "input_audio_buffer.append", {"delta": base64.b64encode(pcm[at : at + 9600]).decode()})
        await send(ws, "input_audio_buffer.complete")
        text, translation, audio = "", "", bytearray()`,
    onEvent: `            if event["event_type"] == "simult_interpretation.transcription.delta":
                text += event["data"]["delta"]
            elif event["event_type"] == "simult_interpretation.translation.delta":
                translation += event["data"]["delta"]
            elif event["event_type"] == "simult_interpretation.audio.delta":
                audio.extend(base64.b64decode(event["data"]["delta"]))
            elif event["event_type"] == "simult_interpretation.message.completed":
                with open("interpretation.pcm", "wb") as file:
                    file.write(audio)
                print(text)
                print(translation)
                print(f"wrote {len(audio)} bytes of the spoken translation to interpretation.pcm")
                break`,
  },
};

/** The raw `websockets` program of a WebSocket endpoint, or undefined for a path it does not know. */
export function rawPythonProgram(target: PythonTarget): string | undefined {
  const session = RAW[target.path];
  if (!session) return undefined;
  return `# pip install websockets   (14 or later: the Authorization header goes on the handshake)
import asyncio
import base64
import json
import os
import sys
import uuid

from websockets.asyncio.client import connect


async def send(ws, event_type, data=None):
    event = {"id": str(uuid.uuid4()), "event_type": event_type}
    if data is not None:
        event["data"] = data
    await ws.send(json.dumps(event))


async def main():
${session.prelude ?? ''}    headers = {"Authorization": f"Bearer {os.environ['COZE_API_TOKEN']}"}
    async with connect(${py(target.url)}, additional_headers=headers, max_size=None) as ws:
${session.start}
        async for message in ws:
            event = json.loads(message)
            if event["event_type"] == "error":
                print("error", event["data"], file=sys.stderr)
                sys.exit(1)
${session.onEvent}


asyncio.run(main())
`;
}
