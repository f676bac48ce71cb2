import {
  field,
  goBool,
  goEnum,
  goFloat,
  goInt,
  goInt64,
  goIntText,
  goPtr,
  goSlice,
  goStr,
  goStrings,
  goStringMap,
  goStruct,
  goStructs,
  type GoFields,
  type GoWriter,
} from './struct';
import type { SdkCallTable } from '../../endpoint-table';
import { base64Text, cString, type Json } from '../shared';

// The coze-go calls the samples write besides chat and workflow runs, one entry per endpoint:
// the method on the client, its request type and which form field goes in which Go field. Every
// name was read in coze-go's source (go/index.test.ts checks the programs against a
// table of that source, file by file).

/** How a call's result is shown. */
export type GoResult = 'print' | 'paged' | 'file';

/** How the program hands a form's file to coze-go. */
export interface GoUpload {
  /** The Go field the file goes in. */
  readonly field: string;
  /** `named` for coze-go's FileTypes (reader and name), `pointer` for *FileTypes, `reader` for io.Reader. */
  readonly as: 'named' | 'pointer' | 'reader';
  /** The Go field taking the file name, where coze-go asks for it apart. */
  readonly nameField?: string;
}

/** One coze-go call: `cozeCli.<method>(ctx, &coze.<type>{...})`. */
export interface GoApiCall {
  readonly method: string;
  readonly type: string;
  readonly fields: GoFields;
  readonly result?: GoResult;
  readonly upload?: GoUpload;
  /** Fields the sample sets whatever the form holds. */
  readonly fixed?: readonly string[];
  /** A form field coze-go takes as a string argument before the request (Templates.Duplicate's template id). */
  readonly positional?: string;
  /** Set for a method that takes nothing but the context (Users.Me). */
  readonly bare?: true;
  /** Why, when the call needs saying. */
  readonly note?: string;
}

const str = (name: string) => field(name, goStr);
const int = (name: string) => field(name, goInt);
const bool = (name: string) => field(name, goBool);
const float = (name: string) => field(name, goFloat);
const strs = (name: string) => field(name, goStrings);
const optStr = (name: string) => field(name, goPtr(goStr));
const metaData = field('MetaData', goStringMap);
const PAGE = { page_num: int('PageNum'), page_size: int('PageSize') } as const;

const MESSAGE_ROLE = goEnum('MessageRole', { user: 'MessageRoleUser', assistant: 'MessageRoleAssistant' });
const MESSAGE_TYPE = goEnum('MessageType', {
  question: 'MessageTypeQuestion',
  answer: 'MessageTypeAnswer',
  function_call: 'MessageTypeFunctionCall',
  tool_output: 'MessageTypeToolOutput',
  tool_response: 'MessageTypeToolResponse',
});
const CONTENT_TYPE = goEnum('MessageContentType', {
  text: 'MessageContentTypeText',
  object_string: 'MessageContentTypeObjectString',
});
const PUBLISH_STATUS = goEnum('PublishStatus', {
  all: 'PublishStatusALL',
  published_online: 'PublishStatusPublishedOnline',
  published_draft: 'PublishStatusPublishedDraft',
  unpublished_draft: 'PublishStatusUnpublishedDraft',
});
const AUDIO_FORMAT = goEnum('AudioFormat', {
  wav: 'AudioFormatWAV',
  pcm: 'AudioFormatPCM',
  ogg_opus: 'AudioFormatOGGOPUS',
  m4a: 'AudioFormatM4A',
  aac: 'AudioFormatAAC',
  mp3: 'AudioFormatMP3',
});
const DOCUMENT_FORMAT = goEnum('DocumentFormatType', {
  0: 'DocumentFormatTypeDocument',
  1: 'DocumentFormatTypeSpreadsheet',
  2: 'DocumentFormatTypeImage',
});

const MESSAGE_FIELDS: GoFields = {
  role: field('Role', MESSAGE_ROLE),
  type: field('Type', MESSAGE_TYPE),
  content: str('Content'),
  content_type: field('ContentType', CONTENT_TYPE),
  meta_data: metaData,
};

const MODEL_FIELDS: GoFields = {
  model_id: str('ModelID'),
  top_k: int('TopK'),
  top_p: float('TopP'),
  max_tokens: int('MaxTokens'),
  temperature: float('Temperature'),
  context_round: int('ContextRound'),
  response_format: str('ResponseFormat'),
  presence_penalty: float('PresencePenalty'),
  frequency_penalty: float('FrequencyPenalty'),
  parameters: field('Parameters', goStringMap),
};

/** The bot fields create-bot and update-bot share. */
const BOT_FIELDS: GoFields = {
  name: str('Name'),
  description: str('Description'),
  icon_file_id: str('IconFileID'),
  prompt_info: field('PromptInfo', goStruct('BotPromptInfo', { prompt: str('Prompt') }, true, 'prompt_info.')),
  onboarding_info: field(
    'OnboardingInfo',
    goStruct(
      'BotOnboardingInfo',
      { prologue: str('Prologue'), suggested_questions: strs('SuggestedQuestions') },
      true,
      'onboarding_info.',
    ),
  ),
  workflow_id_list: field(
    'WorkflowIDList',
    goStruct(
      'WorkflowIDList',
      { ids: field('IDs', goStructs('WorkflowIDInfo', { id: str('ID') }, false, 'workflow_id_list.ids[].')) },
      true,
      'workflow_id_list.',
    ),
  ),
  model_info_config: field('ModelInfoConfig', goStruct('BotModelInfoConfig', MODEL_FIELDS, true, 'model_info_config.')),
};

const CONVERSATION_MESSAGE = { conversation_id: str('ConversationID'), message_id: str('MessageID') };
const VOICEPRINT_FEATURE = {
  group_id: str('GroupID'),
  name: optStr('Name'),
  desc: optStr('Desc'),
  // coze-go takes these as *int; the form sends them as multipart text.
  sample_rate: field('SampleRate', goPtr(goIntText)),
  channel: field('Channel', goPtr(goIntText)),
};
const UPDATE_RULE = goStruct(
  'DocumentUpdateRule',
  {
    update_type: field(
      'UpdateType',
      goEnum('DocumentUpdateType', { 0: 'DocumentUpdateTypeNoAutoUpdate', 1: 'DocumentUpdateTypeAutoUpdate' }),
    ),
    update_interval: int('UpdateInterval'),
  },
  true,
  'update_rule.',
);
const VARIABLE_SCOPE = { app_id: optStr('AppID'), bot_id: optStr('BotID'), connector_id: optStr('ConnectorID') };

/**
 * A document base through coze-go's builders, which take the file's text and encode it
 * themselves: local text files and web pages. Other sources (images by file id, binary files)
 * leave the endpoint to net/http.
 */
const documentBase: GoWriter = (value) => {
  const base = (value ?? {}) as Json;
  const source = (base.source_info ?? {}) as Json;
  const name = goStr(base.name ?? '')!;
  const known = ['name', 'source_info', 'update_rule'];
  if (Object.keys(base).some((key) => !known.includes(key))) return undefined;
  if (typeof source.web_url === 'string' && (source.document_source ?? 1) === 1) {
    const rule = (base.update_rule ?? {}) as Json;
    const interval = rule.update_type === 1 ? goPtr(goInt)(rule.update_interval, '') : 'nil';
    return interval && `coze.DocumentBaseBuildWebPage(${name}, ${cString(source.web_url)}, ${interval})`;
  }
  const text = base64Text(source.file_base64);
  if (text === undefined || (source.document_source ?? 0) !== 0 || base.update_rule) return undefined;
  return `coze.DocumentBaseBuildLocalFile(${name}, ${cString(text)}, ${goStr(source.file_type ?? '')})`;
};

const documentBases: GoWriter = (value, indent = '') => {
  if (!Array.isArray(value)) return undefined;
  const items = value.map((item) => documentBase(item, indent));
  if (!items.every((item) => item !== undefined)) return undefined;
  return `[]*coze.DocumentBase{\n${items.map((item) => `${indent}\t${item},`).join('\n')}\n${indent}}`;
};

/** The coze-go call for each endpoint the samples write one for, beyond chat and workflow runs. */
export const GO_API_CALLS: SdkCallTable<'go', GoApiCall> = {
  'create-bot': {
    method: 'Bots.Create',
    type: 'CreateBotsReq',
    fields: {
      space_id: str('SpaceID'),
      ...BOT_FIELDS,
      suggest_reply_info: field(
        'SuggestReplyInfo',
        goStruct(
          'BotSuggestReplyInfo',
          { reply_mode: str('ReplyMode'), customized_prompt: str('CustomizedPrompt') },
          true,
          'suggest_reply_info.',
        ),
      ),
    },
  },
  'update-bot': {
    method: 'Bots.Update',
    type: 'UpdateBotsReq',
    fields: {
      bot_id: str('BotID'),
      ...BOT_FIELDS,
      knowledge: field(
        'Knowledge',
        goStruct(
          'BotKnowledge',
          { dataset_ids: strs('DatasetIDs'), auto_call: bool('AutoCall'), search_strategy: int('SearchStrategy') },
          true,
          'knowledge.',
        ),
      ),
    },
  },
  'publish-bot': {
    method: 'Bots.Publish',
    type: 'PublishBotsReq',
    fields: { bot_id: str('BotID'), connector_ids: strs('ConnectorIDs') },
  },
  'retrieve-bot': {
    method: 'Bots.Retrieve',
    type: 'RetrieveBotsReq',
    fields: { bot_id: str('BotID'), is_published: field('IsPublished', goPtr(goBool)) },
    fixed: ['UseAPIVersion: 2,'],
    note: 'UseAPIVersion 2 reads GET /v1/bots/:bot_id; without it coze-go calls the deprecated get_online_info.',
  },
  'deprecated-bot-get-online-info': {
    method: 'Bots.Retrieve',
    type: 'RetrieveBotsReq',
    fields: { bot_id: str('BotID') },
  },
  'deprecated-published-bots-list': {
    method: 'Bots.List',
    type: 'ListBotsReq',
    fields: { space_id: str('SpaceID'), page_index: int('PageNum'), page_size: int('PageSize') },
    result: 'paged',
  },
  'list-apps': {
    method: 'Apps.List',
    type: 'ListAppReq',
    fields: {
      workspace_id: str('WorkspaceID'),
      publish_status: field('PublishStatus', goPtr(PUBLISH_STATUS)),
      connector_id: optStr('ConnectorID'),
      ...PAGE,
    },
    result: 'paged',
  },
  'list-workspaces': {
    method: 'Workspaces.List',
    type: 'ListWorkspaceReq',
    fields: {
      ...PAGE,
      enterprise_id: optStr('EnterpriseID'),
      user_id: optStr('UserID'),
      coze_account_id: optStr('CozeAccountID'),
    },
    result: 'paged',
  },
  'list-workspace-members': {
    method: 'Workspaces.Members.List',
    type: 'ListWorkspaceMemberReq',
    fields: { workspace_id: optStr('WorkspaceID'), ...PAGE },
    result: 'paged',
  },
  'add-workspace-members': {
    method: 'Workspaces.Members.Create',
    type: 'CreateWorkspaceMemberReq',
    fields: {
      workspace_id: str('WorkspaceID'),
      users: field(
        'Users',
        goStructs(
          'WorkspaceMember',
          {
            user_id: str('UserID'),
            role_type: field(
              'RoleType',
              goEnum('WorkspaceRoleType', { admin: 'WorkspaceRoleTypeAdmin', member: 'WorkspaceRoleTypeMember' }),
            ),
          },
          true,
          'users[].',
        ),
      ),
    },
  },
  'remove-workspace-members': {
    method: 'Workspaces.Members.Delete',
    type: 'DeleteWorkspaceMemberReq',
    fields: { workspace_id: str('WorkspaceID'), user_ids: strs('UserIDs') },
  },
  'list-folders': {
    method: 'Folders.List',
    type: 'ListFoldersReq',
    fields: {
      workspace_id: str('WorkspaceID'),
      folder_type: field('FolderType', goEnum('FolderType', { development: 'FolderTypeDevelopment' })),
      parent_folder_id: optStr('ParentFolderID'),
      ...PAGE,
    },
    result: 'paged',
  },
  'retrieve-folder': { method: 'Folders.Retrieve', type: 'RetrieveFolderReq', fields: { folder_id: str('FolderID') } },
  ...enterpriseMembers(),
  'create-conversation': {
    method: 'Conversations.Create',
    type: 'CreateConversationsReq',
    fields: {
      bot_id: str('BotID'),
      messages: field('Messages', goStructs('Message', MESSAGE_FIELDS, true, 'messages[].')),
      connector_id: str('ConnectorID'),
      meta_data: metaData,
    },
  },
  'retrieve-conversation': {
    method: 'Conversations.Retrieve',
    type: 'RetrieveConversationsReq',
    fields: { conversation_id: str('ConversationID') },
  },
  'list-conversations': {
    method: 'Conversations.List',
    type: 'ListConversationsReq',
    fields: { bot_id: str('BotID'), ...PAGE },
    result: 'paged',
  },
  'clear-conversation-context': {
    method: 'Conversations.Clear',
    type: 'ClearConversationsReq',
    fields: { conversation_id: str('ConversationID') },
  },
  'create-message': {
    method: 'Conversations.Messages.Create',
    type: 'CreateMessageReq',
    fields: { conversation_id: str('ConversationID'), ...MESSAGE_FIELDS },
  },
  'list-messages': {
    method: 'Conversations.Messages.List',
    type: 'ListConversationsMessagesReq',
    fields: {
      conversation_id: str('ConversationID'),
      order: optStr('Order'),
      chat_id: optStr('ChatID'),
      before_id: optStr('BeforeID'),
      after_id: optStr('AfterID'),
      limit: int('Limit'),
    },
    result: 'paged',
  },
  'retrieve-message': {
    method: 'Conversations.Messages.Retrieve',
    type: 'RetrieveConversationsMessagesReq',
    fields: CONVERSATION_MESSAGE,
  },
  'update-message': {
    method: 'Conversations.Messages.Update',
    type: 'UpdateConversationMessagesReq',
    fields: { ...CONVERSATION_MESSAGE, ...MESSAGE_FIELDS },
  },
  'delete-message': {
    method: 'Conversations.Messages.Delete',
    type: 'DeleteConversationsMessagesReq',
    fields: CONVERSATION_MESSAGE,
  },
  'create-message-feedback': {
    method: 'Conversations.Messages.Feedback.Create',
    type: 'CreateConversationMessageFeedbackReq',
    fields: {
      ...CONVERSATION_MESSAGE,
      feedback_type: field(
        'FeedbackType',
        goEnum('FeedbackType', { like: 'FeedbackTypeLike', unlike: 'FeedbackTypeUnlike' }),
      ),
      reason_types: strs('ReasonTypes'),
      comment: optStr('Comment'),
    },
  },
  'delete-message-feedback': {
    method: 'Conversations.Messages.Feedback.Delete',
    type: 'DeleteConversationMessageFeedbackReq',
    fields: CONVERSATION_MESSAGE,
  },
  'retrieve-workflow-run-history': {
    method: 'Workflows.Runs.Histories.Retrieve',
    type: 'RetrieveWorkflowsRunsHistoriesReq',
    fields: { workflow_id: str('WorkflowID'), execute_id: str('ExecuteID') },
  },
  'retrieve-workflow-node-output': {
    method: 'Workflows.Runs.Histories.ExecuteNodes.Retrieve',
    type: 'RetrieveWorkflowsRunsHistoriesExecuteNodesReq',
    fields: { workflow_id: str('WorkflowID'), execute_id: str('ExecuteID'), node_execute_uuid: str('NodeExecuteUUID') },
  },
  'list-workflows': {
    method: 'Workflows.List',
    type: 'ListWorkflowReq',
    fields: {
      workspace_id: optStr('WorkspaceID'),
      workflow_mode: field(
        'WorkflowMode',
        goPtr(goEnum('WorkflowMode', { workflow: 'WorkflowModeWorkflow', chatflow: 'WorkflowModeChatflow' })),
      ),
      app_id: optStr('AppID'),
      publish_status: field('PublishStatus', goPtr(PUBLISH_STATUS)),
      ...PAGE,
    },
    result: 'paged',
  },
  'upload-file': { method: 'Files.Upload', type: 'UploadFilesReq', fields: {}, upload: { field: 'File', as: 'named' } },
  'retrieve-file': { method: 'Files.Retrieve', type: 'RetrieveFilesReq', fields: { file_id: str('FileID') } },
  'audio-voices-list': {
    method: 'Audio.Voices.List',
    type: 'ListAudioVoicesReq',
    fields: {
      filter_system_voice: bool('FilterSystemVoice'),
      model_type: field(
        'ModelType',
        goPtr(goEnum('VoiceModelType', { big: 'VoiceModelTypeBig', small: 'VoiceModelTypeSmall' })),
      ),
      voice_state: field(
        'VoiceState',
        goPtr(goEnum('VoiceState', { init: 'VoiceStateInit', cloned: 'VoiceStateCloned', all: 'VoiceStateAll' })),
      ),
      ...PAGE,
    },
    result: 'paged',
  },
  'audio-speech-create': {
    method: 'Audio.Speech.Create',
    type: 'CreateAudioSpeechReq',
    fields: {
      input: str('Input'),
      voice_id: str('VoiceID'),
      response_format: field('ResponseFormat', goPtr(AUDIO_FORMAT)),
      speed: field('Speed', goPtr(goFloat, 'float32')),
      sample_rate: field('SampleRate', goPtr(goInt)),
      loudness_rate: field('LoudnessRate', goPtr(goInt)),
      emotion: optStr('Emotion'),
      emotion_scale: field('EmotionScale', goPtr(goFloat, 'float32')),
    },
    result: 'file',
  },
  'audio-transcriptions-create': {
    method: 'Audio.Transcriptions.Create',
    type: 'AudioSpeechTranscriptionsReq',
    fields: {},
    upload: { field: 'Audio', as: 'reader', nameField: 'Filename' },
  },
  'audio-voices-clone': {
    method: 'Audio.Voices.Clone',
    type: 'CloneAudioVoicesReq',
    fields: {
      voice_name: str('VoiceName'),
      audio_format: field('AudioFormat', AUDIO_FORMAT),
      language: field(
        'Language',
        goPtr(
          goEnum('LanguageCode', {
            zh: 'LanguageCodeZH',
            en: 'LanguageCodeEN',
            ja: 'LanguageCodeJA',
            es: 'LanguageCodeES',
            id: 'LanguageCodeID',
            pt: 'LanguageCodePT',
          }),
        ),
      ),
      voice_id: optStr('VoiceID'),
      preview_text: optStr('PreviewText'),
      text: optStr('Text'),
      space_id: optStr('SpaceID'),
      description: optStr('Description'),
    },
    upload: { field: 'File', as: 'named' },
  },
  'audio-live-retrieve': {
    method: 'Audio.Live.Retrieve',
    type: 'RetrieveAudioLiveReq',
    fields: { live_id: str('LiveID') },
  },
  'users-me': { method: 'Users.Me', type: '', fields: {}, bare: true },
  'templates-duplicate': {
    method: 'Templates.Duplicate',
    type: 'DuplicateTemplateReq',
    fields: { template_id: 'implied', workspace_id: str('WorkspaceID'), name: optStr('Name') },
    positional: 'template_id',
  },
  'audio-rooms-create': {
    method: 'Audio.Rooms.Create',
    type: 'CreateAudioRoomsReq',
    fields: {
      bot_id: str('BotID'),
      conversation_id: str('ConversationID'),
      voice_id: str('VoiceID'),
      uid: str('UID'),
      workflow_id: str('WorkflowID'),
      config: field('Config', roomConfig()),
    },
  },
  ...voiceprints(),
  'datasets-create': {
    method: 'Datasets.Create',
    type: 'CreateDatasetsReq',
    fields: {
      name: str('Name'),
      space_id: str('SpaceID'),
      format_type: field('FormatType', DOCUMENT_FORMAT),
      description: str('Description'),
      file_id: str('IconFileID'),
    },
  },
  'datasets-list': {
    method: 'Datasets.List',
    type: 'ListDatasetsReq',
    fields: { space_id: str('SpaceID'), name: str('Name'), format_type: field('FormatType', DOCUMENT_FORMAT), ...PAGE },
    result: 'paged',
  },
  'datasets-update': {
    method: 'Datasets.Update',
    type: 'UpdateDatasetsReq',
    fields: {
      dataset_id: str('DatasetID'),
      name: str('Name'),
      file_id: str('IconFileID'),
      description: str('Description'),
    },
  },
  'datasets-delete': { method: 'Datasets.Delete', type: 'DeleteDatasetsReq', fields: { dataset_id: str('DatasetID') } },
  'datasets-process': {
    method: 'Datasets.Process',
    type: 'ProcessDocumentsReq',
    fields: { dataset_id: str('DatasetID'), document_ids: strs('DocumentIDs') },
  },
  'datasets-images-update': {
    method: 'Datasets.Images.Update',
    type: 'UpdateDatasetImageReq',
    fields: { dataset_id: str('DatasetID'), document_id: str('DocumentID'), caption: optStr('Caption') },
  },
  'datasets-images-list': {
    method: 'Datasets.Images.List',
    type: 'ListDatasetsImagesReq',
    fields: {
      dataset_id: str('DatasetID'),
      keyword: optStr('Keyword'),
      has_caption: field('HasCaption', goPtr(goBool)),
      ...PAGE,
    },
    result: 'paged',
  },
  'knowledge-documents-create': {
    method: 'Datasets.Documents.Create',
    type: 'CreateDatasetsDocumentsReq',
    fields: {
      dataset_id: field('DatasetID', goInt64),
      document_bases: field('DocumentBases', documentBases),
      chunk_strategy: field(
        'ChunkStrategy',
        goStruct(
          'DocumentChunkStrategy',
          {
            chunk_type: int('ChunkType'),
            separator: str('Separator'),
            max_tokens: int('MaxTokens'),
            remove_extra_spaces: bool('RemoveExtraSpaces'),
            remove_urls_emails: bool('RemoveUrlsEmails'),
          },
          true,
          'chunk_strategy.',
        ),
      ),
    },
  },
  'knowledge-documents-update': {
    method: 'Datasets.Documents.Update',
    type: 'UpdateDatasetsDocumentsReq',
    fields: {
      document_id: field('DocumentID', goInt64),
      document_name: str('DocumentName'),
      update_rule: field('UpdateRule', UPDATE_RULE),
    },
  },
  'knowledge-documents-list': {
    method: 'Datasets.Documents.List',
    type: 'ListDatasetsDocumentsReq',
    fields: { dataset_id: field('DatasetID', goInt64), page: int('Page'), size: int('Size') },
    result: 'paged',
  },
  'knowledge-documents-delete': {
    method: 'Datasets.Documents.Delete',
    type: 'DeleteDatasetsDocumentsReq',
    fields: { document_ids: field('DocumentIDs', goSlice('int64', goInt64)) },
  },
  'stores-plugins-list': {
    method: 'Stores.Plugins.List',
    type: 'ListStoresPluginsReq',
    fields: {
      keyword: optStr('Keyword'),
      is_official: field('IsOfficial', goPtr(goBool)),
      category_ids: strs('CategoryIDs'),
      sort_type: optStr('SortType'),
      ...PAGE,
    },
    result: 'paged',
  },
  'variables-update': {
    method: 'Variables.Update',
    type: 'UpdateVariablesReq',
    fields: {
      ...VARIABLE_SCOPE,
      connector_uid: str('ConnectorUID'),
      data: field(
        'Data',
        goStructs('VariableValue', { keyword: str('Keyword'), value: str('Value') }, false, 'data[].'),
      ),
    },
  },
  'variables-retrieve': {
    method: 'Variables.Retrieve',
    type: 'RetrieveVariablesReq',
    fields: { ...VARIABLE_SCOPE, connector_uid: str('ConnectorUID'), keywords: strs('Keywords') },
  },
};

function enterpriseMembers(): SdkCallTable<'go', GoApiCall> {
  const role = field(
    'Role',
    goEnum('EnterpriseMemberRole', {
      enterprise_admin: 'EnterpriseMemberRoleAdmin',
      enterprise_member: 'EnterpriseMemberRoleMember',
    }),
  );
  const member = { enterprise_id: str('EnterpriseID'), user_id: str('UserID') };
  return {
    'add-enterprise-members': {
      method: 'Enterprises.Members.Create',
      type: 'CreateEnterpriseMemberReq',
      fields: {
        enterprise_id: str('EnterpriseID'),
        users: field('Users', goStructs('EnterpriseMember', { user_id: str('UserID'), role }, true, 'users[].')),
      },
    },
    'update-enterprise-member-role': {
      method: 'Enterprises.Members.Update',
      type: 'UpdateEnterpriseMemberReq',
      fields: { ...member, role },
    },
    'remove-enterprise-member': {
      method: 'Enterprises.Members.Delete',
      type: 'DeleteEnterpriseMemberReq',
      fields: { ...member, receiver_user_id: str('ReceiverUserID') },
    },
  };
}

function roomConfig(): GoWriter {
  const codec = (type: string, constants: Record<string, string>) => field('Codec', goEnum(type, constants));
  return goStruct(
    'RoomConfig',
    {
      audio_config: field(
        'AudioConfig',
        goStruct(
          'RoomAudioConfig',
          {
            codec: codec('AudioCodec', {
              AACLC: 'AudioCodecAACLC',
              G711A: 'AudioCodecG711A',
              OPUS: 'AudioCodecOPUS',
              G722: 'AudioCodecG722',
            }),
          },
          true,
          'config.audio_config.',
        ),
      ),
      video_config: field(
        'VideoConfig',
        goStruct(
          'RoomVideoConfig',
          {
            codec: codec('VideoCodec', { H264: 'VideoCodecH264', BYTEVC1: 'VideoCodecBYTEVC1' }),
            stream_video_type: field(
              'StreamVideoType',
              goEnum('StreamVideoType', { main: 'StreamVideoTypeMain', screen: 'StreamVideoTypeScreen' }),
            ),
            video_frame_rate: field('VideoFrameRate', goPtr(goInt)),
            video_frame_expire_duration: field('VideoFrameExpireDuration', goPtr(goInt)),
          },
          true,
          'config.video_config.',
        ),
      ),
      prologue_content: str('PrologueContent'),
    },
    true,
    'config.',
  );
}

function voiceprints(): SdkCallTable<'go', GoApiCall> {
  const groups = 'Audio.VoiceprintGroups';
  const group = { group_id: str('GroupID') };
  const feature = { ...group, feature_id: str('FeatureID') };
  return {
    'voiceprint-groups-create': {
      method: `${groups}.Create`,
      type: 'CreateVoicePrintGroupReq',
      fields: { name: str('Name'), desc: str('Desc') },
    },
    'voiceprint-groups-list': {
      method: `${groups}.List`,
      type: 'ListVoicePrintGroupReq',
      fields: { ...PAGE, name: optStr('Name'), user_id: optStr('UserID'), group_id: optStr('GroupID') },
      result: 'paged',
    },
    'voiceprint-groups-update': {
      method: `${groups}.Update`,
      type: 'UpdateVoicePrintGroupReq',
      fields: { ...group, name: optStr('Name'), desc: optStr('Desc') },
    },
    'voiceprint-groups-delete': { method: `${groups}.Delete`, type: 'DeleteVoicePrintGroupReq', fields: group },
    'voiceprint-features-create': {
      method: `${groups}.Features.Create`,
      type: 'CreateVoicePrintGroupFeatureReq',
      fields: { ...VOICEPRINT_FEATURE, name: str('Name') },
      upload: { field: 'File', as: 'named' },
    },
    'voiceprint-features-update': {
      method: `${groups}.Features.Update`,
      type: 'UpdateVoicePrintGroupFeatureReq',
      fields: { ...VOICEPRINT_FEATURE, feature_id: str('FeatureID') },
      upload: { field: 'File', as: 'pointer' },
    },
    'voiceprint-features-list': {
      method: `${groups}.Features.List`,
      type: 'ListVoicePrintGroupFeatureReq',
      fields: { ...group, ...PAGE },
      result: 'paged',
    },
    'voiceprint-features-delete': {
      method: `${groups}.Features.Delete`,
      type: 'DeleteVoicePrintGroupFeatureReq',
      fields: feature,
    },
  };
}
