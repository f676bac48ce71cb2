import { createSignal, For, lazy, onCleanup, Show } from 'solid-js';
import type { RequestSide } from '../../../catalog/types';
import type { Texts } from '../../../lib/i18n/lang';
import { REGIONS, type Region } from '../../../lib/request-model';
import { createConnection } from '../connection';
import { useTexts } from '../lang-context';
import { AudioOut } from './audio-out';
import { startMicrophone } from './microphone';
import { addFrame, emptyView, parseFrame, type SessionView } from './session-log';
import { exampleFrame, type UpstreamEvent } from './upstream-events';
import '../playground.css';
import './session.css';

// Its own chunk, as on the HTTP pages, so the two panels share no more code than they must.
const History = lazy(() => import('../History'));

const TEXTS: Texts<{
  regions: Record<Region, string>;
  needToken: string;
  closedHere: string;
  connectFirst: string;
  notJson: (message: string) => string;
  micPcmOnly: (codec: string) => string;
  micFailed: (message: string) => string;
  closedWith: (code: number, reason: string) => string;
  connection: string;
  region: string;
  token: string;
  tokenSandbox: string;
  tokenPlaceholder: string;
  tokenHow: [string, string, string];
  connect: string;
  disconnect: string;
  connected: string;
  connecting: string;
  notConnected: string;
  sendEvent: string;
  event: string;
  chooseEvent: string;
  draftLabel: string;
  send: string;
  micStop: string;
  micStart: string;
  micNote: [string, string];
  produced: string;
  transcript: string;
  answer: string;
  speaking: string;
  audio: string;
  figures: (firstAudio: string, firstText: string) => string;
  frames: string;
  notShown: (count: number) => string;
}> = {
  en: {
    regions: {
      sandbox: 'Sandbox (simulated, no token needed)',
      cn: 'ws.coze.cn (China)',
      com: 'ws.coze.com (international)',
    },
    needToken: 'Enter a token for this region (the sandbox needs none).',
    closedHere: 'Closed in the playground',
    connectFirst: 'Connect first.',
    notJson: (message) => `Not JSON: ${message}`,
    micPcmOnly: (codec) => `The microphone streams pcm; the session's input codec is ${codec}.`,
    micFailed: (message) => `The microphone could not start: ${message}`,
    closedWith: (code, reason) => `Closed with code ${code}${reason ? `: ${reason}` : ''}`,
    connection: 'Connection',
    region: 'Region',
    token: 'Token',
    tokenSandbox: 'Not needed in the sandbox',
    tokenPlaceholder: 'pat_… personal access token',
    tokenHow: [
      "Browsers cannot set headers on a WebSocket, so the token goes in the URL's ",
      " parameter to this playground's relay, which sends it to Coze as the ",
      ' header and never logs, stores or forwards it in a URL.',
    ],
    connect: 'Connect',
    disconnect: 'Disconnect',
    connected: 'Connected',
    connecting: 'Connecting…',
    notConnected: 'Not connected',
    sendEvent: 'Send an event',
    event: 'Event',
    chooseEvent: 'Choose an event to edit its example…',
    draftLabel: 'Event to send (JSON)',
    send: 'Send',
    micStop: 'Stop the microphone',
    micStart: 'Talk (microphone)',
    micNote: [
      'The microphone streams 16-bit PCM at the ',
      " of your last update event (24 kHz by default). In the sandbox, speech is recognised exactly only when it is the sandbox's own synthesized speech, which carries its text; anything else, your voice included, gets a stand-in transcript that says it is one.",
    ],
    produced: 'What the session produced',
    transcript: 'Transcript:',
    answer: 'Answer:',
    speaking: 'Speaking:',
    audio: 'Audio received and sent:',
    figures: (firstAudio, firstText) => `bytes · turn end → first audio ${firstAudio} · → first text ${firstText}`,
    frames: 'Frames',
    notShown: (count) => `, ${count} more not shown`,
  },
  zh: {
    regions: {
      sandbox: '沙箱（模拟数据，无需令牌）',
      cn: 'ws.coze.cn（中国）',
      com: 'ws.coze.com（国际）',
    },
    needToken: '请填写该区域的访问令牌（沙箱无需令牌）。',
    closedHere: '已在调试台中关闭',
    connectFirst: '请先连接。',
    notJson: (message) => `不是合法的 JSON：${message}`,
    micPcmOnly: (codec) => `麦克风只发送 pcm；当前会话的输入编码是 ${codec}。`,
    micFailed: (message) => `麦克风无法启动：${message}`,
    closedWith: (code, reason) => `连接已关闭，关闭码 ${code}${reason ? `：${reason}` : ''}`,
    connection: '连接',
    region: '区域',
    token: '访问令牌',
    tokenSandbox: '沙箱中无需令牌',
    tokenPlaceholder: 'pat_… 个人访问令牌',
    tokenHow: [
      '浏览器无法为 WebSocket 设置请求头，因此令牌放在 URL 的 ',
      ' 参数中发给本调试台的中转服务；中转服务以 ',
      ' 请求头转发给扣子，不会记录、存储令牌，也不会把它放进转发的 URL。',
    ],
    connect: '连接',
    disconnect: '断开',
    connected: '已连接',
    connecting: '正在连接…',
    notConnected: '未连接',
    sendEvent: '发送事件',
    event: '事件',
    chooseEvent: '选择一个事件以编辑其示例…',
    draftLabel: '要发送的事件（JSON）',
    send: '发送',
    micStop: '关闭麦克风',
    micStart: '说话（麦克风）',
    micNote: [
      '麦克风按你最近一次更新事件中的 ',
      ' 发送 16 位 PCM（默认 24 kHz）。在沙箱中，只有沙箱自己合成的语音（其中带有原文）能被准确识别；其他音频（包括你的声音）会得到一段注明为替代内容的识别结果。',
    ],
    produced: '会话产生的内容',
    transcript: '识别结果：',
    answer: '回答：',
    speaking: '正在播报：',
    audio: '收发音频：',
    figures: (firstAudio, firstText) => `字节 · 说完到首段音频 ${firstAudio} · 到首段文字 ${firstText}`,
    frames: '帧',
    notShown: (count) => `，另有 ${count} 帧未显示`,
  },
};

/** Milliseconds of microphone audio per input_audio_buffer.append. */
const MIC_CHUNK_MS = 100;

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields => (value && typeof value === 'object' ? (value as Fields) : {});

/**
 * A live session on one of Coze's WebSocket endpoints, through the playground's relay: connect with
 * the region and token (the token rides in the URL's `authorization` parameter, as browsers must
 * send it; the relay moves it to the handshake header), send any upstream event from its catalog
 * example, watch every frame both ways with its time offset, the assembled answer and transcript,
 * hear the audio as it arrives, and talk into the microphone (16-bit PCM at the session's rate).
 */
export default function SessionPanel(props: { endpoint: RequestSide; events: readonly UpstreamEvent[] }) {
  const t = useTexts(TEXTS);
  const connection = createConnection();
  const queryEntries = Object.keys(props.endpoint.params.query?.entries ?? {}).filter(
    (name) => name !== 'authorization',
  );
  const [query, setQuery] = createSignal<Record<string, string>>(
    Object.fromEntries(queryEntries.map((name) => [name, String(props.endpoint.example.query?.[name] ?? '')])),
  );
  const [status, setStatus] = createSignal<'closed' | 'connecting' | 'open'>('closed');
  const [closedWith, setClosedWith] = createSignal('');
  const [view, setView] = createSignal<SessionView>(emptyView());
  const [chosen, setChosen] = createSignal('');
  const [draft, setDraft] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const [micOn, setMicOn] = createSignal(false);
  const [refresh, setRefresh] = createSignal(0);
  const takesAudio = () => props.events.some((event) => event.name === 'input_audio_buffer.append');
  const audio = new AudioOut();
  // What the speaker was given: samples and their loudness (RMS), shown as attributes for tests.
  const [played, setPlayed] = createSignal({ samples: 0, squares: 0 });
  audio.onPlayed = (samples) =>
    setPlayed((before) => ({
      samples: before.samples + samples.length,
      squares: before.squares + samples.reduce((sum, sample) => sum + sample * sample, 0),
    }));
  let socket: WebSocket | undefined;
  let openedAt = 0;
  let mic: { stop(): void } | undefined;
  // The input settings the client last sent, which the microphone follows.
  const input = { sampleRate: 24000, codec: 'pcm', pushToTalk: true };

  const choose = (name: string) => {
    setChosen(name);
    const event = props.events.find((candidate) => candidate.name === name);
    if (event) setDraft(exampleFrame(event));
  };

  const record = (direction: 'sent' | 'received', text: string) =>
    setView((current) => addFrame(current, direction, Math.round(performance.now() - openedAt), text));

  function url(): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query())) if (value) params.set(name, value);
    const token = connection.runToken();
    if (token) params.set('authorization', `Bearer ${token}`);
    const origin = location.origin.replace(/^http/, 'ws');
    return `${origin}/api/relay/${connection.region()}${props.endpoint.path}?${params}`;
  }

  function connect() {
    if (!connection.runToken()) return setProblem(t.needToken);
    setProblem('');
    setClosedWith('');
    setView(emptyView());
    setPlayed({ samples: 0, squares: 0 });
    setStatus('connecting');
    openedAt = performance.now();
    const ws = new WebSocket(url());
    socket = ws;
    ws.onopen = () => setStatus('open');
    ws.onmessage = (message: MessageEvent) => {
      const text = typeof message.data === 'string' ? message.data : '';
      record('received', text);
      const frame = parseFrame(text);
      if (frame.audio !== undefined) audio.play(frame.audio, view().output.codec, view().output.sampleRate);
      // Coze's advice: drop queued audio when the user talks over the agent or the chat is canceled.
      if (frame.eventType === 'input_audio_buffer.speech_started' || frame.eventType === 'conversation.chat.canceled')
        audio.stop();
    };
    ws.onclose = (event) => {
      if (socket === ws) socket = undefined;
      stopMic(false);
      setStatus('closed');
      setClosedWith(t.closedWith(event.code, event.reason));
      setRefresh((n) => n + 1);
    };
  }

  function disconnect() {
    socket?.close(1000, t.closedHere);
  }

  function send(text: string): boolean {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      setProblem(t.connectFirst);
      return false;
    }
    let frame: Fields;
    try {
      frame = fieldsOf(JSON.parse(text));
    } catch (error) {
      setProblem(t.notJson((error as Error).message));
      return false;
    }
    setProblem('');
    const data = fieldsOf(frame['data']);
    if (
      frame['event_type'] === 'chat.update' ||
      frame['event_type'] === 'transcriptions.update' ||
      frame['event_type'] === 'simult_interpretation.update'
    ) {
      const audioIn = fieldsOf(data['input_audio']);
      if (typeof audioIn['sample_rate'] === 'number') input.sampleRate = audioIn['sample_rate'];
      if (typeof audioIn['codec'] === 'string') input.codec = audioIn['codec'];
      const turn = fieldsOf(data['turn_detection'])['type'];
      if (typeof turn === 'string') input.pushToTalk = turn === 'client_interrupt';
    }
    socket.send(text);
    record('sent', text);
    return true;
  }

  const sendEvent = (eventType: string, data?: Fields) =>
    send(JSON.stringify({ id: crypto.randomUUID(), event_type: eventType, ...(data ? { data } : {}) }));

  async function startMic() {
    if (input.codec !== 'pcm') return setProblem(t.micPcmOnly(input.codec));
    try {
      mic = await startMicrophone(input.sampleRate, MIC_CHUNK_MS, (delta) =>
        sendEvent('input_audio_buffer.append', { delta }),
      );
      setMicOn(true);
    } catch (error) {
      setProblem(t.micFailed((error as Error).message));
    }
  }

  function stopMic(endTurn: boolean) {
    if (!mic) return;
    mic.stop();
    mic = undefined;
    setMicOn(false);
    // In push-to-talk the turn ends when the button is released; with server_vad the server hears the pause.
    if (endTurn && (input.pushToTalk || props.endpoint.path !== '/v1/chat')) sendEvent('input_audio_buffer.complete');
  }

  onCleanup(() => {
    stopMic(false);
    socket?.close(1000);
    audio.close();
  });

  const figure = (ms: number | undefined) => (ms === undefined ? '–' : `${ms} ms`);

  return (
    <div class="pg rt-panel" data-testid="session-panel" data-status={status()}>
      <fieldset class="pg-location">
        <legend>{t.connection}</legend>
        <div class="pg-field">
          <label class="pg-label" for="rt-region">
            {t.region}
          </label>
          <select
            id="rt-region"
            class="pg-input"
            onChange={(event) => connection.setRegion(event.currentTarget.value as Region)}
          >
            <For each={REGIONS}>
              {(region) => (
                <option value={region} selected={region === connection.region()}>
                  {t.regions[region]}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="pg-field">
          <label class="pg-label" for="rt-token">
            {t.token}
          </label>
          <input
            id="rt-token"
            class="pg-input"
            type="password"
            autocomplete="off"
            placeholder={connection.region() === 'sandbox' ? t.tokenSandbox : t.tokenPlaceholder}
            value={connection.token()}
            onInput={(event) => connection.setToken(event.currentTarget.value)}
          />
          <p class="pg-muted">
            {t.tokenHow[0]}
            <code>authorization</code>
            {t.tokenHow[1]}
            <code>Authorization</code>
            {t.tokenHow[2]}
          </p>
        </div>
        <For each={queryEntries}>
          {(name) => (
            <div class="pg-field">
              <label class="pg-label" for={`rt-q-${name}`}>
                {name}
              </label>
              <input
                id={`rt-q-${name}`}
                class="pg-input"
                value={query()[name] ?? ''}
                onInput={(event) => setQuery({ ...query(), [name]: event.currentTarget.value })}
              />
            </div>
          )}
        </For>
        <div class="pg-row">
          <Show
            when={status() === 'closed'}
            fallback={
              <button type="button" class="button" data-testid="rt-disconnect" onClick={disconnect}>
                {t.disconnect}
              </button>
            }
          >
            <button type="button" class="button pg-run" data-testid="rt-connect" onClick={connect}>
              {t.connect}
            </button>
          </Show>
          <span class="pg-muted" data-testid="rt-status" role="status">
            {status() === 'open'
              ? t.connected
              : status() === 'connecting'
                ? t.connecting
                : closedWith() || t.notConnected}
          </span>
        </div>
      </fieldset>

      <fieldset class="pg-location">
        <legend>{t.sendEvent}</legend>
        <div class="pg-field">
          <label class="pg-label" for="rt-event">
            {t.event}
          </label>
          <select
            id="rt-event"
            class="pg-input"
            data-testid="rt-event"
            onChange={(event) => choose(event.currentTarget.value)}
          >
            <option value="" selected={chosen() === ''}>
              {t.chooseEvent}
            </option>
            <For each={props.events}>{(event) => <option value={event.name}>{event.name}</option>}</For>
          </select>
        </div>
        <textarea
          class="pg-input rt-draft"
          data-testid="rt-draft"
          aria-label={t.draftLabel}
          rows={8}
          spellcheck={false}
          value={draft()}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <div class="pg-row">
          <button
            type="button"
            class="button"
            data-testid="rt-send"
            disabled={status() !== 'open'}
            onClick={() => send(draft())}
          >
            {t.send}
          </button>
          <Show when={takesAudio()}>
            <button
              type="button"
              class="button"
              data-testid="rt-mic"
              aria-pressed={micOn()}
              disabled={status() !== 'open'}
              onClick={() => (micOn() ? stopMic(true) : void startMic())}
            >
              {micOn() ? t.micStop : t.micStart}
            </button>
          </Show>
        </div>
        <Show when={problem()}>
          <p class="pg-msg" role="alert">
            {problem()}
          </p>
        </Show>
        <Show when={props.endpoint.path !== '/v1/audio/speech'}>
          <p class="pg-muted">
            {t.micNote[0]}
            <code>input_audio.sample_rate</code>
            {t.micNote[1]}
          </p>
        </Show>
      </fieldset>

      <section class="rt-out" aria-label={t.produced}>
        <Show when={view().transcript}>
          <p data-testid="rt-transcript">
            <strong>{t.transcript}</strong> {view().transcript}
          </p>
        </Show>
        <Show when={view().answer}>
          <p data-testid="rt-answer">
            <strong>{t.answer}</strong> {view().answer}
          </p>
        </Show>
        <Show when={view().sentence}>
          <p class="pg-muted">
            {t.speaking} {view().sentence}
          </p>
        </Show>
        <p class="pg-muted" data-testid="rt-figures">
          {t.audio}{' '}
          <span
            data-testid="rt-audio-bytes"
            data-played-samples={played().samples}
            data-played-rms={Math.sqrt(played().squares / Math.max(1, played().samples)).toFixed(3)}
          >
            {view().audioBytes}
          </span>{' '}
          {t.figures(figure(view().turn.firstAudioMs), figure(view().turn.firstTextMs))}
        </p>
      </section>

      <section aria-label={t.frames}>
        <h3>
          {t.frames}{' '}
          <span class="pg-muted">
            ({view().frames.length}
            {view().dropped ? t.notShown(view().dropped) : ''})
          </span>
        </h3>
        <ol class="rt-log" data-testid="rt-log">
          <For each={view().frames}>
            {(frame) => (
              <li
                class={`rt-frame rt-${frame.direction}`}
                data-event={frame.eventType}
                data-direction={frame.direction}
              >
                <span class="rt-at">+{frame.offsetMs} ms</span>{' '}
                <span aria-label={frame.direction}>{frame.direction === 'sent' ? '→' : '←'}</span>{' '}
                <code>{frame.eventType}</code>
                <details>
                  <summary class="pg-muted">data</summary>
                  <pre>{frame.summary}</pre>
                </details>
              </li>
            )}
          </For>
        </ol>
      </section>
      <History
        endpoint={props.endpoint}
        token={connection.historyToken()}
        refresh={refresh()}
        onLoad={() => undefined}
      />
    </div>
  );
}
