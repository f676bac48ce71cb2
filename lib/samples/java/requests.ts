import {
  chain,
  declare,
  jBool,
  jConstant,
  jDouble,
  jFloat,
  jInt,
  jLong,
  jLongs,
  jObject,
  jObjects,
  jString,
  jStringMap,
  jStrings,
  newBuild,
  use,
  type Build,
  type JavaCall,
  type Setter,
  type Setters,
} from './builder';
import type { SdkCallTable } from '../../endpoint-table';
import { base64Text, cString, outputFileName, sampleParts, type Json, type SampleInput } from '../shared';

// coze-java calls that take one request object: the service method, the request class and a
// setter for each JSON field, as coze-java's source names them (api/src/main/java/com/coze/openapi/
// client/** for the classes, service/service/** for the methods; java/index.test.ts
// holds the same names with the file each was read from).

const CLIENT = 'com.coze.openapi.client';

/** How a call's answer is shown: printed whole, its first page item by item, or written to a file. */
type Show = 'print' | 'items' | 'file';

/** One coze-java call: `coze.<call>(<Req>.builder()…build())`. */
export interface RequestSpec {
  /** The service method after `coze.`, e.g. `conversations().messages().create`. */
  readonly call: string;
  /** The request class, fully qualified. */
  readonly req: string;
  readonly setters: Setters;
  readonly show?: Show;
}

/** Text messages as coze-java builds them, or undefined when one is not plain text. */
export function javaMessages(list: unknown, build: Build): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const built: string[] = [];
  for (const message of list as Json[]) {
    if ((message.content_type ?? 'text') !== 'text' || typeof message.content !== 'string' || message.meta_data)
      return undefined;
    if (message.role === 'user' && (message.type ?? 'question') === 'question')
      built.push(`Message.buildUserQuestionText(${cString(message.content)})`);
    else if (message.role === 'assistant' && (message.type ?? 'answer') === 'answer')
      built.push(`Message.buildAssistantAnswer(${cString(message.content)})`);
    else return undefined;
  }
  build.imports.add(`${CLIENT}.connversations.message.model.Message`);
  return `List.of(${built.join(', ')})`;
}

/** `name(List.of(Message.build…))` for plain text messages. */
export const jMessages =
  (name: string): Setter =>
  (value, build) => {
    const list = javaMessages(value, build);
    return list && `${name}(${list})`;
  };

const MESSAGE_MODEL = `${CLIENT}.connversations.message.model`;
const ROLE = jConstant('role', `${MESSAGE_MODEL}.MessageRole`, { user: 'USER', assistant: 'ASSISTANT' });
const CONTENT_TYPE = jConstant('contentType', `${MESSAGE_MODEL}.MessageContentType`, {
  text: 'TEXT',
  object_string: 'OBJECT_STRING',
});

const AUDIO_FORMAT = (name: string, required?: boolean) =>
  jConstant(
    name,
    `${CLIENT}.audio.common.AudioFormat`,
    { wav: 'WAV', pcm: 'PCM', ogg_opus: 'OGG_OPUS', m4a: 'M4A', aac: 'AAC', mp3: 'MP3' },
    required,
  );

const DOCUMENT_FORMAT = jConstant('formatType', `${CLIENT}.dataset.document.model.DocumentFormatType`, {
  0: 'DOCUMENT',
  1: 'SPREADSHEET',
  2: 'IMAGE',
});

const BENEFIT = `${CLIENT}.commerce.benefit`;
const ENTITY_TYPE = jConstant('entityType', `${BENEFIT}.common.BenefitEntityType`, {
  enterprise_all_devices: 'BENEFIT_ENTITY_TYPE_ENTERPRISE_ALL_DEVICE',
  single_device: 'BENEFIT_ENTITY_TYPE_SINGLE_DEVICE',
});
const BENEFIT_TYPE = jConstant('benefitType', `${BENEFIT}.common.BenefitType`, {
  resource_point: 'BENEFIT_TYPE_RESOURCE_POINT',
});
const BENEFIT_STATUS = jConstant('status', `${BENEFIT}.common.BenefitStatus`, {
  valid: 'BENEFIT_STATUS_VALID',
  frozen: 'BENEFIT_STATUS_FROZEN',
});
const ACTIVE_MODE = jConstant('activeMode', `${BENEFIT}.common.ActiveMode`, {
  absolute_time: 'ACTIVE_MODE_ABSOLUTE_TIME',
});

const BOT_MODEL = `${CLIENT}.bots.model`;
const BOT_SETTINGS: Setters = {
  name: jString('name'),
  description: jString('description'),
  icon_file_id: jString('iconFileID'),
  prompt_info: jObject('promptInfo', `${BOT_MODEL}.BotPromptInfo`, { prompt: jString('prompt') }),
  onboarding_info: jObject('onboardingInfo', `${BOT_MODEL}.BotOnboardingInfo`, {
    prologue: jString('prologue'),
    suggested_questions: jStrings('suggestedQuestions'),
  }),
  plugin_id_list: jObject('pluginIdList', `${BOT_MODEL}.BotPluginIdList`, {
    id_list: jObjects('idList', `${BOT_MODEL}.BotPluginIdInfo`, {
      api_id: jString('apiId'),
      plugin_id: jString('pluginId'),
    }),
  }),
  workflow_id_list: jObject('workflowIdList', `${BOT_MODEL}.BotWorkflowIdList`, {
    ids: jObjects('ids', `${BOT_MODEL}.BotWorkflowIdInfo`, { id: jString('id') }),
  }),
  model_info_config: jObject('modelInfoConfig', `${BOT_MODEL}.BotModelInfoConfig`, {
    model_id: jString('modelId'),
    top_k: jInt('topK'),
    top_p: jDouble('topP'),
    max_tokens: jInt('maxTokens'),
    temperature: jDouble('temperature'),
    context_round: jInt('contextRound'),
    response_format: jString('responseFormat'),
    presence_penalty: jDouble('presencePenalty'),
    frequency_penalty: jDouble('frequencyPenalty'),
  }),
};

const CONVERSATION_AND_MESSAGE = {
  conversation_id: jString('conversationID'),
  message_id: jString('messageID'),
};
const CONVERSATION_AND_CHAT = { conversation_id: jString('conversationID'), chat_id: jString('chatID') };

/** A DocumentBase from the factories coze-java offers: a local file's text or a web page. */
const documentBase = (value: unknown, build: Build): string | undefined => {
  const base = (value ?? {}) as Json;
  const source = (base.source_info ?? {}) as Json;
  const name = cString(String(base.name ?? ''));
  const type = use(build, `${CLIENT}.dataset.document.model.DocumentBase`);
  if (source.document_source === 1 && typeof source.web_url === 'string') {
    const rule = (base.update_rule ?? {}) as Json;
    const interval =
      rule.update_type === 1 && typeof rule.update_interval === 'number' ? `, ${rule.update_interval}` : '';
    return `${type}.buildWebPage(${name}, ${cString(source.web_url)}${interval})`;
  }
  if ((source.document_source ?? 0) !== 0 || typeof source.file_base64 !== 'string') return undefined;
  // coze-java takes the file's text and encodes it itself; the form holds it already encoded.
  const text = base64Text(source.file_base64);
  if (text === undefined) return undefined;
  return `${type}.buildLocalFile(${name}, ${cString(text)}, ${cString(String(source.file_type ?? ''))})`;
};

const DOCUMENT_MODEL = `${CLIENT}.dataset.document.model`;

/** `DocumentUpdateRule.buildAutoUpdate(24)` or `buildNoAutoUpdate()`: the class has no builder. */
const updateRule: Setter = (value, build) => {
  const rule = (value ?? {}) as Json;
  const type = use(build, `${DOCUMENT_MODEL}.DocumentUpdateRule`);
  return rule.update_type === 1 && typeof rule.update_interval === 'number'
    ? `updateRule(${type}.buildAutoUpdate(${rule.update_interval}))`
    : `updateRule(${type}.buildNoAutoUpdate())`;
};

const ROOM_MODEL = `${CLIENT}.audio.rooms.model`;

/** The coze-java request for each endpoint it takes one request object for. */
export const REQUESTS: SdkCallTable<'java', RequestSpec> = {
  'create-bot': {
    call: 'bots().create',
    req: `${CLIENT}.bots.CreateBotReq`,
    setters: { space_id: jString('spaceID'), ...BOT_SETTINGS },
  },
  'update-bot': {
    call: 'bots().update',
    req: `${CLIENT}.bots.UpdateBotReq`,
    setters: {
      bot_id: jString('botID'),
      ...BOT_SETTINGS,
      knowledge: jObject('knowledge', `${BOT_MODEL}.BotKnowledge`, {
        dataset_ids: jStrings('datasetIDs'),
        auto_call: jBool('autoCall'),
        search_strategy: jInt('searchStrategy'),
      }),
    },
  },
  'publish-bot': {
    call: 'bots().publish',
    req: `${CLIENT}.bots.PublishBotReq`,
    setters: { bot_id: jString('botID'), connector_ids: jStrings('connectorIDs') },
  },
  'list-workspaces': {
    call: 'workspaces().list',
    req: `${CLIENT}.workspace.ListWorkspaceReq`,
    setters: { page_num: jInt('pageNum'), page_size: jInt('pageSize') },
    show: 'items',
  },
  'create-conversation': {
    call: 'conversations().create',
    req: `${CLIENT}.connversations.CreateConversationReq`,
    setters: { bot_id: jString('botID'), messages: jMessages('messages'), meta_data: jStringMap('metaData') },
  },
  'retrieve-conversation': {
    call: 'conversations().retrieve',
    req: `${CLIENT}.connversations.RetrieveConversationReq`,
    setters: { conversation_id: jString('conversationID') },
  },
  'list-conversations': {
    call: 'conversations().list',
    req: `${CLIENT}.connversations.ListConversationReq`,
    setters: { bot_id: jString('botID'), page_num: jInt('pageNum'), page_size: jInt('pageSize') },
    show: 'items',
  },
  'clear-conversation-context': {
    call: 'conversations().clear',
    req: `${CLIENT}.connversations.ClearConversationReq`,
    setters: { conversation_id: jString('conversationID') },
  },
  'create-message': {
    call: 'conversations().messages().create',
    req: `${CLIENT}.connversations.message.CreateMessageReq`,
    setters: {
      conversation_id: jString('conversationID'),
      role: ROLE,
      content: jString('content'),
      content_type: CONTENT_TYPE,
      meta_data: jStringMap('metadata'),
    },
  },
  'list-messages': {
    call: 'conversations().messages().list',
    req: `${CLIENT}.connversations.message.ListMessageReq`,
    setters: {
      conversation_id: jString('conversationID'),
      order: jString('order'),
      chat_id: jString('chatID'),
      before_id: jString('beforeID'),
      after_id: jString('afterID'),
      limit: jInt('limit'),
    },
    show: 'items',
  },
  'retrieve-message': {
    call: 'conversations().messages().retrieve',
    req: `${CLIENT}.connversations.message.RetrieveMessageReq`,
    setters: CONVERSATION_AND_MESSAGE,
  },
  'update-message': {
    call: 'conversations().messages().update',
    req: `${CLIENT}.connversations.message.UpdateMessageReq`,
    setters: {
      ...CONVERSATION_AND_MESSAGE,
      content: jString('content'),
      content_type: CONTENT_TYPE,
      meta_data: jStringMap('metaData'),
    },
  },
  'delete-message': {
    call: 'conversations().messages().delete',
    req: `${CLIENT}.connversations.message.DeleteMessageReq`,
    setters: CONVERSATION_AND_MESSAGE,
  },
  'retrieve-chat': { call: 'chat().retrieve', req: `${CLIENT}.chat.RetrieveChatReq`, setters: CONVERSATION_AND_CHAT },
  'cancel-chat': { call: 'chat().cancel', req: `${CLIENT}.chat.CancelChatReq`, setters: CONVERSATION_AND_CHAT },
  'list-chat-messages': {
    call: 'chat().message().list',
    req: `${CLIENT}.chat.message.ListMessageReq`,
    setters: CONVERSATION_AND_CHAT,
  },
  'retrieve-workflow-run-history': {
    call: 'workflows().runs().histories().retrieve',
    req: `${CLIENT}.workflows.run.RetrieveRunHistoryReq`,
    setters: { workflow_id: jString('workflowID'), execute_id: jString('executeID') },
  },
  'upload-file': {
    call: 'files().upload',
    req: `${CLIENT}.files.UploadFileReq`,
    setters: { file: jString('filePath') },
  },
  'retrieve-file': {
    call: 'files().retrieve',
    req: `${CLIENT}.files.RetrieveFileReq`,
    setters: { file_id: jString('fileID') },
  },
  'audio-voices-list': {
    call: 'audio().voices().list',
    req: `${CLIENT}.audio.voices.ListVoiceReq`,
    setters: {
      filter_system_voice: jBool('filterSystemVoice'),
      page_num: jInt('pageNum'),
      page_size: jInt('pageSize'),
    },
    show: 'items',
  },
  'audio-speech-create': {
    call: 'audio().speech().create',
    req: `${CLIENT}.audio.speech.CreateSpeechReq`,
    setters: {
      input: jString('input'),
      voice_id: jString('voiceID'),
      response_format: AUDIO_FORMAT('responseFormat'),
      speed: jFloat('speed'),
    },
    show: 'file',
  },
  'audio-transcriptions-create': {
    call: 'audio().transcription().create',
    req: `${CLIENT}.audio.transcriptions.CreateTranscriptionsReq`,
    setters: { file: jString('filePath') },
  },
  'audio-voices-clone': {
    call: 'audio().voices().clone',
    req: `${CLIENT}.audio.voices.CloneVoiceReq`,
    setters: {
      file: jString('filePath'),
      voice_name: jString('voiceName'),
      // A clone needs its format: one coze-java has no constant for (ogg) cannot be sent.
      audio_format: AUDIO_FORMAT('audioFormat', true),
      language: jConstant('language', `${CLIENT}.audio.common.LanguageCode`, {
        zh: 'ZH',
        en: 'EN',
        ja: 'JA',
        es: 'ES',
        id: 'ID',
        pt: 'PT',
      }),
      voice_id: jString('voiceID'),
      preview_text: jString('previewText'),
      text: jString('text'),
    },
  },
  'audio-rooms-create': {
    call: 'audio().rooms().create',
    req: `${CLIENT}.audio.rooms.CreateRoomReq`,
    setters: {
      bot_id: jString('botID'),
      conversation_id: jString('conversationID'),
      voice_id: jString('voiceID'),
      uid: jString('uid'),
      workflow_id: jString('workflowID'),
      config: jObject('config', `${ROOM_MODEL}.RoomConfig`, {
        room_mode: jString('room_mode'),
        audio_config: jObject('audioConfig', `${ROOM_MODEL}.RoomAudioConfig`, {
          codec: jConstant('codec', `${ROOM_MODEL}.AudioCodec`, {
            AACLC: 'AACLC',
            G711A: 'G711A',
            OPUS: 'OPUS',
            G722: 'G722',
          }),
        }),
      }),
    },
  },
  'datasets-create': {
    call: 'datasets().create',
    req: `${CLIENT}.dataset.CreateDatasetReq`,
    setters: {
      name: jString('name'),
      space_id: jString('spaceID'),
      format_type: DOCUMENT_FORMAT,
      description: jString('description'),
      file_id: jString('fileID'),
    },
  },
  'datasets-list': {
    call: 'datasets().list',
    req: `${CLIENT}.dataset.ListDatasetReq`,
    setters: {
      space_id: jString('spaceID'),
      name: jString('name'),
      format_type: DOCUMENT_FORMAT,
      page_num: jInt('pageNum'),
      page_size: jInt('pageSize'),
    },
    show: 'items',
  },
  'datasets-update': {
    call: 'datasets().update',
    req: `${CLIENT}.dataset.UpdateDatasetReq`,
    setters: {
      dataset_id: jString('datasetID'),
      name: jString('name'),
      file_id: jString('fileID'),
      description: jString('description'),
    },
  },
  'templates-duplicate': {
    call: 'templates().duplicate',
    req: `${CLIENT}.template.DuplicateTemplateReq`,
    setters: { template_id: jString('templateID'), workspace_id: jString('workspaceID'), name: jString('name') },
  },
  'datasets-delete': {
    call: 'datasets().delete',
    req: `${CLIENT}.dataset.DeleteDatasetReq`,
    setters: { dataset_id: jString('datasetID') },
  },
  'datasets-process': {
    call: 'datasets().process',
    req: `${CLIENT}.dataset.ProcessDatasetReq`,
    setters: { dataset_id: jString('datasetID'), document_ids: jStrings('documentIDs') },
  },
  'knowledge-documents-create': {
    call: 'datasets().documents().create',
    req: `${CLIENT}.dataset.document.CreateDocumentReq`,
    setters: {
      dataset_id: jLong('datasetID'),
      document_bases: (value, build) => {
        if (!Array.isArray(value)) return undefined;
        const bases = value.map((base) => documentBase(base, build));
        return bases.every(Boolean) ? `documentBases(List.of(${bases.join(', ')}))` : undefined;
      },
      chunk_strategy: jObject('chunkStrategy', `${DOCUMENT_MODEL}.DocumentChunkStrategy`, {
        chunk_type: jInt('chunkType'),
        separator: jString('separator'),
        max_tokens: jInt('maxTokens'),
        remove_extra_spaces: jBool('removeExtraSpaces'),
        remove_urls_emails: jBool('removeUrlsEmails'),
      }),
    },
  },
  'knowledge-documents-update': {
    call: 'datasets().documents().update',
    req: `${CLIENT}.dataset.document.UpdateDocumentReq`,
    setters: { document_id: jLong('documentID'), document_name: jString('documentName'), update_rule: updateRule },
  },
  'knowledge-documents-list': {
    call: 'datasets().documents().list',
    req: `${CLIENT}.dataset.document.ListDocumentReq`,
    setters: { dataset_id: jLong('datasetID'), page: jInt('page'), size: jInt('size') },
    show: 'items',
  },
  'knowledge-documents-delete': {
    call: 'datasets().documents().delete',
    req: `${CLIENT}.dataset.document.DeleteDocumentReq`,
    setters: { document_ids: jLongs('documentIDs') },
  },
  'datasets-images-update': {
    call: 'datasets().images().update',
    req: `${CLIENT}.dataset.image.UpdateImageReq`,
    setters: { dataset_id: jString('datasetID'), document_id: jString('documentID'), caption: jString('caption') },
  },
  'datasets-images-list': {
    call: 'datasets().images().list',
    req: `${CLIENT}.dataset.image.ListImageReq`,
    setters: {
      dataset_id: jString('datasetID'),
      keyword: jString('keyword'),
      has_caption: jBool('hasCaption'),
      page_num: jInt('pageNum'),
      page_size: jInt('pageSize'),
    },
    show: 'items',
  },
  'variables-update': {
    call: 'variables().update',
    req: `${CLIENT}.variables.UpdateVariablesReq`,
    setters: {
      app_id: jString('appID'),
      bot_id: jString('botID'),
      connector_id: jString('connectorID'),
      connector_uid: jString('connectorUID'),
      data: jObjects('data', `${CLIENT}.variables.model.VariableEntity`, {
        keyword: jString('keyword'),
        value: jString('value'),
      }),
    },
  },
  'variables-retrieve': {
    call: 'variables().retrieve',
    req: `${CLIENT}.variables.RetrieveVariablesReq`,
    setters: {
      app_id: jString('appID'),
      bot_id: jString('botID'),
      connector_id: jString('connectorID'),
      connector_uid: jString('connectorUID'),
      keywords: jStrings('keywords'),
    },
  },
  'connectors-install': {
    call: 'connectors().install',
    req: `${CLIENT}.connectors.InstallConnectorReq`,
    setters: { connector_id: jString('connectorID'), workspace_id: jString('workspaceID') },
  },
  'benefit-limitations-create': {
    call: 'commerces().benefits().limitations().create',
    req: `${BENEFIT}.limitation.CreateBenefitLimitationReq`,
    setters: {
      entity_type: ENTITY_TYPE,
      entity_id: jString('entityID'),
      benefit_info: jObject('benefitInfo', `${BENEFIT}.limitation.model.BenefitInfo`, {
        benefit_type: BENEFIT_TYPE,
        active_mode: ACTIVE_MODE,
        started_at: jLong('startedAt'),
        ended_at: jLong('endedAt'),
        limit: jInt('limit'),
        status: BENEFIT_STATUS,
      }),
    },
  },
  'benefit-limitations-list': {
    call: 'commerces().benefits().limitations().list',
    req: `${BENEFIT}.limitation.ListBenefitLimitationReq`,
    setters: {
      entity_type: ENTITY_TYPE,
      entity_id: jString('entityID'),
      benefit_type: BENEFIT_TYPE,
      status: BENEFIT_STATUS,
      page_token: jString('pageToken'),
      page_size: jInt('pageSize'),
    },
    show: 'items',
  },
  'benefit-limitations-update': {
    call: 'commerces().benefits().limitations().update',
    req: `${BENEFIT}.limitation.UpdateBenefitLimitationReq`,
    setters: {
      benefit_id: jString('benefitID'),
      started_at: jLong('startedAt'),
      ended_at: jLong('endedAt'),
      limit: jInt('limit'),
      status: BENEFIT_STATUS,
    },
  },
  'bill-tasks-create': {
    call: 'commerces().benefits().bills().create',
    req: `${BENEFIT}.bill.CreateBillDownloadTaskReq`,
    setters: { started_at: jLong('startedAt'), ended_at: jLong('endedAt') },
  },
  'bill-tasks-list': {
    call: 'commerces().benefits().bills().list',
    req: `${BENEFIT}.bill.ListBillDownloadTaskReq`,
    setters: { task_ids: jStrings('taskIds'), page_num: jInt('pageNum'), page_size: jInt('pageSize') },
    show: 'items',
  },
  'deprecated-published-bots-list': {
    call: 'bots().list',
    req: `${CLIENT}.bots.ListBotReq`,
    setters: { space_id: jString('spaceID'), page_index: jInt('pageNum'), page_size: jInt('pageSize') },
    show: 'items',
  },
  'deprecated-bot-get-online-info': {
    call: 'bots().retrieve',
    req: `${CLIENT}.bots.RetrieveBotReq`,
    setters: { bot_id: jString('botID') },
  },
};

/** What the form sends, as one record: path, query and body fields, multipart files by their path. */
function formValues(input: SampleInput): Json {
  const body =
    input.model.body.kind === 'multipart'
      ? Object.fromEntries(sampleParts(input).map((part) => [part.name, 'value' in part ? part.value : part.path]))
      : input.body;
  return { ...input.path, ...input.query, ...body };
}

/** How each kind of answer is shown. */
function show(spec: RequestSpec, input: SampleInput): string[] {
  const call = `coze.${spec.call}(req)`;
  if (spec.show === 'items')
    return [
      '// The first page; getIterator() goes on through the next pages as it is read.',
      `${call}.getItems().forEach(System.out::println);`,
    ];
  if (spec.show === 'file') {
    const file = outputFileName(input);
    return [`${call}.writeToFile(${cString(file)});`, `System.out.println(${cString(`wrote ${file}`)});`];
  }
  return [`System.out.println(${call});`];
}

/** A call taking one request object, from the REQUESTS table. */
export function requestCall(spec: RequestSpec, input: SampleInput): JavaCall | undefined {
  const build = newBuild();
  const req = chain(build, spec.req, formValues(input), spec.setters);
  if (!req) return undefined;
  return { imports: [...build.imports], lines: [...declare(build, spec.req, req), ...show(spec, input)] };
}
