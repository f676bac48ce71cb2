import { createSignal, For, Show } from 'solid-js';
import type { RequestSide } from '../../../catalog/types';
import type { Texts } from '../../../lib/i18n/lang';
import { buildRequest, type BuildOptions } from '../../../lib/request-model';
import { realtimeNpm, type RealtimeRoomValues } from '../../../lib/tryout/embed-code';
import { createConnection } from '../connection';
import { useTexts } from '../lang-context';
import { runRequest, type RunState } from '../runner';
import TokenRegion from '../TokenRegion';
import EmbedCode from './EmbedCode';
import { createOptionsState, OptionsForm, OptionsProblems } from './options-form';
import './tryout.css';

const TEXTS: Texts<{
  options: string;
  run: string;
  needToken: string;
  fix: string;
  room: string;
  field: string;
  value: string;
  needs: Record<'room_id' | 'app_id' | 'token' | 'uid', string>;
  failed: string;
  sandboxNote: string;
  realNote: string;
  join: string;
}> = {
  en: {
    options: 'Room options (the body of POST /v1/audio/rooms)',
    run: 'Create the room',
    needToken: 'Paste a token for cn or com first (or choose the sandbox, which needs none).',
    fix: 'Fix these options first:',
    room: 'What @coze/realtime-api takes from the room',
    field: 'Field',
    value: 'Value',
    needs: {
      room_id: 'The RTC room to join (engine.joinRoom).',
      app_id: 'The Volcengine RTC app: the SDK creates its engine with it.',
      token: 'The RTC token the client joins with (not your Coze token).',
      uid: 'The user id it joins as; send events to the agent, whose RTC user id is the bot_id.',
    },
    failed: 'The room was not created',
    sandboxNote: 'A sandbox room: the ids are made up and no RTC server holds the room, so nothing can join it.',
    realNote:
      'A real room: the agent is in it now and billing has started; if nobody joins, it leaves after 3 minutes.',
    join: 'Joining takes the RTC service and a microphone: run the client code below in your app.',
  },
  zh: {
    options: '房间配置（POST /v1/audio/rooms 的请求体）',
    run: '创建房间',
    needToken: '请先填写 cn 或 com 的访问令牌（或选择无需令牌的沙盒）。',
    fix: '请先修正以下配置项：',
    room: '@coze/realtime-api 从房间信息中使用的字段',
    field: '字段',
    value: '值',
    needs: {
      room_id: '要加入的 RTC 房间（engine.joinRoom）。',
      app_id: '火山引擎 RTC 应用：SDK 用它创建引擎。',
      token: '客户端加入房间所用的 RTC 令牌（不是你的扣子令牌）。',
      uid: '加入房间所用的用户 ID；事件发给智能体，其 RTC 用户 ID 为 bot_id。',
    },
    failed: '房间未创建',
    sandboxNote: '沙盒房间：ID 为模拟生成，没有 RTC 服务器承载此房间，因此无法加入。',
    realNote: '真实房间：智能体已在房间中并开始计费；若无人加入，3 分钟后离开。',
    join: '加入房间需要 RTC 服务和麦克风：请在你的应用中运行下方的客户端代码。',
  },
};

const NEEDED = ['room_id', 'app_id', 'token', 'uid'] as const;

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** A credential shown by its start only: enough to recognise it, not to copy it from a screenshot. */
const shortened = (value: string) => (value.length > 12 ? `${value.slice(0, 8)}… (${value.length})` : value);

/**
 * The Real-time Chat SDK's try-out: creates an RTC room through the relay (the one HTTP call of
 * `RealtimeClient.connect()`), shows what the SDK takes from it, and the client code for the same room.
 */
export default function RealtimeTryout(props: { endpoint: RequestSide }) {
  const texts = useTexts(TEXTS);
  const connection = createConnection();
  const endpoint = props.endpoint;
  const build = (): BuildOptions => ({
    region: connection.region(),
    origin: window.location.origin,
    ...(connection.runToken() ? { token: connection.runToken() } : {}),
  });
  const state = createOptionsState(endpoint.params.body!, { ...(endpoint.example.body ?? {}) }, build);
  const [result, setResult] = createSignal<RunState>();
  const [problem, setProblem] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [tried, setTried] = createSignal(false);
  const region = () => (connection.region() === 'com' ? 'com' : 'cn');
  const data = () => asObject(asObject(result()?.json)['data']);
  const created = () => result()?.phase === 'done' && asObject(result()?.json)['code'] === 0;

  const run = async () => {
    setTried(true);
    state.attempt();
    setProblem('');
    if (state.issues().length > 0) return;
    if (connection.region() !== 'sandbox' && !connection.token()) return setProblem(texts.needToken);
    const request = buildRequest(endpoint, { path: {}, query: {}, headers: {}, body: state.options() }, build());
    setBusy(true);
    try {
      const body = request.body.kind === 'json' ? request.body.text : undefined;
      setResult(await runRequest(request, body, 'chat', new AbortController().signal, () => {}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="tryout" data-testid="tryout" data-ready="true">
      <TokenRegion connection={connection} />
      <OptionsForm schema={endpoint.params.body!} state={state} legend={texts.options} />
      <div class="pg-runbar tryout-runbar">
        <button
          type="button"
          class="button pg-run"
          disabled={busy()}
          onClick={() => void run()}
          data-testid="tryout-run"
        >
          {texts.run}
        </button>
      </div>
      <OptionsProblems problem={problem()} issues={tried() ? state.issues() : []} fix={texts.fix} />
      <Show when={result()}>
        {(done) => (
          <Show
            when={created()}
            fallback={
              <p class="pg-error" role="alert" data-testid="tryout-room-failed">
                {texts.failed}: {String(asObject(done().json)['msg'] ?? done().error ?? done().status ?? '')}
              </p>
            }
          >
            <section class="tryout-room" aria-labelledby="tryout-room-title" data-testid="tryout-room">
              <h3 id="tryout-room-title">{texts.room}</h3>
              <table class="doc-table">
                <thead>
                  <tr>
                    <th scope="col">{texts.field}</th>
                    <th scope="col">{texts.value}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  <For each={NEEDED}>
                    {(name) => (
                      <tr data-testid={`room-${name}`}>
                        <th scope="row">
                          <code>{name}</code>
                        </th>
                        <td>
                          <code>
                            {name === 'token' ? shortened(String(data()[name] ?? '')) : String(data()[name] ?? '')}
                          </code>
                        </td>
                        <td>{texts.needs[name]}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <p class="pg-muted">{connection.region() === 'sandbox' ? texts.sandboxNote : texts.realNote}</p>
              <p>{texts.join}</p>
            </section>
          </Show>
        )}
      </Show>
      <EmbedCode
        variants={[
          {
            id: 'npm',
            label: 'npm · @coze/realtime-api',
            language: 'javascript',
            code: realtimeNpm(state.options() as RealtimeRoomValues, region()),
          },
        ]}
      />
    </div>
  );
}
