import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../catalog';
import { buildRequest, type Region } from '../../lib/request-model';
import { buildSamples, sampleLanguages, type SampleLanguage } from '../../lib/samples';
import type { RequestValues } from '../../lib/validate-request';
import type { Endpoint } from '../../catalog/types';

const origin = 'https://playground.test';
const TOKEN = 'pat_SECRET_do_not_leak_0123456789';
const createChat = findEndpoint('create-chat')!;

function samplesFor(endpoint: Endpoint, values: RequestValues, region: Region = 'cn') {
  const model = buildRequest(endpoint, values, { region, origin, token: TOKEN });
  return Object.fromEntries(
    buildSamples(endpoint, model, values).map((sample) => [sample.language, sample.code]),
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

describe('buildSamples for every endpoint', () => {
  it.each(ENDPOINTS.map((endpoint) => [endpoint.id, endpoint] as const))(
    '%s gets curl and fetch samples without the token',
    (_, endpoint) => {
      const samples = samplesFor(endpoint, endpoint.example as RequestValues);
      expect(samples.curl).toContain('curl');
      expect(samples.curl).toContain(endpoint.path.split('/:')[0]);
      expect(samples.fetch).toContain('await fetch(');
      for (const code of Object.values(samples)) {
        expect(code).not.toContain(TOKEN);
        expect(code).toContain('COZE_API_TOKEN');
      }
    },
  );
});

describe('curl', () => {
  it('streams with -N and sends the JSON body as shown', () => {
    const code = samplesFor(createChat, chatValues).curl!;
    expect(code).toMatch(/^curl -N -X POST 'https:\/\/api\.coze\.cn\/v3\/chat'/);
    expect(code).toContain(`-H "Authorization: Bearer $COZE_API_TOKEN"`);
    expect(code).toContain(`-H 'Content-Type: application/json'`);
    expect(code).toContain(`"bot_id": "7351000000000000001"`);
    expect(code).toContain(`What’s the weather in Beijing?`);
  });

  it('quotes single quotes for the shell', () => {
    const code = samplesFor(createChat, { body: { ...chatValues.body, user_id: "o'brien" } }).curl!;
    expect(code).toContain(`"user_id": "o'\\''brien"`);
  });

  it('uploads files with -F', () => {
    const file = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' });
    const code = samplesFor(findEndpoint('upload-file')!, { body: { file } }).curl!;
    expect(code).toContain(`-F 'file=@report.pdf'`);
    expect(code).not.toContain('Content-Type');
  });

  it('uses GET without -X and the query in the URL', () => {
    const code = samplesFor(findEndpoint('list-workflows')!, { query: { workspace_id: '7351', page_num: 2 } }).curl!;
    expect(code).toMatch(/^curl 'https:\/\/api\.coze\.cn\/v1\/workflows\?workspace_id=7351&page_num=2'/);
  });

  it('calls the sandbox through the playground relay', () => {
    const code = samplesFor(createChat, chatValues, 'sandbox').curl!;
    expect(code).toContain(`'https://playground.test/api/relay/sandbox/v3/chat'`);
  });
});

describe('fetch', () => {
  it('reads a stream incrementally with a reader and prints answer deltas', () => {
    const code = samplesFor(createChat, chatValues).fetch!;
    expect(code).toContain('getReader()');
    expect(code).toContain('await reader.read()');
    expect(code).toContain(`event === 'conversation.message.delta'`);
    expect(code).toContain('Authorization: `Bearer ${process.env.COZE_API_TOKEN}`');
    expect(code).toContain(`bot_id: '7351000000000000001'`);
  });

  it('prints JSON when the answer is not a stream', () => {
    const code = samplesFor(createChat, { body: { ...chatValues.body, stream: false } }).fetch!;
    expect(code).not.toContain('getReader');
    expect(code).toContain('await response.json()');
  });

  it('prints workflow messages for workflow streams', () => {
    const code = samplesFor(findEndpoint('stream-run-workflow')!, { body: { workflow_id: '1' } }).fetch!;
    expect(code).toContain(`event === 'Message'`);
  });

  it('builds a FormData for uploads', () => {
    const file = new File(['x'], 'a.png');
    const code = samplesFor(findEndpoint('upload-file')!, { body: { file } }).fetch!;
    expect(code).toContain(`form.append('file', await openAsBlob('a.png'), 'a.png');`);
    expect(code).toContain('body: form,');
  });

  it('is valid JavaScript for every endpoint', async () => {
    for (const endpoint of ENDPOINTS) {
      const code = samplesFor(endpoint, endpoint.example as RequestValues).fetch!;
      // An async function body accepts the top-level awaits; imports are checked apart.
      const body = code.replace(/^import .*$/gm, '');
      expect(() => new Function(`return async () => {\n${body}\n}`), endpoint.id).not.toThrow();
    }
  });
});

describe('SDK samples', () => {
  it('are offered for chat and workflow calls only', () => {
    expect(sampleLanguages(createChat)).toEqual(['curl', 'fetch', 'python', 'node']);
    expect(sampleLanguages(findEndpoint('run-workflow')!)).toEqual(['curl', 'fetch', 'python', 'node']);
    expect(sampleLanguages(findEndpoint('stream-run-workflow')!)).toEqual(['curl', 'fetch', 'python', 'node']);
    expect(sampleLanguages(findEndpoint('list-bots')!)).toEqual(['curl', 'fetch']);
    expect(sampleLanguages(findEndpoint('upload-file')!)).toEqual(['curl', 'fetch']);
  });

  it('streams a chat with cozepy', () => {
    const code = samplesFor(createChat, chatValues).python!;
    expect(code).toContain('from cozepy import COZE_CN_BASE_URL, ChatEventType, Coze, Message, TokenAuth');
    expect(code).toContain('coze = Coze(auth=TokenAuth(os.getenv("COZE_API_TOKEN")), base_url=COZE_CN_BASE_URL)');
    expect(code).toContain('stream = coze.chat.stream(');
    expect(code).toContain('    bot_id="7351000000000000001",');
    expect(code).toContain('Message.build_user_question_text("What’s the weather in Beijing?")');
    expect(code).toContain('ChatEventType.CONVERSATION_MESSAGE_DELTA');
    expect(code).not.toContain('stream=True');
  });

  it('streams a chat with @coze/api', () => {
    const code = samplesFor(createChat, chatValues, 'com').node!;
    expect(code).toContain(`import { CozeAPI, COZE_COM_BASE_URL, ChatEventType } from '@coze/api';`);
    expect(code).toContain('new CozeAPI({ token: process.env.COZE_API_TOKEN, baseURL: COZE_COM_BASE_URL })');
    expect(code).toContain('client.chat.stream({');
    expect(code).toContain('for await (const part of stream)');
    expect(code).toContain('part.data.content');
  });

  it('point SDK clients at the relay in the sandbox', () => {
    const samples = samplesFor(createChat, chatValues, 'sandbox');
    expect(samples.python).toContain('base_url="https://playground.test/api/relay/sandbox"');
    expect(samples.node).toContain(`baseURL: 'https://playground.test/api/relay/sandbox'`);
  });

  it('run and stream workflows', () => {
    const values = {
      body: { workflow_id: '7351000000000000101', parameters: { city: 'Beijing', days: 3, detailed: true } },
    };
    const run = samplesFor(findEndpoint('run-workflow')!, values);
    expect(run.python).toContain('coze.workflows.runs.create(');
    expect(run.python).toContain('"detailed": True');
    expect(run.node).toContain('client.workflows.runs.create({');
    const stream = samplesFor(findEndpoint('stream-run-workflow')!, values);
    expect(stream.python).toContain('coze.workflows.runs.stream(');
    expect(stream.python).toContain('WorkflowEventType.MESSAGE');
    expect(stream.node).toContain('client.workflows.runs.stream({');
    expect(stream.node).toContain('WorkflowEventType.MESSAGE');
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
    for (const language of ['curl', 'fetch', 'python', 'node'] as const) {
      expect(after[language], language).not.toBe(before[language]);
      expect(after[language], language).toContain('999');
    }
  });

  it('change when the region changes', () => {
    expect(samplesFor(createChat, chatValues, 'com').curl).toContain('https://api.coze.com/v3/chat');
    expect(samplesFor(createChat, chatValues, 'cn').curl).toContain('https://api.coze.cn/v3/chat');
  });
});
