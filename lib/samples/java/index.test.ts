import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../../catalog';
import type { Endpoint } from '../../../catalog/types';
import { buildRequest, exampleValues, type FormValues, type Region } from '../../request-model';
import { buildSamples, fileFields, type ChatVariant, type Sample } from '../index';
import { isCallable } from '../shared';

// The coze-java surface the samples may use, as read from coze-java's source. Paths are under
// api/src/main/java/com/coze/openapi/ in coze-dev/coze-java; where the search index holds only
// part of that repository, the same path was read in its fork tcsp/coze-java (marked "fork").
// The coze-java jar is not available offline: this table is what every generated program is
// checked against, method by method and setter by setter.

const API = 'com.coze.openapi';

/** Accessors: a service's method returning another service. CozeAPI from service/service/CozeAPI.java. */
const ACCESSORS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CozeAPI: {
    workspaces: 'WorkspaceService',
    bots: 'BotService',
    conversations: 'ConversationService',
    files: 'FileService',
    datasets: 'DatasetService',
    workflows: 'WorkflowService',
    chat: 'ChatService',
    audio: 'AudioService',
    commerces: 'CommerceService',
    variables: 'VariablesService',
    connectors: 'ConnectorService',
    templates: 'TemplateService',
  },
  // service/service/conversation/ConversationService.java (fork)
  ConversationService: { messages: 'MessageService' },
  // service/service/chat/ChatService.java (fork)
  ChatService: { message: 'ChatMessageService' },
  // service/service/workflow/WorkflowService.java, WorkflowRunService.java (fork)
  WorkflowService: { runs: 'WorkflowRunService', chat: 'WorkflowChatService' },
  WorkflowRunService: { histories: 'WorkflowRunHistoryService' },
  // service/service/audio/AudioService.java (fork, commit e429c5d)
  AudioService: {
    voices: 'VoiceService',
    rooms: 'RoomService',
    speech: 'SpeechService',
    transcription: 'TranscriptionService',
  },
  // service/service/dataset/DatasetService.java
  DatasetService: { documents: 'DocumentService', images: 'ImageService' },
  // service/service/commerce/CommerceService.java, benefits/BenefitService.java (fork)
  CommerceService: { benefits: 'BenefitService' },
  BenefitService: { limitations: 'LimitationService', bills: 'BillService' },
};

const C = `${API}.client`;

/** Service methods and the request class each takes (null: no request object). */
const METHODS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  CozeAPI: { shutdownExecutor: null },
  // service/service/workspace/WorkspaceService.java (fork)
  WorkspaceService: { list: `${C}.workspace.ListWorkspaceReq` },
  // service/service/bots/BotService.java
  BotService: {
    list: `${C}.bots.ListBotReq`,
    retrieve: `${C}.bots.RetrieveBotReq`,
    create: `${C}.bots.CreateBotReq`,
    update: `${C}.bots.UpdateBotReq`,
    publish: `${C}.bots.PublishBotReq`,
  },
  // service/service/conversation/ConversationService.java (fork)
  ConversationService: {
    create: `${C}.connversations.CreateConversationReq`,
    retrieve: `${C}.connversations.RetrieveConversationReq`,
    list: `${C}.connversations.ListConversationReq`,
    clear: `${C}.connversations.ClearConversationReq`,
  },
  // service/service/conversation/MessageService.java
  MessageService: {
    create: `${C}.connversations.message.CreateMessageReq`,
    list: `${C}.connversations.message.ListMessageReq`,
    retrieve: `${C}.connversations.message.RetrieveMessageReq`,
    update: `${C}.connversations.message.UpdateMessageReq`,
    delete: `${C}.connversations.message.DeleteMessageReq`,
  },
  // service/service/chat/ChatService.java, ChatMessageService.java (fork)
  ChatService: {
    stream: `${C}.chat.CreateChatReq`,
    createAndPoll: `${C}.chat.CreateChatReq`,
    retrieve: `${C}.chat.RetrieveChatReq`,
    cancel: `${C}.chat.CancelChatReq`,
    submitToolOutputs: `${C}.chat.SubmitToolOutputsReq`,
    streamSubmitToolOutputs: `${C}.chat.SubmitToolOutputsReq`,
  },
  ChatMessageService: { list: `${C}.chat.message.ListMessageReq` },
  // service/service/workflow/WorkflowRunService.java, WorkflowRunHistoryService.java, WorkflowChatService.java (fork)
  WorkflowRunService: {
    create: `${C}.workflows.run.RunWorkflowReq`,
    stream: `${C}.workflows.run.RunWorkflowReq`,
    resume: `${C}.workflows.run.ResumeRunReq`,
  },
  WorkflowRunHistoryService: { retrieve: `${C}.workflows.run.RetrieveRunHistoryReq` },
  WorkflowChatService: { stream: `${C}.workflows.chat.WorkflowChatReq` },
  // service/service/file/FileService.java (fork)
  FileService: { upload: `${C}.files.UploadFileReq`, retrieve: `${C}.files.RetrieveFileReq` },
  // service/service/audio/{Voice,Speech,Transcription,Room}Service.java (fork)
  VoiceService: { list: `${C}.audio.voices.ListVoiceReq`, clone: `${C}.audio.voices.CloneVoiceReq` },
  SpeechService: { create: `${C}.audio.speech.CreateSpeechReq` },
  TranscriptionService: { create: `${C}.audio.transcriptions.CreateTranscriptionsReq` },
  RoomService: { create: `${C}.audio.rooms.CreateRoomReq` },
  // service/service/dataset/DatasetService.java, ImageService.java; DocumentService.java (fork)
  DatasetService: {
    create: `${C}.dataset.CreateDatasetReq`,
    list: `${C}.dataset.ListDatasetReq`,
    update: `${C}.dataset.UpdateDatasetReq`,
    delete: `${C}.dataset.DeleteDatasetReq`,
    process: `${C}.dataset.ProcessDatasetReq`,
  },
  DocumentService: {
    create: `${C}.dataset.document.CreateDocumentReq`,
    update: `${C}.dataset.document.UpdateDocumentReq`,
    list: `${C}.dataset.document.ListDocumentReq`,
    delete: `${C}.dataset.document.DeleteDocumentReq`,
  },
  ImageService: { update: `${C}.dataset.image.UpdateImageReq`, list: `${C}.dataset.image.ListImageReq` },
  // service/service/variable/VariablesService.java, connector/ConnectorService.java
  VariablesService: { update: `${C}.variables.UpdateVariablesReq`, retrieve: `${C}.variables.RetrieveVariablesReq` },
  ConnectorService: { install: `${C}.connectors.InstallConnectorReq` },
  // service/service/template/TemplateService.java @26b79da
  TemplateService: { duplicate: `${C}.template.DuplicateTemplateReq` },
  // service/service/commerce/benefits/LimitationService.java (fork), BillService.java
  LimitationService: {
    create: `${C}.commerce.benefit.limitation.CreateBenefitLimitationReq`,
    list: `${C}.commerce.benefit.limitation.ListBenefitLimitationReq`,
    update: `${C}.commerce.benefit.limitation.UpdateBenefitLimitationReq`,
  },
  BillService: {
    create: `${C}.commerce.benefit.bill.CreateBillDownloadTaskReq`,
    list: `${C}.commerce.benefit.bill.ListBillDownloadTaskReq`,
  },
};

const S = 'String';
const I = 'Integer';
const L = 'Long';
const B = 'Boolean';
const STRINGS = 'List<String>';
const STRING_MAP = 'Map<String, String>';
const OBJECT_MAP = 'Map<String, Object>';

/**
 * Builder setters and their parameter types: Lombok @Builder/@SuperBuilder fields of each class,
 * and the hand-written OAuth and CozeAPI builders.
 */
const BUILDERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // service/service/CozeAPI.java
  [`${API}.service.service.CozeAPI.Builder`]: { baseURL: S, auth: 'Auth', readTimeout: 'int', connectTimeout: 'int' },
  // service/auth/OAuthClient.java (fork, commit 803c7a4): OAuthBuilder, which each client's builder extends
  ...Object.fromEntries(
    ['WebOAuthClient.WebOAuthBuilder', 'PKCEOAuthClient.PKCEOAuthBuilder', 'DeviceOAuthClient.DeviceOAuthBuilder'].map(
      (name) => [`${API}.service.auth.${name}`, { clientID: S, clientSecret: S, baseURL: S, wwwURL: S }],
    ),
  ),
  // service/auth/JWTOAuthClient.java (fork, commit fc03b09)
  [`${API}.service.auth.JWTOAuthClient.JWTOAuthBuilder`]: {
    clientID: S,
    clientSecret: S,
    baseURL: S,
    wwwURL: S,
    publicKey: S,
    privateKey: S,
    ttl: I,
  },
  // client/bots/CreateBotReq.java, UpdateBotReq.java, ListBotReq.java; PublishBotReq.java, RetrieveBotReq.java (fork)
  [`${C}.bots.CreateBotReq`]: {
    spaceID: S,
    name: S,
    description: S,
    iconFileID: S,
    promptInfo: 'BotPromptInfo',
    onboardingInfo: 'BotOnboardingInfo',
    pluginIdList: 'BotPluginIdList',
    workflowIdList: 'BotWorkflowIdList',
    modelInfoConfig: 'BotModelInfoConfig',
  },
  [`${C}.bots.UpdateBotReq`]: {
    botID: S,
    name: S,
    description: S,
    iconFileID: S,
    promptInfo: 'BotPromptInfo',
    onboardingInfo: 'BotOnboardingInfo',
    knowledge: 'BotKnowledge',
    pluginIdList: 'BotPluginIdList',
    workflowIdList: 'BotWorkflowIdList',
    modelInfoConfig: 'BotModelInfoConfig',
  },
  [`${C}.bots.PublishBotReq`]: { botID: S, connectorIDs: STRINGS },
  [`${C}.bots.ListBotReq`]: { spaceID: S, pageNum: I, pageSize: I },
  [`${C}.bots.RetrieveBotReq`]: { botID: S },
  // client/bots/model/*.java: BotPromptInfo, BotOnboardingInfo, BotKnowledge (fork); the rest coze-dev
  [`${C}.bots.model.BotPromptInfo`]: { prompt: S },
  [`${C}.bots.model.BotOnboardingInfo`]: { prologue: S, suggestedQuestions: STRINGS },
  [`${C}.bots.model.BotKnowledge`]: { datasetIDs: STRINGS, autoCall: 'boolean', searchStrategy: 'int' },
  [`${C}.bots.model.BotPluginIdList`]: { idList: 'List<BotPluginIdInfo>' },
  [`${C}.bots.model.BotPluginIdInfo`]: { apiId: S, pluginId: S },
  [`${C}.bots.model.BotWorkflowIdList`]: { ids: 'List<BotWorkflowIdInfo>' },
  [`${C}.bots.model.BotWorkflowIdInfo`]: { id: S },
  [`${C}.bots.model.BotModelInfoConfig`]: {
    topK: I,
    topP: 'Double',
    modelId: S,
    maxTokens: I,
    temperature: 'Double',
    contextRound: I,
    responseFormat: S,
    presencePenalty: 'Double',
    frequencyPenalty: 'Double',
  },
  // client/workspace/ListWorkspaceReq.java (fork)
  [`${C}.workspace.ListWorkspaceReq`]: { pageNum: I, pageSize: I },
  // client/connversations/*.java (fork)
  [`${C}.connversations.CreateConversationReq`]: { messages: 'List<Message>', metaData: STRING_MAP, botID: S },
  [`${C}.connversations.RetrieveConversationReq`]: { conversationID: S },
  [`${C}.connversations.ClearConversationReq`]: { conversationID: S },
  [`${C}.connversations.ListConversationReq`]: { botID: S, pageNum: I, pageSize: I },
  // client/connversations/message/*.java (fork)
  [`${C}.connversations.message.CreateMessageReq`]: {
    conversationID: S,
    role: 'MessageRole',
    content: S,
    contentType: 'MessageContentType',
    metadata: STRING_MAP,
  },
  [`${C}.connversations.message.ListMessageReq`]: {
    conversationID: S,
    order: S,
    chatID: S,
    beforeID: S,
    afterID: S,
    limit: I,
    botID: S,
  },
  [`${C}.connversations.message.RetrieveMessageReq`]: { conversationID: S, messageID: S },
  [`${C}.connversations.message.UpdateMessageReq`]: {
    conversationID: S,
    messageID: S,
    content: S,
    metaData: STRING_MAP,
    contentType: 'MessageContentType',
  },
  [`${C}.connversations.message.DeleteMessageReq`]: { conversationID: S, messageID: S },
  // client/chat/*.java: CreateChatReq (coze-dev and fork agree on these), the rest fork
  [`${C}.chat.CreateChatReq`]: {
    conversationID: S,
    botID: S,
    userID: S,
    messages: 'List<Message>',
    stream: B,
    customVariables: STRING_MAP,
    autoSaveHistory: B,
    metaData: STRING_MAP,
    parameters: OBJECT_MAP,
  },
  [`${C}.chat.RetrieveChatReq`]: { conversationID: S, chatID: S },
  [`${C}.chat.CancelChatReq`]: { conversationID: S, chatID: S },
  [`${C}.chat.message.ListMessageReq`]: { conversationID: S, chatID: S },
  [`${C}.chat.SubmitToolOutputsReq`]: { conversationID: S, chatID: S, toolOutputs: 'List<ToolOutput>', stream: B },
  // client/workflows/run/*.java, client/workflows/chat/WorkflowChatReq.java (fork)
  [`${C}.workflows.run.RunWorkflowReq`]: {
    workflowID: S,
    parameters: OBJECT_MAP,
    botID: S,
    ext: STRING_MAP,
    isAsync: B,
    appID: S,
  },
  [`${C}.workflows.run.ResumeRunReq`]: { workflowID: S, eventID: S, resumeData: S, interruptType: I },
  [`${C}.workflows.run.RetrieveRunHistoryReq`]: { executeID: S, workflowID: S },
  [`${C}.workflows.chat.WorkflowChatReq`]: {
    workflowID: S,
    additionalMessages: 'List<Message>',
    parameters: OBJECT_MAP,
    appID: S,
    botID: S,
    conversationID: S,
    ext: STRING_MAP,
  },
  // client/files/*.java (fork)
  [`${C}.files.UploadFileReq`]: { filePath: S, fileBytes: 'byte[]', fileName: S, file: 'File' },
  [`${C}.files.RetrieveFileReq`]: { fileID: S },
  // client/audio/**.java (fork); RoomConfig coze-dev (commit 3f413dc)
  [`${C}.audio.voices.ListVoiceReq`]: { filterSystemVoice: B, pageNum: I, pageSize: I },
  [`${C}.audio.voices.CloneVoiceReq`]: {
    voiceName: S,
    filePath: S,
    audioFormat: 'AudioFormat',
    language: 'LanguageCode',
    voiceID: S,
    previewText: S,
    text: S,
  },
  [`${C}.audio.speech.CreateSpeechReq`]: { input: S, voiceID: S, responseFormat: 'AudioFormat', speed: 'float' },
  [`${C}.audio.transcriptions.CreateTranscriptionsReq`]: {
    filePath: S,
    fileBytes: 'byte[]',
    fileName: S,
    file: 'File',
  },
  [`${C}.audio.rooms.CreateRoomReq`]: {
    botID: S,
    conversationID: S,
    voiceID: S,
    uid: S,
    workflowID: S,
    config: 'RoomConfig',
  },
  [`${C}.audio.rooms.model.RoomConfig`]: {
    audioConfig: 'RoomAudioConfig',
    room_mode: S,
    translate_config: 'TranslateConfig',
  },
  [`${C}.audio.rooms.model.RoomAudioConfig`]: { codec: 'AudioCodec' },
  // client/dataset/**.java (fork)
  [`${C}.dataset.CreateDatasetReq`]: {
    name: S,
    spaceID: S,
    formatType: 'DocumentFormatType',
    description: S,
    fileID: S,
  },
  [`${C}.dataset.ListDatasetReq`]: { spaceID: S, name: S, formatType: 'DocumentFormatType', pageNum: I, pageSize: I },
  [`${C}.dataset.UpdateDatasetReq`]: { datasetID: S, name: S, description: S, fileID: S },
  [`${C}.dataset.DeleteDatasetReq`]: { datasetID: S },
  // client/template/DuplicateTemplateReq.java @26b79da
  [`${C}.template.DuplicateTemplateReq`]: { templateID: S, workspaceID: S, name: S },
  [`${C}.dataset.ProcessDatasetReq`]: { datasetID: S, documentIDs: STRINGS },
  [`${C}.dataset.document.CreateDocumentReq`]: {
    datasetID: L,
    documentBases: 'List<DocumentBase>',
    chunkStrategy: 'DocumentChunkStrategy',
  },
  [`${C}.dataset.document.UpdateDocumentReq`]: { documentID: L, documentName: S, updateRule: 'DocumentUpdateRule' },
  [`${C}.dataset.document.ListDocumentReq`]: { datasetID: L, page: I, size: I },
  [`${C}.dataset.document.DeleteDocumentReq`]: { documentIDs: 'List<Long>' },
  [`${C}.dataset.document.model.DocumentChunkStrategy`]: {
    chunkType: I,
    maxTokens: I,
    removeExtraSpaces: B,
    removeUrlsEmails: B,
    separator: S,
  },
  [`${C}.dataset.image.UpdateImageReq`]: { datasetID: S, documentID: S, caption: S },
  [`${C}.dataset.image.ListImageReq`]: { datasetID: S, keyword: S, hasCaption: B, pageNum: I, pageSize: I },
  // client/variables/*.java
  [`${C}.variables.UpdateVariablesReq`]: {
    appID: S,
    botID: S,
    connectorID: S,
    connectorUID: S,
    data: 'List<VariableEntity>',
  },
  [`${C}.variables.RetrieveVariablesReq`]: { appID: S, botID: S, connectorID: S, connectorUID: S, keywords: STRINGS },
  [`${C}.variables.model.VariableEntity`]: { value: S, keyword: S, description: L, updateTime: L },
  // client/connectors/InstallConnectorReq.java (fork)
  [`${C}.connectors.InstallConnectorReq`]: { connectorID: S, workspaceID: S },
  // client/commerce/benefit/**.java (fork, commit 803c7a4)
  [`${C}.commerce.benefit.limitation.CreateBenefitLimitationReq`]: {
    entityType: 'BenefitEntityType',
    entityID: S,
    benefitInfo: 'BenefitInfo',
  },
  [`${C}.commerce.benefit.limitation.model.BenefitInfo`]: {
    benefitID: S,
    benefitType: 'BenefitType',
    activeMode: 'ActiveMode',
    startedAt: L,
    endedAt: L,
    limit: I,
    status: 'BenefitStatus',
  },
  [`${C}.commerce.benefit.limitation.ListBenefitLimitationReq`]: {
    entityType: 'BenefitEntityType',
    entityID: S,
    benefitType: 'BenefitType',
    status: 'BenefitStatus',
    pageToken: S,
    pageSize: I,
  },
  [`${C}.commerce.benefit.limitation.UpdateBenefitLimitationReq`]: {
    benefitID: S,
    startedAt: L,
    endedAt: L,
    limit: I,
    status: 'BenefitStatus',
  },
  [`${C}.commerce.benefit.bill.CreateBillDownloadTaskReq`]: { startedAt: 'long', endedAt: 'long' },
  [`${C}.commerce.benefit.bill.ListBillDownloadTaskReq`]: { taskIds: STRINGS, pageNum: I, pageSize: I },
};

/** Static factories (besides `builder()`), and the class each returns. */
const STATICS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // client/connversations/message/model/Message.java
  [`${C}.connversations.message.model.Message`]: { buildUserQuestionText: 'Message', buildAssistantAnswer: 'Message' },
  // client/chat/model/ToolOutput.java
  [`${C}.chat.model.ToolOutput`]: { of: 'ToolOutput' },
  // client/dataset/document/model/DocumentBase.java, DocumentUpdateRule.java (fork)
  [`${C}.dataset.document.model.DocumentBase`]: { buildLocalFile: 'DocumentBase', buildWebPage: 'DocumentBase' },
  [`${C}.dataset.document.model.DocumentUpdateRule`]: {
    buildAutoUpdate: 'DocumentUpdateRule',
    buildNoAutoUpdate: 'DocumentUpdateRule',
  },
  // client/auth/scope/Scope.java (fork)
  [`${C}.auth.scope.Scope`]: { buildBotChat: 'Scope' },
};

/** Enum values and public static constants. */
const CONSTANTS: Readonly<Record<string, readonly string[]>> = {
  // service/config/Consts.java (fork)
  [`${API}.service.config.Consts`]: ['COZE_CN_BASE_URL', 'COZE_COM_BASE_URL'],
  // client/chat/model/ChatEventType.java, client/workflows/run/model/WorkflowEventType.java (fork)
  [`${C}.chat.model.ChatEventType`]: [
    'CONVERSATION_MESSAGE_DELTA',
    'CONVERSATION_CHAT_COMPLETED',
    'CONVERSATION_CHAT_REQUIRES_ACTION',
  ],
  [`${C}.workflows.run.model.WorkflowEventType`]: ['MESSAGE', 'ERROR', 'DONE', 'INTERRUPT'],
  // client/connversations/message/model/MessageRole.java, MessageContentType.java (fork)
  [`${C}.connversations.message.model.MessageRole`]: ['USER', 'ASSISTANT'],
  [`${C}.connversations.message.model.MessageContentType`]: ['TEXT', 'OBJECT_STRING'],
  // client/audio/common/AudioFormat.java, LanguageCode.java (fork), rooms/model/AudioCodec.java
  [`${C}.audio.common.AudioFormat`]: ['WAV', 'PCM', 'OGG_OPUS', 'M4A', 'AAC', 'MP3'],
  [`${C}.audio.common.LanguageCode`]: ['ZH', 'EN', 'JA', 'ES', 'ID', 'PT'],
  [`${C}.audio.rooms.model.AudioCodec`]: ['AACLC', 'G711A', 'OPUS', 'G722'],
  // client/dataset/document/model/DocumentFormatType.java (fork)
  [`${C}.dataset.document.model.DocumentFormatType`]: ['DOCUMENT', 'SPREADSHEET', 'IMAGE'],
  // client/commerce/benefit/common/*.java (coze-dev and fork agree on these)
  [`${C}.commerce.benefit.common.BenefitEntityType`]: [
    'BENEFIT_ENTITY_TYPE_ENTERPRISE_ALL_DEVICE',
    'BENEFIT_ENTITY_TYPE_ENTERPRISE_ALL_IDENTIFIER',
    'BENEFIT_ENTITY_TYPE_SINGLE_DEVICE',
    'BENEFIT_ENTITY_TYPE_SINGLE_IDENTIFIER',
  ],
  [`${C}.commerce.benefit.common.BenefitType`]: ['BENEFIT_TYPE_RESOURCE_POINT'],
  [`${C}.commerce.benefit.common.ActiveMode`]: ['ACTIVE_MODE_ABSOLUTE_TIME'],
  [`${C}.commerce.benefit.common.BenefitStatus`]: ['BENEFIT_STATUS_VALID', 'BENEFIT_STATUS_FROZEN'],
};

/** Methods of the OAuth clients (service/auth/*OAuthClient.java, fork) and their base OAuthClient. */
const OAUTH_METHODS: Readonly<Record<string, readonly string[]>> = {
  WebOAuthClient: ['getAccessToken', 'refreshToken', 'shutdownExecutor'],
  PKCEOAuthClient: ['getAccessToken', 'refreshToken', 'shutdownExecutor'],
  DeviceOAuthClient: ['getDeviceCode', 'getAccessToken', 'refreshToken', 'shutdownExecutor'],
  JWTOAuthClient: ['getAccessToken', 'shutdownExecutor'],
};

/** Other coze-java classes the programs name: results, events, auth. */
const OTHER_CLASSES = [
  `${API}.service.service.CozeAPI`,
  `${API}.service.auth.TokenAuth`,
  ...Object.keys(OAUTH_METHODS).map((name) => `${API}.service.auth.${name}`),
  `${C}.auth.OAuthToken`,
  `${C}.auth.DeviceAuthResp`,
  `${C}.chat.model.Chat`,
  `${C}.chat.model.ChatEvent`,
  `${C}.chat.model.ChatPoll`,
  `${C}.chat.model.ChatToolCall`,
  `${C}.workflows.run.RunWorkflowResp`,
  `${C}.workflows.run.model.WorkflowEvent`,
];

const KNOWN_CLASSES = new Set([
  ...Object.keys(BUILDERS).filter((name) => !/\.[A-Z]\w*\.[A-Z]\w*$/.test(name)),
  ...Object.keys(STATICS),
  ...Object.keys(CONSTANTS),
  ...OTHER_CLASSES,
]);

// ---------------------------------------------------------------- reading the programs

/** The index after the parenthesis closing the one at `open`, skipping string literals. */
function closing(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced parenthesis at ${open}`);
}

/** Top-level comma-separated arguments of an argument list's text. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      i = closing(text, i) - 1;
    } else if (text[i] === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (text[i] === ',') {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  return last ? [...args, last] : args;
}

/** The arguments of a call written as `prefix…)`. */
const argsOf = (call: string, prefix: string) => splitArgs(call.slice(prefix.length, -1));

interface Call {
  readonly name: string;
  readonly arg: string;
}

/** The `.name(arg)` calls chained after `at`, up to and including `.build()`. */
function chainedCalls(code: string, at: number): Call[] {
  const calls: Call[] = [];
  let i = at;
  for (;;) {
    const match = /^\s*\.\s*(\w+)\(/.exec(code.slice(i));
    if (!match) return calls;
    const open = i + match[0].length - 1;
    const end = closing(code, open);
    calls.push({ name: match[1]!, arg: code.slice(open + 1, end - 1).trim() });
    i = end;
    if (match[1] === 'build') return calls;
  }
}

/** A program's code without imports and comment lines (notes name JSON fields that read like code). */
const codeOf = (program: string) => program.replace(/^\s*(\/\/|import ).*$/gm, '');

/** The program's coze-java imports, by simple name. */
function importsOf(program: string): Map<string, string> {
  return new Map(
    [...program.matchAll(/^import (com\.coze\.[\w.]+);$/gm)].map((m) => [
      m[1]!.slice(m[1]!.lastIndexOf('.') + 1),
      m[1]!,
    ]),
  );
}

/** Constants whose type is not their class. */
const CONSTANT_TYPES: Readonly<Record<string, string>> = { Consts: 'String' };

/** The Java type a literal or expression argument has, when the test can tell; undefined otherwise. */
function kindOf(arg: string, imports: Map<string, string>): string | undefined {
  if (/^"/.test(arg)) return 'String';
  if (/^-?\d+L$/.test(arg)) return 'long literal';
  if (/^-?\d+(\.\d+)?f$/.test(arg)) return 'float literal';
  if (/^-?\d+\.\d+$/.test(arg)) return 'double literal';
  if (/^-?\d+$/.test(arg)) return 'int literal';
  if (arg === 'true' || arg === 'false') return 'boolean literal';
  if (arg.startsWith('List.of(')) return 'List';
  if (arg.startsWith('Map.ofEntries(')) return 'Map';
  const owner = /^(?:new\s+)?([A-Z]\w*)[.(]/.exec(arg)?.[1];
  if (!owner || !imports.has(owner)) return undefined;
  if (/^[A-Z]\w*\.[A-Z][A-Z0-9_]*$/.test(arg)) return CONSTANT_TYPES[owner] ?? owner;
  const method = /^[A-Z]\w*\.([a-z]\w*)\(/.exec(arg)?.[1];
  return (method && STATICS[imports.get(owner)!]?.[method]) || owner;
}

const LITERAL_FITS: Readonly<Record<string, readonly string[]>> = {
  String: ['String'],
  'long literal': ['Long', 'long', 'float', 'double'],
  'float literal': ['float', 'Float'],
  'double literal': ['Double', 'double'],
  'int literal': ['Integer', 'int', 'long', 'float', 'double'],
  'boolean literal': ['Boolean', 'boolean'],
};

/** Why an argument does not fit a parameter type, or undefined when it fits (or cannot be told). */
function misfit(type: string, arg: string, imports: Map<string, string>): string | undefined {
  const kind = kindOf(arg, imports);
  if (kind === undefined) return undefined;
  if (kind === 'List') {
    const element = /^List<(.+)>$/.exec(type)?.[1];
    if (!element) return `List.of(…) for ${type}`;
    return argsOf(arg, 'List.of(')
      .map((item) => misfit(element, item, imports))
      .find(Boolean);
  }
  if (kind === 'Map') {
    const value = /^Map<String, (\w+)>$/.exec(type)?.[1];
    if (!value) return `a Map for ${type}`;
    return argsOf(arg, 'Map.ofEntries(')
      .map((entry) => argsOf(entry, 'Map.entry(')[1]!)
      .map((item) => (value === 'Object' ? undefined : misfit(value, item, imports)))
      .find(Boolean);
  }
  const literal = LITERAL_FITS[kind];
  if (literal) return literal.includes(type) ? undefined : `${arg} (${kind}) for ${type}`;
  return kind === type || (type === 'Auth' && kind === 'TokenAuth') ? undefined : `${kind} for ${type}`;
}

/** A setter called in a builder chain: the class, the setter, its argument. */
interface SetterCall extends Call {
  readonly fqn: string;
}

/** Every setter call of every builder chain in a program: `Type.builder()…` and `new Type.Builder()…`. */
function setterCalls(program: string): SetterCall[] {
  const code = codeOf(program);
  const imports = importsOf(program);
  const fqnOf = (name: string) => imports.get(name) ?? `${API}.service.service.${name}`;
  const starts = [
    ...[...code.matchAll(/\b([A-Z]\w*)\.builder\(\)/g)].map((m) => ({ fqn: fqnOf(m[1]!), at: m.index + m[0].length })),
    ...[...code.matchAll(/\bnew ([A-Z]\w*)\.([A-Z]\w*)\(\)/g)].map((m) => ({
      fqn: `${fqnOf(m[1]!)}.${m[2]}`,
      at: m.index + m[0].length,
    })),
  ];
  return starts.flatMap(({ fqn, at }) =>
    chainedCalls(code, at)
      .filter((call) => call.name !== 'build')
      .map((call) => ({ fqn, ...call })),
  );
}

/** Every use of coze-java's surface in one program that the tables do not have. */
function surfaceErrors(program: string): string[] {
  const errors: string[] = [];
  const code = codeOf(program);
  const imports = importsOf(program);
  for (const fqn of imports.values()) if (!KNOWN_CLASSES.has(fqn)) errors.push(`unknown class ${fqn}`);

  for (const { fqn, name, arg } of setterCalls(program)) {
    const type = BUILDERS[fqn]?.[name];
    if (!BUILDERS[fqn]) errors.push(`no builder for ${fqn}`);
    else if (!type) errors.push(`${fqn} has no setter ${name}`);
    else {
      const wrong = misfit(type, arg, imports);
      if (wrong) errors.push(`${fqn}.${name}: ${wrong}`);
    }
  }

  // Service calls: `coze.a().b().method(…)`, a `req` argument checked against its declared type.
  const declared = /\b([A-Z]\w*) req =/.exec(code)?.[1];
  for (const m of code.matchAll(/\bcoze((?:\s*\.\s*\w+\(\))*)\s*\.\s*(\w+)\(/g)) {
    let service: string | undefined = 'CozeAPI';
    for (const [, accessor] of m[1]!.matchAll(/(\w+)\(\)/g)) {
      const next: string | undefined = service && ACCESSORS[service]?.[accessor!];
      if (service && !next) errors.push(`${service} has no accessor ${accessor}()`);
      service = next;
    }
    if (!service) continue;
    const takes = METHODS[service]?.[m[2]!];
    if (takes === undefined) errors.push(`${service} has no method ${m[2]}`);
    const open = m.index + m[0].length - 1;
    if (takes && code.slice(open, closing(code, open)) === '(req)' && imports.get(declared ?? '') !== takes)
      errors.push(`${service}.${m[2]} takes ${takes}, not ${declared}`);
  }

  // OAuth clients: `XxxOAuthClient oauth = …; oauth.method(…)`.
  const oauthType = /\b(\w+OAuthClient) oauth =/.exec(code)?.[1] ?? '';
  for (const [, method] of code.matchAll(/\boauth\.(\w+)\(/g))
    if (!OAUTH_METHODS[oauthType]?.includes(method!)) errors.push(`${oauthType} has no method ${method}`);

  // Static factories and constants of coze-java classes (nested builder classes follow `new`).
  for (const [, owner, member] of code.matchAll(/\b([A-Z]\w*)\.([a-z]\w*)\(/g)) {
    const fqn = imports.get(owner!);
    if (fqn && member !== 'builder' && !STATICS[fqn]?.[member!]) errors.push(`${fqn} has no static ${member}`);
  }
  for (const m of code.matchAll(/(new\s+)?\b([A-Z]\w*)\.([A-Z]\w*)\b/g)) {
    const fqn = imports.get(m[2]!);
    if (fqn && !m[1] && !CONSTANTS[fqn]?.includes(m[3]!)) errors.push(`${fqn} has no constant ${m[3]}`);
  }
  return errors;
}

// ---------------------------------------------------------------- the programs

const origin = 'https://playground.test';

/** The endpoint's example, with every file field holding a picked file. */
function valuesFor(endpoint: Endpoint): FormValues {
  const values = exampleValues(endpoint);
  for (const name of fileFields(endpoint)) values.body[name] = new File(['RIFF'], 'sample.wav', { type: 'audio/wav' });
  return values;
}

function javaSample(endpoint: Endpoint, values: FormValues, region: Region = 'cn', variant?: ChatVariant): Sample {
  const model = buildRequest(endpoint, values, { region, origin });
  return buildSamples(endpoint, model, values, variant).find((sample) => sample.language === 'java')!;
}

/** The endpoint's example with more fields, each put where the endpoint's schema has it. */
const withFields = (id: string, fields: Record<string, unknown>): [Endpoint, FormValues] => {
  const endpoint = findEndpoint(id)!;
  const values = valuesFor(endpoint);
  const locations = ['path', 'query', 'body'] as const;
  const where = (key: string) =>
    locations.find(
      (location) => key in ((endpoint.params[location] as { entries?: object } | undefined)?.entries ?? {}),
    );
  const more = (location: (typeof locations)[number]) =>
    Object.fromEntries(Object.entries(fields).filter(([key]) => (where(key) ?? 'body') === location));
  return [
    endpoint,
    {
      ...values,
      path: { ...values.path, ...more('path') },
      query: { ...values.query, ...more('query') },
      body: { ...values.body, ...more('body') },
    },
  ];
};

/** Values beyond the examples, so that every setter the samples can write is written at least once. */
const MORE_VALUES: readonly [Endpoint, FormValues][] = [
  withFields('create-bot', {
    icon_file_id: '7351000000000000401',
    plugin_id_list: { id_list: [{ api_id: '1', plugin_id: '2' }] },
    workflow_id_list: { ids: [{ id: '7351000000000000101' }] },
    model_info_config: {
      model_id: '1706077826',
      top_k: 1,
      top_p: 0.9,
      max_tokens: 4096,
      temperature: 1,
      context_round: 3,
      response_format: 'markdown',
      presence_penalty: 0,
      frequency_penalty: 0,
    },
  }),
  withFields('update-bot', {
    name: 'Sandbox guide',
    icon_file_id: '7351000000000000401',
    prompt_info: { prompt: 'Be brief.' },
    plugin_id_list: { id_list: [{ api_id: '1', plugin_id: '2' }] },
    workflow_id_list: { ids: [{ id: '7351000000000000101' }] },
    model_info_config: { model_id: '1706077826', temperature: 0.7 },
  }),
  withFields('create-chat', {
    conversation_id: '7351000000000000301',
    custom_variables: { city: 'Beijing' },
    meta_data: { source: 'playground' },
    parameters: { days: 3 },
  }),
  withFields('list-messages', { chat_id: '1', before_id: '2', after_id: '3' }),
  withFields('create-message', { meta_data: { source: 'playground', count: 2 } }),
  withFields('update-message', { meta_data: { source: 'playground' } }),
  withFields('create-conversation', { messages: [{ role: 'user', content: 'Hi', content_type: 'text' }] }),
  withFields('knowledge-documents-create', {
    document_bases: [
      {
        name: 'Docs',
        source_info: { web_url: 'https://example.com', document_source: 1 },
        update_rule: { update_type: 1, update_interval: 24 },
      },
    ],
    chunk_strategy: {
      chunk_type: 1,
      separator: '\n',
      max_tokens: 800,
      remove_extra_spaces: true,
      remove_urls_emails: false,
    },
  }),
  withFields('knowledge-documents-update', { update_rule: { update_type: 0 } }),
  withFields('datasets-images-list', { keyword: 'kettle', has_caption: true }),
  withFields('audio-rooms-create', {
    conversation_id: '1',
    workflow_id: '2',
    config: { room_mode: 'default', audio_config: { codec: 'OPUS' } },
  }),
  withFields('audio-voices-clone', { voice_id: '1', preview_text: 'Hello', text: 'Read me' }),
  withFields('variables-update', { app_id: '1' }),
  withFields('run-chatflow', { app_id: '1', conversation_id: '2', ext: { user_id: 'u' } }),
  withFields('oauth-token-jwt', {
    scope: {
      account_permission: { permission_list: ['Connector.botChat'] },
      attribute_constraint: { connector_bot_chat_attribute: { bot_id_list: ['7351000000000000001'] } },
    },
  }),
  withFields('datasets-list', { name: 'FAQ', format_type: 2 }),
  withFields('benefit-limitations-list', { page_token: 'next' }),
  withFields('variables-retrieve', { app_id: '1' }),
  withFields('run-workflow', { bot_id: '1', app_id: '2', ext: { user_id: 'u' }, is_async: true }),
  withFields('benefit-limitations-update', { started_at: 1735689600, ended_at: 1735689700, status: 'frozen' }),
];

const javaEndpoints = ENDPOINTS.filter((endpoint) => isCallable(endpoint) && endpoint.sdks.includes('java'));
const chat = findEndpoint('create-chat')!;

/** Every coze-java program the samples write for the examples, plus MORE_VALUES. */
const programs: { name: string; code: string }[] = [
  ...javaEndpoints.map((endpoint) => ({ name: endpoint.id, sample: javaSample(endpoint, valuesFor(endpoint)) })),
  ...(['streaming', 'non-streaming', 'plugin'] as const).map((variant) => ({
    name: `create-chat ${variant}`,
    sample: javaSample(chat, valuesFor(chat), 'cn', variant),
  })),
  ...MORE_VALUES.map(([endpoint, values]) => ({ name: `${endpoint.id} (more)`, sample: javaSample(endpoint, values) })),
]
  .filter(({ sample }) => sample.kind === 'sdk')
  .map(({ name, sample }) => ({ name, code: sample.code }));

/** Setters read from the source that no form field maps to (or that the method called sets). */
const TABLE_ONLY = [
  'service.service.CozeAPI.Builder.readTimeout',
  'service.service.CozeAPI.Builder.connectTimeout',
  ...[
    'WebOAuthClient.WebOAuthBuilder',
    'PKCEOAuthClient.PKCEOAuthBuilder',
    'DeviceOAuthClient.DeviceOAuthBuilder',
  ].flatMap((builder) => [`service.auth.${builder}.wwwURL`]),
  'service.auth.PKCEOAuthClient.PKCEOAuthBuilder.clientSecret',
  'service.auth.DeviceOAuthClient.DeviceOAuthBuilder.clientSecret',
  'service.auth.JWTOAuthClient.JWTOAuthBuilder.clientSecret',
  'service.auth.JWTOAuthClient.JWTOAuthBuilder.wwwURL',
  'service.auth.JWTOAuthClient.JWTOAuthBuilder.ttl',
  'client.connversations.message.ListMessageReq.botID',
  'client.chat.CreateChatReq.stream',
  'client.chat.CreateChatReq.autoSaveHistory',
  'client.chat.SubmitToolOutputsReq.stream',
  'client.files.UploadFileReq.fileBytes',
  'client.files.UploadFileReq.fileName',
  'client.files.UploadFileReq.file',
  'client.audio.transcriptions.CreateTranscriptionsReq.fileBytes',
  'client.audio.transcriptions.CreateTranscriptionsReq.fileName',
  'client.audio.transcriptions.CreateTranscriptionsReq.file',
  'client.audio.rooms.model.RoomConfig.translate_config',
  'client.variables.model.VariableEntity.description',
  'client.variables.model.VariableEntity.updateTime',
  'client.commerce.benefit.limitation.model.BenefitInfo.benefitID',
];

/** Callable endpoints the catalog says coze-java implements but whose Java tab stays raw HTTP, and why. */
const JAVA_FALLBACKS: Readonly<Record<string, string>> = {};

describe('coze-java samples', () => {
  it('write coze-java code for every callable endpoint the catalog says coze-java implements', () => {
    for (const endpoint of javaEndpoints) {
      const sample = javaSample(endpoint, valuesFor(endpoint));
      expect(sample.kind, endpoint.id).toBe(endpoint.id in JAVA_FALLBACKS ? 'http' : 'sdk');
    }
    for (const id of Object.keys(JAVA_FALLBACKS)) expect(javaEndpoints.map((e) => e.id)).toContain(id);
  });

  it.each(programs.map((program) => [program.name, program.code] as const))(
    '%s uses only methods, setters and constants coze-java has, with arguments of the right type',
    (_, code) => {
      expect(surfaceErrors(code)).toEqual([]);
    },
  );

  it('writes every setter of the tables at least once, save those no form field maps to', () => {
    const written = new Set(
      programs.flatMap(({ code }) => setterCalls(code).map((call) => `${call.fqn}.${call.name}`)),
    );
    const unwritten = Object.entries(BUILDERS)
      .flatMap(([fqn, setters]) => Object.keys(setters).map((name) => `${fqn}.${name}`))
      .filter((setter) => !written.has(setter))
      .map((setter) => setter.slice(`${API}.`.length));
    expect(unwritten.sort()).toEqual([...TABLE_ONLY].sort());
  });

  it('reports a misspelled setter, service method, accessor or constant', () => {
    const good = programs.find(({ name }) => name === 'create-message')!.code;
    expect(surfaceErrors(good)).toEqual([]);
    expect(surfaceErrors(good.replace('.conversationID(', '.conversationId('))).toEqual([
      `${C}.connversations.message.CreateMessageReq has no setter conversationId`,
    ]);
    expect(surfaceErrors(good.replace('messages().create(req)', 'messages().add(req)'))).toEqual([
      'MessageService has no method add',
    ]);
    expect(surfaceErrors(good.replace('.messages()', '.message()'))).toContain(
      'ConversationService has no accessor message()',
    );
    expect(surfaceErrors(good.replace('MessageRole.USER', 'MessageRole.HUMAN'))).toEqual([
      `${C}.connversations.message.model.MessageRole has no constant HUMAN`,
    ]);
  });

  it('reports an argument of the wrong type', () => {
    const documents = programs.find(({ name }) => name === 'knowledge-documents-list')!.code;
    expect(
      surfaceErrors(documents.replace('.datasetID(7351000000000000801L)', '.datasetID("7351000000000000801")')),
    ).toEqual([`${C}.dataset.document.ListDocumentReq.datasetID: "7351000000000000801" (String) for Long`]);
  });

  it('notes the fields coze-java has no setter for instead of dropping them silently', () => {
    const rooms = javaSample(findEndpoint('audio-rooms-create')!, valuesFor(findEndpoint('audio-rooms-create')!));
    expect(rooms.code).toContain('// coze-java has no setter for connector_id; the java.net.http sample sends it.');
    expect(rooms.code).toContain(
      '// coze-java has no setter for config.prologue_content; the java.net.http sample sends it.',
    );
    expect(rooms.code).not.toContain('prologue_content(');
  });

  it('writes binary answers to the file, lists page by page, uploads from the picked path', () => {
    const speech = javaSample(...withFields('audio-speech-create', { response_format: 'wav' }));
    expect(speech.code).toContain('coze.audio().speech().create(req).writeToFile("output.wav");');
    const list = javaSample(findEndpoint('list-conversations')!, valuesFor(findEndpoint('list-conversations')!));
    expect(list.code).toContain('coze.conversations().list(req).getItems().forEach(System.out::println);');
    const upload = javaSample(findEndpoint('upload-file')!, valuesFor(findEndpoint('upload-file')!));
    expect(upload.code).toContain('.filePath("sample.wav")');
    expect(javaSample(findEndpoint('upload-file')!, exampleValues(findEndpoint('upload-file')!)).code).toContain(
      '.filePath("path/to/file")',
    );
  });

  it('builds OAuth clients with the region base URL and reads secrets from the environment', () => {
    const web = javaSample(
      findEndpoint('oauth-token-authorization-code')!,
      exampleValues(findEndpoint('oauth-token-authorization-code')!),
      'com',
    );
    expect(web.code).toContain('new WebOAuthClient.WebOAuthBuilder()');
    expect(web.code).toContain('.clientSecret(System.getenv("COZE_API_TOKEN"))');
    expect(web.code).toContain('.baseURL(Consts.COZE_COM_BASE_URL)');
    expect(web.code).not.toContain('CozeAPI');
    const jwt = javaSample(...MORE_VALUES.find(([endpoint]) => endpoint.id === 'oauth-token-jwt')!);
    expect(jwt.code).toContain(
      'oauth.getAccessToken(900, Scope.buildBotChat(List.of("7351000000000000001"), List.of("Connector.botChat")))',
    );
  });

  it('falls back to raw HTTP where coze-java cannot send the values at all', () => {
    const clone = javaSample(...withFields('audio-voices-clone', { audio_format: 'ogg' }));
    expect(clone.kind).toBe('http');
    const chatflow = javaSample(
      ...withFields('run-chatflow', {
        additional_messages: [{ role: 'user', content: '[]', content_type: 'object_string' }],
      }),
    );
    expect(chatflow.kind).toBe('http');
  });
});
