import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { navigationPageIds } from '../../catalog/navigation';
import { EVENT_PAGES } from '../../catalog/pages/events';
import { errorCodeAnchor, KNOWN_ERROR_CODES, REFERENCE_PAGES } from '../../catalog/pages/references';
import type { DocEvent, DocPage, DocSection } from '../../catalog/types';

/** The events of each event page, as the Coze reference lists them. */
const EXPECTED_EVENTS: Readonly<Record<string, readonly string[]>> = {
  'event-bot-published': ['bot.published'],
  'event-bot-deleted': ['bot.deleted'],
  'event-bot-unpublished': ['bot.unpublished'],
  'realtime-upstream-events': [
    'session.update',
    'conversation.chat.submit_tool_outputs',
    'conversation.chat.cancel',
    'conversation.message.create',
    'client.vad',
    'session.pre_answer.update',
    'mode.update',
    'input_text.generate_audio',
    'input_audio_buffer.start',
    'input_audio_buffer.complete',
  ],
  'realtime-downstream-events': [
    'session.created',
    'session.updated',
    'conversation.created',
    'conversation.chat.created',
    'conversation.chat.in_progress',
    'conversation.message.delta',
    'conversation.message.completed',
    'conversation.chat.completed',
    'conversation.chat.requires_action',
    'conversation.chat.failed',
    'audio.user.speech_started',
    'audio.user.speech_stopped',
    'audio.agent.speech_started',
    'audio.agent.speech_stopped',
    'session.pre_answer.updated',
    'conversation.chat.pre_answer',
    'conversation.audio_transcript.delta',
    'mode.updated',
    'input_audio_buffer.started',
    'input_audio_buffer.completed',
    'error',
  ],
  'ws-audio-transcriptions-events': [
    'transcriptions.update',
    'input_audio_buffer.append',
    'input_audio_buffer.complete',
    'input_audio_buffer.clear',
    'transcriptions.created',
    'transcriptions.updated',
    'input_audio_buffer.completed',
    'input_audio_buffer.cleared',
    'transcriptions.message.update',
    'transcriptions.message.completed',
    'error',
  ],
  // Not in the reference: @coze/api's simultaneous interpretation (types.ts, SimultInterpretation*Event).
  'ws-audio-simult-interpretation-events': [
    'simult_interpretation.update',
    'input_audio_buffer.append',
    'input_audio_buffer.complete',
    'simult_interpretation.created',
    'simult_interpretation.updated',
    'simult_interpretation.audio.delta',
    'simult_interpretation.transcription.delta',
    'simult_interpretation.translation.delta',
    'input_audio_buffer.completed',
    'simult_interpretation.message.completed',
    'error',
  ],
  'ws-audio-speech-events': [
    'speech.update',
    'input_text_buffer.append',
    'input_text_buffer.complete',
    'speech.created',
    'speech.updated',
    'input_text_buffer.completed',
    'speech.audio.update',
    'speech.audio.completed',
    'error',
  ],
  'ws-chat-upstream-events': [
    'chat.update',
    'input_audio_buffer.append',
    'input_audio_buffer.complete',
    'input_audio_buffer.clear',
    'conversation.message.create',
    'conversation.clear',
    'conversation.chat.submit_tool_outputs',
    'conversation.chat.cancel',
    'input_text.generate_audio',
  ],
  'ws-chat-downstream-events': [
    'chat.created',
    'chat.updated',
    'conversation.chat.created',
    'conversation.chat.in_progress',
    'conversation.message.delta',
    'conversation.audio.sentence_start',
    'conversation.audio.delta',
    'conversation.message.completed',
    'conversation.audio.completed',
    'conversation.chat.completed',
    'conversation.chat.failed',
    'error',
    'input_audio_buffer.completed',
    'input_audio_buffer.cleared',
    'conversation.cleared',
    'conversation.chat.canceled',
    'conversation.audio_transcript.update',
    'conversation.audio_transcript.completed',
    'conversation.chat.requires_action',
    'input_audio_buffer.speech_started',
    'input_audio_buffer.speech_stopped',
  ],
  'callback-event-benefit-plugin-scale-requested': ['benefit.plugin.scale.requested'],
  'callback-event-benefit-plugin-scale-expired': ['benefit.plugin.scale.expired'],
  'callback-event-benefit-usage': ['benefit.usage'],
};

/** Every code of the Coze reference's two error-code lists, merged. */
const EXPECTED_ERROR_CODES = [
  0, 1109, 3010, 4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4010, 4011, 4012, 4013, 4014, 4015, 4016,
  4019, 4020, 4021, 4022, 4027, 4028, 4029, 4100, 4101, 4102, 4104, 4105, 4200, 4201, 4300, 4301, 4302, 4303, 4304,
  4314, 4315, 5000, 6003, 700012006, 702042018, 702042162, 702242003, 720702204, 777074044,
];

/** Titles exactly as the Coze docs' navigation. */
const EXPECTED_TITLES: Readonly<Record<string, string>> = {
  'event-bot-published': '智能体发布回调事件',
  'event-bot-deleted': '智能体删除回调事件',
  'event-bot-unpublished': '智能体下架回调事件',
  'realtime-upstream-events': 'Realtime 上行事件',
  'realtime-downstream-events': 'Realtime 下行事件',
  'ws-audio-transcriptions-events': '双向流式语音识别事件',
  'ws-audio-speech-events': '双向流式语音合成事件',
  // No docs page: the title names the call as Coze's console does (同声传译).
  'ws-audio-simult-interpretation-events': '同声传译事件',
  'ws-chat-upstream-events': '双向流式对话上行事件',
  'ws-chat-downstream-events': '双向流式对话下行事件',
  'callback-event-benefit-plugin-scale-requested': '申请插件扩容回调事件',
  'callback-event-benefit-plugin-scale-expired': '插件扩容到期回调事件',
  'callback-event-benefit-usage': '账单推送回调事件',
  'ref-message-types': '消息 type 说明',
  'coze-error-codes': '错误码',
  'realtime-error-codes': 'Realtime 事件错误码',
  'api-faq': 'API 常见问题',
  'model-capability-differences': '模型能力差异',
  'best-practice-get-chat-response': '通过对话接口获取智能体回复',
  'best-practice-4100-4101': '错误码 4100/4101 问题排查',
  'best-practice-session-isolation': '如何实现会话隔离',
};

const ALL_PAGES: readonly DocPage[] = [...EVENT_PAGES, ...REFERENCE_PAGES];
const NAV_IDS = new Set(navigationPageIds());

function eventsOf(page: DocPage): DocEvent[] {
  return page.sections.flatMap((section) => (section.kind === 'events' ? section.events : []));
}

function sectionsOf<K extends DocSection['kind']>(page: DocPage, kind: K): Extract<DocSection, { kind: K }>[] {
  return page.sections.filter((section): section is Extract<DocSection, { kind: K }> => section.kind === kind);
}

const eventRows = EVENT_PAGES.flatMap((page) => eventsOf(page).map((event) => [page.id, event.name, event] as const));

/** The part of an example its event's schema describes: the whole body of a callback, the `data` of a frame. */
function payloadOf(event: DocEvent): unknown {
  return event.direction === 'callback' ? event.example : (event.example as { data?: unknown }).data;
}

describe('event pages', () => {
  it('has one page per expected id, each of kind events', () => {
    expect(EVENT_PAGES.map((page) => page.id).sort()).toEqual(Object.keys(EXPECTED_EVENTS).sort());
    for (const page of EVENT_PAGES) expect(page.kind).toBe('events');
  });

  it.each(EVENT_PAGES.map((page) => [page.id, page] as const))('%s lists every event of the reference', (id, page) => {
    const names = eventsOf(page).map((event) => event.name);
    expect(names).toEqual(expect.arrayContaining([...EXPECTED_EVENTS[id]!]));
  });

  it.each(EVENT_PAGES.map((page) => [page.id, page] as const))('%s lists no event twice per direction', (_id, page) => {
    const keys = eventsOf(page).map((event) => `${event.direction} ${event.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(EVENT_PAGES.map((page) => [page.id, page] as const))('%s explains how its events travel', (_id, page) => {
    expect(page.sections[0]?.kind).toBe('text');
  });

  it.each(eventRows)('%s %s has a description', (_id, _name, event) => {
    expect(event.description.trim()).not.toBe('');
  });

  it.each(eventRows)('%s %s has an example that names its event', (_id, name, event) => {
    const example = event.example as { event_type?: unknown; header?: { event_type?: unknown } };
    if (event.direction === 'callback') expect(example.header?.event_type).toBe(name);
    else expect(example.event_type).toBe(name);
  });

  it.each(eventRows)('%s %s has an example its schema accepts', (_id, _name, event) => {
    const payload = payloadOf(event);
    if (!event.data) {
      expect(payload).toBeUndefined();
      return;
    }
    const result = v.safeParse(event.data, payload);
    expect(result.issues?.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`) ?? []).toEqual([]);
  });

  it.each(eventRows)('%s %s gives frames a string id', (_id, _name, event) => {
    if (event.direction === 'callback') return;
    expect(typeof (event.example as { id?: unknown }).id).toBe('string');
  });
});

describe('reference pages', () => {
  it('has every reference page, each of kind reference', () => {
    expect(REFERENCE_PAGES.map((page) => page.id).sort()).toEqual(
      [
        'api-faq',
        'best-practice-4100-4101',
        'best-practice-get-chat-response',
        'best-practice-session-isolation',
        'coze-error-codes',
        'model-capability-differences',
        'realtime-error-codes',
        'ref-message-types',
      ].sort(),
    );
    for (const page of REFERENCE_PAGES) expect(page.kind).toBe('reference');
  });

  const errorPage = REFERENCE_PAGES.find((page) => page.id === 'coze-error-codes')!;
  const rows = sectionsOf(errorPage, 'error-codes').flatMap((section) => section.codes);

  it.each(EXPECTED_ERROR_CODES)('has a row for code %i', (code) => {
    expect(rows.map((row) => row.code)).toContain(code);
  });

  it('lists no code twice', () => {
    const codes = rows.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('explains every code, and says how to fix every error', () => {
    for (const row of rows) {
      expect(row.meaning.trim()).not.toBe('');
      if (row.code !== 0) expect(row.fix?.trim()).toBeTruthy();
    }
  });

  it('knows exactly the codes of the error-code page', () => {
    expect([...KNOWN_ERROR_CODES].sort((a, b) => a - b)).toEqual(rows.map((row) => row.code).sort((a, b) => a - b));
  });

  it('links a code to its row', () => {
    expect(errorCodeAnchor(4100)).toBe('/errors/coze-error-codes/#code-4100');
  });

  it('lists each realtime code on the full error-code page too', () => {
    const realtime = REFERENCE_PAGES.find((page) => page.id === 'realtime-error-codes')!;
    for (const row of sectionsOf(realtime, 'error-codes').flatMap((section) => section.codes)) {
      expect(KNOWN_ERROR_CODES.has(row.code)).toBe(true);
    }
  });
});

describe('every page', () => {
  const pages = ALL_PAGES.map((page) => [page.id, page] as const);

  it('has no duplicate ids', () => {
    expect(new Set(ALL_PAGES.map((page) => page.id)).size).toBe(ALL_PAGES.length);
  });

  it.each(pages)('%s is in the navigation', (id) => {
    expect(NAV_IDS.has(id)).toBe(true);
  });

  it.each(pages)('%s has the title of the Coze navigation and an English title and summary', (id, page) => {
    expect(page.titleZh).toBe(EXPECTED_TITLES[id]);
    expect(page.titleEn.trim()).not.toBe('');
    expect(page.summary.trim()).not.toBe('');
  });

  it.each(pages)('%s links only to pages of the navigation', (_id, page) => {
    const targets = sectionsOf(page, 'links').flatMap((section) => section.links.map((link) => link.pageId));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((target) => !NAV_IDS.has(target))).toEqual([]);
  });

  it.each(pages)('%s has no empty section', (_id, page) => {
    for (const section of page.sections) {
      if (section.kind === 'text') expect(section.paragraphs.length).toBeGreaterThan(0);
      if (section.kind === 'steps') expect(section.steps.length).toBeGreaterThan(0);
      if (section.kind === 'table') {
        expect(section.rows.length).toBeGreaterThan(0);
        for (const row of section.rows) expect(row).toHaveLength(section.columns.length);
      }
      if (section.kind === 'code') expect(section.code.trim()).not.toBe('');
    }
  });
});
