import type { RequestSide } from '../../catalog/types';
import type { Region } from '../request-model';
import { cozeGoProgram } from './websocket-go';
import { cozeJavaProgram } from './websocket-java';
import { cozepyProgram, rawPythonProgram } from './websocket-python';

// Sample programs for Coze's WebSocket endpoints: the official Node SDK's websockets clients, a
// raw `ws` program, cozepy's async clients, a raw Python `websockets` program, coze-go's and
// coze-java's clients, each a whole session (configure, send, read every event to the end). Written from the
// endpoint's example; the token is read from COZE_API_TOKEN, never written.

/** Where a WebSocket sample connects: the playground's relay (sandbox) or Coze's own host. */
export interface WebsocketSampleInput {
  readonly endpoint: RequestSide;
  readonly region: Region;
  /** The playground's origin, e.g. `https://playground.example`, for the sandbox. */
  readonly origin: string;
  /** Handshake query values; the endpoint's example when left out. */
  readonly query?: Readonly<Record<string, string>>;
}

/** One WebSocket sample program. */
export interface WebsocketSample {
  readonly id: 'node-sdk' | 'node-ws' | 'python-cozepy' | 'python-ws' | 'go-sdk' | 'java-sdk';
  readonly label: string;
  /** The language the code is highlighted as. */
  readonly language: 'javascript' | 'python' | 'go' | 'java';
  /** File name to save it as (ES modules for Node). */
  readonly file: string;
  readonly code: string;
}

const COZE_WS = { cn: 'wss://ws.coze.cn', com: 'wss://ws.coze.com' } as const;
const COZE_HTTP = { cn: 'https://api.coze.cn', com: 'https://api.coze.com' } as const;

/** The WebSocket base URL of a region: the relay's for the sandbox, Coze's host otherwise. */
export function websocketBase(region: Region, origin: string): string {
  if (region !== 'sandbox') return COZE_WS[region];
  return `${origin.replace(/\/+$/, '').replace(/^http/, 'ws')}/api/relay/sandbox`;
}

function httpBase(region: Region, origin: string): string {
  return region === 'sandbox' ? `${origin.replace(/\/+$/, '')}/api/relay/sandbox` : COZE_HTTP[region];
}

/** coze-java's base: the region's constant, or the relay's URL (coze-java keeps its path for WebSockets). */
function javaBase(region: Region, origin: string): string {
  if (region === 'sandbox') return JSON.stringify(httpBase(region, origin));
  return region === 'cn' ? 'Consts.COZE_CN_BASE_URL' : 'Consts.COZE_COM_BASE_URL';
}

function queryOf(input: WebsocketSampleInput): Record<string, string> {
  const example = Object.entries(input.endpoint.example.query ?? {}).map(([k, v]) => [k, String(v)] as const);
  return Object.fromEntries(
    Object.entries(input.query ?? Object.fromEntries(example)).filter(([k, v]) => v && k !== 'authorization'),
  );
}

/** What a session of each endpoint sends, and when it is over. */
interface Session {
  /** The @coze/api resource: `chat`, `audio.speech` or `audio.transcriptions`. */
  readonly resource: string;
  /** JavaScript statements run once the socket is open; `send(event_type, data?)` is in scope. */
  readonly start: string;
  /** JavaScript statements run for each event `event` (parsed), with `done()` in scope. */
  readonly onEvent: string;
  /** Imports the program needs besides the client. */
  readonly imports: string;
}

const SESSIONS: Readonly<Record<string, Session>> = {
  '/v1/chat': {
    resource: 'chat',
    imports: '',
    start: `send('chat.update', { chat_config: { user_id: 'sample-user' } });
  send('conversation.message.create', { role: 'user', content_type: 'text', content: 'Hello! What can you do?' });`,
    onEvent: `if (event.event_type === 'conversation.message.delta') process.stdout.write(event.data.content);
  if (event.event_type === 'conversation.audio.delta') audioBytes += Buffer.from(event.data.content, 'base64').length;
  if (event.event_type === 'conversation.chat.completed') {
    console.log(\`\\n[\${audioBytes} bytes of audio; \${event.data.usage?.token_count} tokens]\`);
    done();
  }`,
  },
  '/v1/audio/speech': {
    resource: 'audio.speech',
    imports: `import { writeFile } from 'node:fs/promises';\n`,
    start: `send('speech.update', { output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } } });
  send('input_text_buffer.append', { delta: 'Hello from the Coze API playground.' });
  send('input_text_buffer.complete');`,
    onEvent: `if (event.event_type === 'speech.audio.update') chunks.push(Buffer.from(event.data.delta, 'base64'));
  if (event.event_type === 'speech.audio.completed') {
    const pcm = Buffer.concat(chunks);
    await writeFile('speech.pcm', pcm);
    console.log(\`wrote \${pcm.length} bytes of 24 kHz 16-bit mono PCM to speech.pcm\`);
    done();
  }`,
  },
  '/v1/audio/transcriptions': {
    resource: 'audio.transcriptions',
    imports: `import { readFile } from 'node:fs/promises';\n`,
    start: `// 24 kHz 16-bit mono PCM, e.g. what the speech sample wrote.
  const pcm = await readFile(process.argv[2] ?? 'speech.pcm');
  send('transcriptions.update', { input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 } });
  for (let at = 0; at < pcm.length; at += 9600) send('input_audio_buffer.append', { delta: pcm.subarray(at, at + 9600).toString('base64') });
  send('input_audio_buffer.complete');`,
    onEvent: `if (event.event_type === 'transcriptions.message.update') text = event.data.content;
  if (event.event_type === 'transcriptions.message.completed') {
    console.log(event.data?.content ?? text);
    done();
  }`,
  },
  '/v1/audio/simult_interpretation': {
    resource: 'audio.simultInterpretation',
    imports: `import { readFile, writeFile } from 'node:fs/promises';\n`,
    start: `// 24 kHz 16-bit mono PCM of English speech, e.g. what the speech sample wrote.
  const pcm = await readFile(process.argv[2] ?? 'speech.pcm');
  send('simult_interpretation.update', {
    input_audio: { format: 'pcm', codec: 'pcm', sample_rate: 24000, channel: 1, bit_depth: 16 },
    output_audio: { codec: 'pcm', pcm_config: { sample_rate: 24000 } },
    translate_config: { from: 'en', to: 'zh' },
  });
  for (let at = 0; at < pcm.length; at += 9600) send('input_audio_buffer.append', { delta: pcm.subarray(at, at + 9600).toString('base64') });
  send('input_audio_buffer.complete');`,
    onEvent: `if (event.event_type === 'simult_interpretation.transcription.delta') text += event.data.delta;
  if (event.event_type === 'simult_interpretation.translation.delta') translation += event.data.delta;
  if (event.event_type === 'simult_interpretation.audio.delta') chunks.push(Buffer.from(event.data.delta, 'base64'));
  if (event.event_type === 'simult_interpretation.message.completed') {
    const audio = Buffer.concat(chunks);
    await writeFile('interpretation.pcm', audio);
    console.log(text);
    console.log(translation);
    console.log(\`wrote \${audio.length} bytes of the spoken translation to interpretation.pcm\`);
    done();
  }`,
  },
};

const ERROR_HANDLING = `if (event.event_type === 'error') {
    console.error('error', event.data);
    process.exitCode = 1;
    done();
  }`;

function sdkProgram(input: WebsocketSampleInput, session: Session): string {
  const query = queryOf(input);
  const args = Object.keys(query).length ? JSON.stringify(query) : input.endpoint.path === '/v1/chat' ? '{}' : '';
  return `import { CozeAPI } from '@coze/api';
${session.imports}
const client = new CozeAPI({
  token: process.env.COZE_API_TOKEN,
  baseURL: '${httpBase(input.region, input.origin)}',
  baseWsURL: '${websocketBase(input.region, input.origin)}',
});

const ws = await client.websockets.${session.resource}.create(${args});
const chunks = [];
let audioBytes = 0;
let text = '';
let translation = '';
const send = (event_type, data) => ws.send({ id: crypto.randomUUID(), event_type, ...(data && { data }) });
const done = () => ws.close();

ws.onopen = async () => {
  ${session.start}
};
ws.onmessage = async (event) => {
  ${ERROR_HANDLING}
  ${session.onEvent}
};
ws.onerror = (error) => {
  console.error('connection failed', error.data);
  process.exitCode = 1;
  ws.close();
};
`;
}

function rawProgram(input: WebsocketSampleInput, session: Session): string {
  const query = new URLSearchParams(queryOf(input)).toString();
  const url = `${websocketBase(input.region, input.origin)}${input.endpoint.path}${query ? `?${query}` : ''}`;
  return `// npm install ws   (Node's built-in WebSocket cannot set the Authorization header)
import WebSocket from 'ws';
${session.imports}
const ws = new WebSocket('${url}', {
  headers: { Authorization: \`Bearer \${process.env.COZE_API_TOKEN}\` },
});
const chunks = [];
let audioBytes = 0;
let text = '';
let translation = '';
const send = (event_type, data) => ws.send(JSON.stringify({ id: crypto.randomUUID(), event_type, ...(data && { data }) }));
const done = () => ws.close(1000);

ws.on('open', async () => {
  ${session.start}
});
ws.on('message', async (raw) => {
  const event = JSON.parse(raw.toString());
  ${ERROR_HANDLING}
  ${session.onEvent}
});
ws.on('unexpected-response', (_request, response) => {
  console.error('handshake refused:', response.statusCode);
  process.exitCode = 1;
});
ws.on('error', (error) => {
  console.error(error.message);
  process.exitCode = 1;
});
`;
}

/**
 * The sample programs of a WebSocket endpoint: @coze/api's websockets client, a raw `ws` program,
 * cozepy, a raw Python `websockets` program, coze-go (for Coze's hosts only: coze-go drops a base
 * URL's path, so it cannot reach the sandbox's relay) and coze-java (which keeps it), or none for a
 * path the samples do not know.
 * @example websocketSamples({ endpoint: wsChat, region: 'sandbox', origin: 'http://127.0.0.1:8787' })
 */
export function websocketSamples(input: WebsocketSampleInput): WebsocketSample[] {
  const session = SESSIONS[input.endpoint.path];
  if (!session || input.endpoint.responseKind !== 'websocket') return [];
  const name = input.endpoint.path.split('/').pop();
  const query = queryOf(input);
  const search = new URLSearchParams(query).toString();
  const python = {
    path: input.endpoint.path,
    httpBase: httpBase(input.region, input.origin),
    url: `${websocketBase(input.region, input.origin)}${input.endpoint.path}${search ? `?${search}` : ''}`,
    query,
  };
  // An SDK's program only where the catalog says the SDK has the call (simultaneous interpretation is @coze/api's alone).
  const has = (sdk: 'python' | 'go' | 'java') => input.endpoint.sdks.includes(sdk);
  const go =
    input.region === 'sandbox' || !has('go')
      ? undefined
      : cozeGoProgram({ path: input.endpoint.path, region: input.region, query });
  const samples: (WebsocketSample | undefined)[] = [
    {
      id: 'node-sdk',
      label: 'Node.js (@coze/api websockets)',
      language: 'javascript',
      file: `${name}-sdk.mjs`,
      code: sdkProgram(input, session),
    },
    {
      id: 'node-ws',
      label: 'Node.js (raw ws)',
      language: 'javascript',
      file: `${name}-ws.mjs`,
      code: rawProgram(input, session),
    },
    withCode(
      { id: 'python-cozepy', label: 'Python (cozepy)', language: 'python', file: `${name}_cozepy.py` },
      has('python') ? cozepyProgram(python) : undefined,
    ),
    withCode(
      { id: 'python-ws', label: 'Python (raw websockets)', language: 'python', file: `${name}_ws.py` },
      rawPythonProgram(python),
    ),
    withCode({ id: 'go-sdk', label: 'Go (coze-go)', language: 'go', file: `${name}.go` }, go),
    withCode(
      { id: 'java-sdk', label: 'Java (coze-java)', language: 'java', file: 'Main.java' },
      has('java')
        ? cozeJavaProgram({ path: input.endpoint.path, base: javaBase(input.region, input.origin), query })
        : undefined,
    ),
  ];
  return samples.filter((sample) => sample !== undefined);
}

function withCode(sample: Omit<WebsocketSample, 'code'>, code: string | undefined): WebsocketSample | undefined {
  return code === undefined ? undefined : { ...sample, code };
}
