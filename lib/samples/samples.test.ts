import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import type { Endpoint } from '../../catalog/types';
import { buildRequest, type Region } from '../request-model';
import {
  buildSamples,
  curlArgs,
  fileFields,
  sampleLanguages,
  samplesNote,
  type ChatVariant,
  type Sample,
  type SampleLanguage,
} from './index';
import { inputOf } from './shared';
import type { RequestValues } from '../validate-request';

const origin = 'https://playground.test';
const TOKEN = 'pat_SECRET_do_not_leak_0123456789';
const createChat = findEndpoint('create-chat')!;

function all(endpoint: Endpoint, values: RequestValues, region: Region = 'cn', variant?: ChatVariant): Sample[] {
  const model = buildRequest(endpoint, values, { region, origin, token: TOKEN });
  return buildSamples(endpoint, model, values, variant);
}

function samplesFor(endpoint: Endpoint, values: RequestValues, region: Region = 'cn', variant?: ChatVariant) {
  return Object.fromEntries(
    all(endpoint, values, region, variant).map((sample) => [sample.language, sample.code]),
  ) as Partial<Record<SampleLanguage, string>>;
}

const chatValues: RequestValues = {
  body: {
    bot_id: '7351000000000000001',
    user_id: '123',
    stream: true,
    additional_messages: [{ role: 'user', content: 'What’s the weather in Beijing?', content_type: 'text' }],
  },
};

const callable = ENDPOINTS.filter(
  (endpoint) => endpoint.responseKind !== 'websocket' && endpoint.responseKind !== 'redirect',
);

describe('buildSamples for every endpoint', () => {
  it.each(callable.map((endpoint) => [endpoint.id, endpoint] as const))(
    '%s gets all seven languages, none with the token',
    (_, endpoint) => {
      const samples = all(endpoint, endpoint.example as RequestValues);
      expect(samples.map((sample) => sample.language)).toEqual([
        'curl',
        'fetch',
        'requests',
        'python',
        'node',
        'go',
        'java',
      ]);
      for (const sample of samples) {
        expect(sample.code, sample.language).not.toContain(TOKEN);
        expect(sample.code, sample.language).toContain('COZE_API_TOKEN');
        if (sample.kind === 'http' && !['curl', 'fetch', 'requests'].includes(sample.language))
          expect(sample.note, sample.language).toMatch(/same request/);
      }
    },
  );

  it('gives WebSocket and redirect endpoints a note instead of samples', () => {
    for (const endpoint of ENDPOINTS.filter((candidate) => !callable.includes(candidate))) {
      expect(sampleLanguages(endpoint), endpoint.id).toEqual([]);
      expect(samplesNote(endpoint), endpoint.id).toMatch(/WebSocket|browser/);
    }
    expect(samplesNote(createChat)).toBeUndefined();
  });

  it('says the same in Chinese on a Chinese page, the SDK names kept', () => {
    for (const endpoint of ENDPOINTS.filter((candidate) => !callable.includes(candidate))) {
      expect(samplesNote(endpoint, 'zh'), endpoint.id).toMatch(/^这是 ?(WebSocket API|用户浏览器)/);
      expect(samplesNote(endpoint, 'zh'), endpoint.id).toMatch(/@coze\/api/);
    }
  });

  it('writes fetch samples that are valid JavaScript for every endpoint', () => {
    for (const endpoint of callable) {
      const code = samplesFor(endpoint, endpoint.example as RequestValues).fetch!;
      const body = code.replace(/^import .*$/gm, '');
      expect(() => new Function(`return async () => {\n${body}\n}`), endpoint.id).not.toThrow();
    }
  });
});

describe('curl', () => {
  it('streams with -N and sends the JSON body exactly as Run does', () => {
    const model = buildRequest(createChat, chatValues, { region: 'cn', origin });
    const code = samplesFor(createChat, chatValues).curl!;
    expect(code).toMatch(/^curl -N -X POST https:\/\/api\.coze\.cn\/v3\/chat \\\n/);
    expect(code).toContain(`-H "Authorization: Bearer $COZE_API_TOKEN"`);
    expect(code).toContain(`-H 'Content-Type: application/json'`);
    expect(code).toContain(`-d '${model.body.kind === 'json' ? model.body.text : ''}'`);
  });

  it('quotes single quotes for the shell', () => {
    const code = samplesFor(createChat, { body: { ...chatValues.body, user_id: "o'brien" } }).curl!;
    expect(code).toContain(`"user_id": "o'\\''brien"`);
  });

  it('uploads files with -F and writes a placeholder path when no file is picked', () => {
    const file = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' });
    const upload = findEndpoint('upload-file')!;
    expect(samplesFor(upload, { body: { file } }).curl).toContain(`-F file=@report.pdf`);
    expect(samplesFor(upload, {}).curl).toContain(`-F file=@path/to/file`);
    expect(samplesFor(upload, { body: { file } }).curl).not.toContain('Content-Type');
    expect(fileFields(upload)).toEqual(['file']);
  });

  it('sends text that curl would read as a file with --form-string', () => {
    const clone = findEndpoint('audio-voices-clone')!;
    const code = samplesFor(clone, { body: { voice_name: '@home; warm' } }).curl!;
    expect(code).toContain(`--form-string 'voice_name=@home; warm'`);
  });

  it('saves binary answers with -o', () => {
    expect(
      samplesFor(findEndpoint('audio-speech-create')!, findEndpoint('audio-speech-create')!.example as RequestValues)
        .curl,
    ).toMatch(/-o output\.mp3$/);
  });

  it('uses GET without -X and the query in the URL', () => {
    const code = samplesFor(findEndpoint('list-workflows')!, { query: { workspace_id: '7351', page_num: 2 } }).curl!;
    expect(code).toMatch(/^curl 'https:\/\/api\.coze\.cn\/v1\/workflows\?workspace_id=7351&page_num=2'/);
  });

  it('is the argv curlArgs gives, one option a line', () => {
    const model = buildRequest(createChat, chatValues, { region: 'sandbox', origin });
    const args = curlArgs(inputOf(createChat, model, chatValues, 'streaming'));
    expect(args.slice(0, 6)).toEqual([
      '-N',
      '-X',
      'POST',
      `${origin}/api/relay/sandbox/v3/chat`,
      '-H',
      'Authorization: Bearer $COZE_API_TOKEN',
    ]);
    expect(samplesFor(createChat, chatValues, 'sandbox').curl!.split(' \\\n  ')).toHaveLength(
      1 + (args.length - 4) / 2,
    );
  });
});

describe('fetch and requests', () => {
  it('read a chat stream incrementally and print answer deltas', () => {
    const samples = samplesFor(createChat, chatValues);
    expect(samples.fetch).toContain('getReader()');
    expect(samples.fetch).toContain(`event === 'conversation.message.delta'`);
    expect(samples.requests).toContain('stream=True');
    expect(samples.requests).toContain('for line in response.iter_lines(decode_unicode=True):');
  });

  it('read the token and an overriding base URL from the environment', () => {
    const samples = samplesFor(createChat, chatValues);
    expect(samples.fetch).toContain(
      "const url = process.env.COZE_API_BASE\n  ? `${process.env.COZE_API_BASE}/v3/chat`\n  : 'https://api.coze.cn/v3/chat';",
    );
    expect(samples.fetch).toContain('Authorization: `Bearer ${process.env.COZE_API_TOKEN}`');
    expect(samples.requests).toContain('BASE = os.environ.get("COZE_API_BASE", "https://api.coze.cn")');
    expect(samples.requests).toContain('"Authorization": "Bearer " + os.environ["COZE_API_TOKEN"],');
  });

  it('print JSON when the answer is not a stream', () => {
    const samples = samplesFor(createChat, { body: { ...chatValues.body, stream: false } });
    expect(samples.fetch).not.toContain('getReader');
    expect(samples.fetch).toContain('await response.json()');
    expect(samples.requests).toContain('print(json.dumps(response.json(), indent=2, ensure_ascii=False))');
  });

  it('upload files from disk and write binary answers to a file', () => {
    const file = new File(['x'], 'a.png');
    const upload = samplesFor(findEndpoint('upload-file')!, { body: { file } });
    expect(upload.fetch).toContain(`form.append('file', await openAsBlob('a.png'), 'a.png');`);
    expect(upload.requests).toContain('"file": open("a.png", "rb"),');
    const speech = samplesFor(findEndpoint('audio-speech-create')!, {
      body: { input: 'hi', voice_id: '1', response_format: 'wav' },
    });
    expect(speech.fetch).toContain(`await writeFile('output.wav', bytes);`);
    expect(speech.requests).toContain('with open("output.wav", "wb") as output:');
  });
});

describe('SDK samples', () => {
  it('write SDK code only for calls the catalog says that SDK has, and say so where it lacks one', () => {
    for (const endpoint of callable) {
      for (const sample of all(endpoint, endpoint.example)) {
        if (
          sample.language !== 'python' &&
          sample.language !== 'node' &&
          sample.language !== 'go' &&
          sample.language !== 'java'
        )
          continue;
        const has = endpoint.sdks.includes(sample.language);
        if (sample.kind === 'sdk') expect(has, `${endpoint.id} ${sample.language}`).toBe(true);
        else
          expect(sample.note, `${endpoint.id} ${sample.language}`).toMatch(
            has ? /implements this endpoint/ : /has no call/,
          );
      }
    }
  });

  it('use each SDK’s client and region constant', () => {
    const samples = samplesFor(createChat, chatValues, 'cn');
    expect(samples.python).toContain('from cozepy import COZE_CN_BASE_URL, ChatEventType, Coze, Message, TokenAuth');
    expect(samples.python).toContain('base_url=os.environ.get("COZE_API_BASE", COZE_CN_BASE_URL),');
    expect(samples.node).toContain(`import { CozeAPI, COZE_CN_BASE_URL, ChatEventType } from '@coze/api';`);
    expect(samples.node).toContain('baseURL: process.env.COZE_API_BASE ?? COZE_CN_BASE_URL,');
    expect(samples.go).toContain(
      'coze.NewCozeAPI(coze.NewTokenAuth(os.Getenv("COZE_API_TOKEN")), coze.WithBaseURL(coze.CnBaseURL))',
    );
    expect(samples.java).toContain('.baseURL(Consts.COZE_CN_BASE_URL)');
    expect(samples.java).toContain('.auth(new TokenAuth(System.getenv("COZE_API_TOKEN")))');
    expect(samplesFor(createChat, chatValues, 'com').go).toContain('coze.ComBaseURL');
  });

  it('point SDK clients at the relay in the sandbox', () => {
    const samples = samplesFor(createChat, chatValues, 'sandbox');
    expect(samples.python).toContain('"https://playground.test/api/relay/sandbox"');
    expect(samples.node).toContain(`'https://playground.test/api/relay/sandbox'`);
    expect(samples.go).toContain('coze.WithBaseURL("https://playground.test/api/relay/sandbox")');
  });

  it('send the sandbox request with java.net.http, since coze-java drops a base URL’s path', () => {
    const sandbox = all(createChat, chatValues, 'sandbox').find((sample) => sample.language === 'java')!;
    expect(sandbox.kind).toBe('http');
    expect(sandbox.code).toContain('java.net.http');
    expect(sandbox.note).toMatch(/cannot reach the sandbox/);
    expect(all(createChat, chatValues, 'cn').find((sample) => sample.language === 'java')!.kind).toBe('sdk');
  });

  it('write the three chat variants', () => {
    const streaming = samplesFor(createChat, chatValues, 'cn', 'streaming');
    expect(streaming.node).toContain('client.chat.stream({');
    expect(streaming.python).toContain('stream = coze.chat.stream(');
    expect(streaming.go).toContain('cozeCli.Chat.Stream(ctx, req)');
    expect(streaming.java).toContain('coze.chat().stream(req)');
    const polled = samplesFor(createChat, chatValues, 'cn', 'non-streaming');
    expect(polled.node).toContain('client.chat.retrieve(chat.conversation_id, chat.id)');
    expect(polled.node).toContain('client.chat.messages.list(chat.conversation_id, chat.id)');
    expect(polled.python).toContain('coze.chat.retrieve(conversation_id=chat.conversation_id, chat_id=chat.id)');
    expect(polled.go).toContain('cozeCli.Chat.CreateAndPoll(ctx, req, nil)');
    expect(polled.java).toContain('coze.chat().createAndPoll(req)');
    const plugin = samplesFor(createChat, chatValues, 'cn', 'plugin');
    expect(plugin.node).toContain('ChatEventType.CONVERSATION_CHAT_REQUIRES_ACTION');
    expect(plugin.node).toContain('client.chat.submitToolOutputs({');
    expect(plugin.python).toContain('coze.chat.submit_tool_outputs(');
    expect(plugin.go).toContain('cozeCli.Chat.StreamSubmitToolOutputs(ctx, &coze.SubmitToolOutputsChatReq{');
    expect(plugin.java).toContain('.streamSubmitToolOutputs(');
    // Raw HTTP samples send the form's request whatever the variant.
    expect(plugin.curl).toBe(streaming.curl);
  });

  it('run, stream and resume workflows, handling Interrupt', () => {
    const values = {
      body: { workflow_id: '7351000000000000101', parameters: { city: 'Beijing', days: 3, detailed: true } },
    };
    const run = samplesFor(findEndpoint('run-workflow')!, values);
    expect(run.python).toContain('coze.workflows.runs.create(');
    expect(run.python).toContain('"detailed": True');
    expect(run.node).toContain('client.workflows.runs.create({');
    expect(run.go).toContain('cozeCli.Workflows.Runs.Create(ctx, &coze.RunWorkflowsReq{');
    expect(run.java).toContain('coze.workflows().runs().create(req)');
    const stream = samplesFor(findEndpoint('stream-run-workflow')!, values);
    for (const language of ['python', 'node', 'go', 'java'] as const)
      expect(stream[language], language).toMatch(/INTERRUPT|Interrupt/);
    expect(stream.node).toContain('client.workflows.runs.resume({');
    expect(stream.go).toContain('cozeCli.Workflows.Runs.Resume(ctx, &coze.ResumeRunWorkflowsReq{');
  });

  it('say so and fall back to raw HTTP in the same language where an SDK lacks the call', () => {
    const samples = all(
      findEndpoint('plugins-tools-call')!,
      findEndpoint('plugins-tools-call')!.example as RequestValues,
    );
    const python = samples.find((sample) => sample.language === 'python')!;
    expect(python.kind).toBe('http');
    expect(python.note).toBe('cozepy has no call for this endpoint: this is the same request sent with requests.');
    expect(python.code).toContain('import requests');
    expect(samples.find((sample) => sample.language === 'go')!.code).toContain('http.NewRequest("POST"');
    expect(samples.find((sample) => sample.language === 'java')!.code).toContain('HttpRequest.newBuilder(');
    const datasets = all(findEndpoint('datasets-create')!, findEndpoint('datasets-create')!.example as RequestValues);
    expect(datasets.find((sample) => sample.language === 'go')!.kind).toBe('sdk');
    expect(datasets.find((sample) => sample.language === 'node')!.kind).toBe('sdk');
  });

  it('note the create-chat fields cozepy cannot send', () => {
    const code = samplesFor(createChat, { body: { ...chatValues.body, extra_params: { latitude: '39.9' } } }).python!;
    expect(code).toContain('# cozepy takes no argument for extra_params');
    expect(code).not.toContain('latitude');
  });
});

describe('samples follow the form', () => {
  it('change when a value changes', () => {
    const before = samplesFor(createChat, chatValues);
    const after = samplesFor(createChat, { body: { ...chatValues.body, bot_id: '999' } });
    for (const language of ['curl', 'fetch', 'requests', 'python', 'node', 'go', 'java'] as const) {
      expect(after[language], language).not.toBe(before[language]);
      expect(after[language], language).toContain('999');
    }
  });

  it('change when the region changes', () => {
    expect(samplesFor(createChat, chatValues, 'com').curl).toContain('https://api.coze.com/v3/chat');
    expect(samplesFor(createChat, chatValues, 'cn').curl).toContain('https://api.coze.cn/v3/chat');
  });
});
