import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CozeAPI, RoleType } from '@coze/api';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SANDBOX_IDS } from '../../catalog/sandbox-ids';
import { synthesize } from '../../worker/sandbox/audio/synth';
import { encodeWav } from '../../worker/sandbox/audio/wav';
import { sdkProblems } from '../support/sdk-problems';
import { readCozeApiSurface, type SdkSurface } from './coze-api-surface';

// Every method of the official @coze/api, found by reading its resource classes in node_modules,
// called the way a user would against the local relay's sandbox: each must resolve without error
// and with every field its declared return type requires. A method without a call below fails the
// test, so a method a new SDK version adds cannot go untried.

const baseURL = `${inject('baseUrl')}/api/relay/sandbox`;
const dir = mkdtempSync(join(tmpdir(), 'coze-sdk-every-method-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file on disk, read as a stream the way the coze-js examples upload. */
function upload(name: string, bytes: Uint8Array | string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return createReadStream(path);
}
const speech = (sampleRate: number, pitchHz: number) =>
  synthesize('我是沙盒里的说话人，请记住我的声音。', { sampleRate, speed: 1, loudnessRate: 0, pitchHz });
const wav = (pitchHz: number) => upload(`voice-${pitchHz}.wav`, encodeWav(speech(16000, pitchHz), 16000));
const pcm48k = (pitchHz: number) => {
  const samples = speech(48000, pitchHz);
  return upload(`voice-${pitchHz}.pcm`, new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength));
};

/** What earlier calls made, for the calls after them. */
interface Made {
  botId?: string;
  conversationId?: string;
  messageId?: string;
  chat?: { id: string; conversation_id: string };
  fileId?: string;
  datasetId?: string;
  documentId?: string;
  knowledgeDocumentId?: string;
  executeId?: string;
  groupId?: string;
  featureId?: string;
}

type Call = (client: CozeAPI, made: Made) => Promise<unknown>;

async function drain(stream: AsyncIterable<{ event: string }>): Promise<string[]> {
  const events: string[] = [];
  for await (const part of stream) events.push(part.event);
  return events;
}

const user = { role: RoleType.User, content: 'Hello from the SDK', content_type: 'text' as const };

/** Each SDK method's call, in an order where each finds what it needs. */
const CALLS: readonly (readonly [string, Call])[] = [
  ['workspaces.list', (c) => c.workspaces.list({ page_num: 1, page_size: 10 })],
  ['users.me', (c) => c.users.me()],
  [
    'files.upload',
    async (c, m) => {
      const file = await c.files.upload({ file: upload('notes.txt', 'Sandbox notes for the SDK test.') });
      m.fileId = file.id;
      return file;
    },
  ],
  ['files.retrieve', (c, m) => c.files.retrieve(m.fileId!)],
  [
    'bots.create',
    async (c, m) => {
      const bot = await c.bots.create({
        space_id: SANDBOX_IDS.workspace,
        name: 'SDK agent',
        description: 'Made by the every-method test',
        prompt_info: { prompt: 'You help.' },
      });
      m.botId = bot.bot_id;
      return bot;
    },
  ],
  ['bots.update', (c, m) => c.bots.update({ bot_id: m.botId!, name: 'SDK agent v2', description: 'Updated' })],
  ['bots.publish', (c, m) => c.bots.publish({ bot_id: m.botId!, connector_ids: ['1024'] })],
  [
    'bots.listNew',
    async (c, m) => {
      const list = await c.bots.listNew({ workspace_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 10 });
      expect(list.items.map((bot) => bot.id)).toContain(m.botId);
      return list;
    },
  ],
  [
    'bots.retrieveNew',
    async (c, m) => {
      const bot = await c.bots.retrieveNew(m.botId!);
      expect(bot.name).toBe('SDK agent v2');
      return bot;
    },
  ],
  ['bots.list', (c) => c.bots.list({ space_id: SANDBOX_IDS.workspace })],
  ['bots.retrieve', (c, m) => c.bots.retrieve({ bot_id: m.botId! })],
  [
    'templates.duplicate',
    (c) => c.templates.duplicate(SANDBOX_IDS.template, { workspace_id: SANDBOX_IDS.workspace, name: 'From template' }),
  ],
  [
    'conversations.create',
    async (c, m) => {
      const conversation = await c.conversations.create({ bot_id: SANDBOX_IDS.bot, meta_data: { from: 'sdk' } });
      m.conversationId = conversation.id;
      return conversation;
    },
  ],
  ['conversations.retrieve', (c, m) => c.conversations.retrieve(m.conversationId!)],
  ['conversations.list', (c) => c.conversations.list({ bot_id: SANDBOX_IDS.bot, page_num: 1, page_size: 50 })],
  [
    'conversations.messages.create',
    async (c, m) => {
      const message = await c.conversations.messages.create(m.conversationId!, user);
      m.messageId = message.id;
      return message;
    },
  ],
  [
    'conversations.messages.update',
    (c, m) =>
      c.conversations.messages.update(m.conversationId!, m.messageId!, { content: 'Edited', content_type: 'text' }),
  ],
  ['conversations.messages.retrieve', (c, m) => c.conversations.messages.retrieve(m.conversationId!, m.messageId!)],
  ['conversations.messages.list', (c, m) => c.conversations.messages.list(m.conversationId!)],
  ['conversations.messages.delete', (c, m) => c.conversations.messages.delete(m.conversationId!, m.messageId!)],
  [
    'chat.create',
    async (c, m) => {
      const chat = await c.chat.create({ bot_id: SANDBOX_IDS.bot, user_id: 'sdk', additional_messages: [user] });
      m.chat = chat;
      return chat;
    },
  ],
  ['chat.retrieve', (c, m) => c.chat.retrieve(m.chat!.conversation_id, m.chat!.id)],
  [
    'chat.createAndPoll',
    (c) => c.chat.createAndPoll({ bot_id: SANDBOX_IDS.bot, user_id: 'sdk', additional_messages: [user] }),
  ],
  [
    'chat.messages.list',
    async (c, m) => {
      const done = await c.chat.createAndPoll({ bot_id: SANDBOX_IDS.bot, user_id: 'sdk', additional_messages: [user] });
      return c.chat.messages.list(done.chat.conversation_id, done.chat.id);
    },
  ],
  [
    'chat.stream',
    (c) => drain(c.chat.stream({ bot_id: SANDBOX_IDS.bot, user_id: 'sdk', additional_messages: [user] })),
  ],
  ['chat.cancel', (c) => c.chat.cancel(SANDBOX_IDS.runningConversation, SANDBOX_IDS.runningChat)],
  [
    'chat.submitToolOutputs',
    (c) =>
      drain(
        c.chat.submitToolOutputs({
          conversation_id: SANDBOX_IDS.conversation,
          chat_id: SANDBOX_IDS.pluginChat,
          tool_outputs: [{ tool_call_id: SANDBOX_IDS.toolCall, output: '{"weather":"sunny, 25°C"}' }],
          stream: true,
        }) as AsyncIterable<{ event: string }>,
      ),
  ],
  ['conversations.clear', (c, m) => c.conversations.clear(m.conversationId!)],
  [
    'workflows.runs.create',
    async (c, m) => {
      const run = await c.workflows.runs.create({
        workflow_id: SANDBOX_IDS.workflow,
        parameters: { user_name: 'SDK' },
        is_async: true,
      });
      m.executeId = run.execute_id;
      return run;
    },
  ],
  ['workflows.runs.history', (c, m) => c.workflows.runs.history(SANDBOX_IDS.workflow, m.executeId!)],
  [
    'workflows.runs.stream',
    (c) => drain(c.workflows.runs.stream({ workflow_id: SANDBOX_IDS.workflow, parameters: { user_name: 'SDK' } })),
  ],
  [
    'workflows.runs.resume',
    async (c) => {
      let interrupt: { event_id: string; type: number } | undefined;
      for await (const part of c.workflows.runs.stream({ workflow_id: SANDBOX_IDS.questionWorkflow, parameters: {} }))
        if (part.event === 'Interrupt')
          interrupt = (part.data as { interrupt_data: { event_id: string; type: number } }).interrupt_data;
      expect(interrupt).toBeDefined();
      return drain(
        c.workflows.runs.resume({
          workflow_id: SANDBOX_IDS.questionWorkflow,
          event_id: interrupt!.event_id,
          resume_data: 'Hangzhou',
          interrupt_type: interrupt!.type,
        }),
      );
    },
  ],
  [
    'workflows.chat.stream',
    (c) =>
      drain(
        c.workflows.chat.stream({ workflow_id: SANDBOX_IDS.chatflow, additional_messages: [user], parameters: {} }),
      ),
  ],
  [
    'datasets.create',
    async (c, m) => {
      const dataset = await c.datasets.create({
        name: 'SDK notes',
        space_id: SANDBOX_IDS.workspace,
        format_type: 0,
        description: 'test',
      });
      m.datasetId = dataset.dataset_id;
      return dataset;
    },
  ],
  ['datasets.update', (c, m) => c.datasets.update(m.datasetId!, { name: 'SDK notes 2', description: 'test2' })],
  ['datasets.list', (c) => c.datasets.list({ space_id: SANDBOX_IDS.workspace, page_num: 1, page_size: 10 })],
  [
    'datasets.documents.create',
    async (c, m) => {
      const documents = await c.datasets.documents.create({
        dataset_id: m.datasetId!,
        document_bases: [{ name: 'notes.txt', source_info: { file_base64: btoa('Sandbox notes.'), file_type: 'txt' } }],
        chunk_strategy: { chunk_type: 0 },
        format_type: 0,
      });
      m.documentId = documents[0]!.document_id;
      return documents;
    },
  ],
  [
    'datasets.documents.update',
    (c, m) => c.datasets.documents.update({ document_id: m.documentId!, document_name: 'notes2.txt' }),
  ],
  [
    'datasets.documents.list',
    (c, m) => c.datasets.documents.list({ dataset_id: m.datasetId!, page: 1, page_size: 10 }),
  ],
  ['datasets.process', (c, m) => c.datasets.process(m.datasetId!, { document_ids: [m.documentId!] })],
  ['datasets.documents.delete', (c, m) => c.datasets.documents.delete({ document_ids: [m.documentId!] })],
  ['datasets.images.list', (c) => c.datasets.images.list(SANDBOX_IDS.imageDataset)],
  [
    'datasets.images.update',
    (c) => c.datasets.images.update(SANDBOX_IDS.imageDataset, SANDBOX_IDS.imageDocument, { caption: 'A caption' }),
  ],
  [
    'knowledge.documents.create',
    async (c, m) => {
      const documents = await c.knowledge.documents.create({
        dataset_id: m.datasetId!,
        document_bases: [{ name: 'old.txt', source_info: { file_base64: btoa('Old API notes.'), file_type: 'txt' } }],
        chunk_strategy: { chunk_type: 0 },
        format_type: 0,
      });
      m.knowledgeDocumentId = documents[0]!.document_id;
      return documents;
    },
  ],
  [
    'knowledge.documents.update',
    (c, m) => c.knowledge.documents.update({ document_id: m.knowledgeDocumentId!, document_name: 'old2.txt' }),
  ],
  [
    'knowledge.documents.list',
    (c, m) => c.knowledge.documents.list({ dataset_id: m.datasetId!, page: 1, page_size: 10 }),
  ],
  ['knowledge.documents.delete', (c, m) => c.knowledge.documents.delete({ document_ids: [m.knowledgeDocumentId!] })],
  ['datasets.delete', (c, m) => c.datasets.delete(m.datasetId!)],
  ['audio.voices.list', (c) => c.audio.voices.list({ page_num: 1, page_size: 20 })],
  [
    'audio.voices.clone',
    (c) => c.audio.voices.clone({ voice_name: 'SDK voice', file: wav(150) as never, audio_format: 'wav' }),
  ],
  [
    'audio.speech.create',
    async (c) => {
      const audio = await c.audio.speech.create({ input: '你好', voice_id: SANDBOX_IDS.voice, response_format: 'mp3' });
      const bytes = new Uint8Array(audio as ArrayBuffer);
      expect(String.fromCharCode(...bytes.subarray(0, 3))).toBe('ID3');
      return audio;
    },
  ],
  ['audio.transcriptions.create', (c) => c.audio.transcriptions.create({ file: wav(180) as never })],
  ['audio.rooms.create', (c) => c.audio.rooms.create({ bot_id: SANDBOX_IDS.bot, voice_id: SANDBOX_IDS.voice })],
  ['audio.live.retrieve', (c) => c.audio.live.retrieve(SANDBOX_IDS.live)],
  [
    'audio.voiceprintGroups.create',
    async (c, m) => {
      const group = await c.audio.voiceprintGroups.create({ name: 'SDK group', desc: 'desc' });
      m.groupId = group.id;
      return group;
    },
  ],
  [
    'audio.voiceprintGroups.update',
    (c, m) => c.audio.voiceprintGroups.update(m.groupId!, { name: 'SDK group 2', desc: 'desc2' }),
  ],
  ['audio.voiceprintGroups.list', (c) => c.audio.voiceprintGroups.list()],
  [
    'audio.voiceprintGroups.features.create',
    async (c, m) => {
      const feature = await c.audio.voiceprintGroups.features.create(m.groupId!, {
        file: pcm48k(120) as never,
        name: 'SDK speaker',
        desc: 'feature desc',
        sample_rate: 48000,
        channel: 1,
      });
      m.featureId = feature.id;
      return feature;
    },
  ],
  ['audio.voiceprintGroups.features.list', (c, m) => c.audio.voiceprintGroups.features.list(m.groupId!)],
  [
    'audio.voiceprintGroups.features.update',
    (c, m) =>
      c.audio.voiceprintGroups.features.update(m.groupId!, m.featureId!, { name: 'SDK speaker 2', desc: 'desc' }),
  ],
  [
    'audio.voiceprintGroups.features.speakerIdentify',
    async (c, m) => {
      const who = await c.audio.voiceprintGroups.features.speakerIdentify(m.groupId!, {
        file: pcm48k(122) as never,
        top_k: 5,
        sample_rate: 48000,
        channel: 1,
      });
      expect(who.feature_score_list[0]?.feature_id).toBe(m.featureId);
      return who;
    },
  ],
  [
    'audio.voiceprintGroups.features.delete',
    (c, m) => c.audio.voiceprintGroups.features.delete(m.groupId!, m.featureId!),
  ],
  ['audio.voiceprintGroups.delete', (c, m) => c.audio.voiceprintGroups.delete(m.groupId!)],
  [
    'variables.update',
    (c) =>
      c.variables.update({
        bot_id: SANDBOX_IDS.bot,
        connector_uid: 'sdk',
        data: [{ keyword: 'user_name', value: 'SDK' }],
      }),
  ],
  ['variables.retrieve', (c) => c.variables.retrieve({ bot_id: SANDBOX_IDS.bot, connector_uid: 'sdk', keywords: [] })],
];

describe('every @coze/api method against the sandbox through the relay', () => {
  let surface: SdkSurface;
  const client = new CozeAPI({
    token: `pat_every_${crypto.randomUUID()}`,
    baseURL,
    headers: { 'x-sandbox-pace-ms': '1' },
  });
  const made: Made = {};
  beforeAll(() => {
    surface = readCozeApiSurface();
  });

  it('finds the SDK’s methods in its resource classes, and has a call for each HTTP one', () => {
    const http = surface.methods.filter((method) => method.type !== 'websocket').map((method) => method.path);
    expect(http.length).toBeGreaterThanOrEqual(65);
    expect(http.filter((path) => !CALLS.some(([name]) => name === path))).toEqual([]);
    expect(CALLS.map(([name]) => name).filter((name) => !http.includes(name))).toEqual([]);
    // The WebSocket clients open sessions rather than make calls; the realtime tests run them.
    // Listed here so a new one is noticed.
    expect(surface.methods.filter((method) => method.type === 'websocket').map((method) => method.path)).toEqual([
      'websockets.audio.speech.create',
      'websockets.audio.transcriptions.create',
      'websockets.audio.simultInterpretation.create',
      'websockets.chat.create',
    ]);
  });

  it.each(CALLS.map(([name, call]) => [name, call] as const))(
    '%s resolves with its required fields',
    async (name, call) => {
      const method = surface.methods.find((m) => m.path === name)!;
      const result = await call(client, made);
      if (method.type === 'stream') {
        const events = result as string[];
        expect(events.length).toBeGreaterThan(1);
        expect(events.map((event) => event.toLowerCase())).not.toContain('error');
      } else if (method.type === 'binary') {
        expect((result as ArrayBuffer).byteLength).toBeGreaterThan(1000);
      } else if (method.type !== 'any') {
        expect(sdkProblems(method.type, result, surface.models)).toEqual([]);
      }
    },
  );
});
