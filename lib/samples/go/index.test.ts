import { describe, expect, it } from 'vitest';
import { ENDPOINTS, findEndpoint } from '../../../catalog';
import type { Endpoint } from '../../../catalog/types';
import { buildRequest, exampleValues, type FormValues } from '../../request-model';
import { buildSamples, fileFields, sampleLanguages, type ChatVariant, type Sample } from '../index';

// No coze-go module is available offline, so the Go programs are checked against coze-go's surface
// as its source declares it: the methods the samples call on the client (with the request type
// each takes) and, for each request type, its fields and their Go types, transcribed from the
// files named beside them. "sdk-gen" is coze-dev/coze-sdk-gen, whose Go templates are the source
// coze-go is now generated from; "index copy" is the newest version of a coze-go file the
// source index holds without a commit.

/** The client's methods the samples call, by service path, and the request type each takes. */
const METHODS: Readonly<Record<string, string>> = {
  // coze-go chats.go @ef91f4c; chat messages: sdk-gen internal/generator/go.go @97c9386
  'Chat.Stream': 'CreateChatsReq',
  'Chat.CreateAndPoll': 'CreateChatsReq',
  'Chat.SubmitToolOutputs': 'SubmitToolOutputsChatReq',
  'Chat.StreamSubmitToolOutputs': 'SubmitToolOutputsChatReq',
  'Chat.Retrieve': 'RetrieveChatsReq',
  'Chat.Cancel': 'CancelChatsReq',
  'Chat.Messages.List': 'ListChatsMessagesReq',
  // sdk-gen go/templates/go_extra/workflows_runs.go.tpl @0a2bbd4; workflows chat: sdk-gen internal/generator/go.go
  'Workflows.Runs.Create': 'RunWorkflowsReq',
  'Workflows.Runs.Stream': 'RunWorkflowsReq',
  'Workflows.Runs.Resume': 'ResumeRunWorkflowsReq',
  'Workflows.Chat.Stream': 'WorkflowsChatStreamReq',
  // sdk-gen templates/go_extra/workflows_runs_histories.go.raw @7b909c3 (Histories.ExecuteNodes)
  'Workflows.Runs.Histories.Retrieve': 'RetrieveWorkflowsRunsHistoriesReq',
  // coze-go workflows_runs_histories_execute_nodes.go (index copy)
  'Workflows.Runs.Histories.ExecuteNodes.Retrieve': 'RetrieveWorkflowsRunsHistoriesExecuteNodesReq',
  // coze-go workflows.go (index copy with WorkspaceID)
  'Workflows.List': 'ListWorkflowReq',
  // sdk-gen templates/go_extra/bots.go.raw @7b909c3
  'Bots.Create': 'CreateBotsReq',
  'Bots.Update': 'UpdateBotsReq',
  'Bots.Publish': 'PublishBotsReq',
  'Bots.Retrieve': 'RetrieveBotsReq',
  'Bots.List': 'ListBotsReq',
  // sdk-gen internal/generator/go.go (renderGoAppsModule)
  'Apps.List': 'ListAppReq',
  // coze-go workspaces.go (index copy); workspaces_members.go @df124d2
  'Workspaces.List': 'ListWorkspaceReq',
  'Workspaces.Members.List': 'ListWorkspaceMemberReq',
  'Workspaces.Members.Create': 'CreateWorkspaceMemberReq',
  'Workspaces.Members.Delete': 'DeleteWorkspaceMemberReq',
  // coze-go folders.go @d6c0344
  'Folders.List': 'ListFoldersReq',
  'Folders.Retrieve': 'RetrieveFolderReq',
  // coze-go enterprises.go, enterprises_members.go @090a5c8
  'Enterprises.Members.Create': 'CreateEnterpriseMemberReq',
  'Enterprises.Members.Update': 'UpdateEnterpriseMemberReq',
  'Enterprises.Members.Delete': 'DeleteEnterpriseMemberReq',
  // coze-go conversations.go @8129764
  'Conversations.Create': 'CreateConversationsReq',
  'Conversations.Retrieve': 'RetrieveConversationsReq',
  'Conversations.List': 'ListConversationsReq',
  'Conversations.Clear': 'ClearConversationsReq',
  // coze-go conversations_messages.go @9bfedd7
  'Conversations.Messages.Create': 'CreateMessageReq',
  'Conversations.Messages.List': 'ListConversationsMessagesReq',
  'Conversations.Messages.Retrieve': 'RetrieveConversationsMessagesReq',
  'Conversations.Messages.Update': 'UpdateConversationMessagesReq',
  'Conversations.Messages.Delete': 'DeleteConversationsMessagesReq',
  // coze-go conversations_messages_feedback.go @df7004c
  'Conversations.Messages.Feedback.Create': 'CreateConversationMessageFeedbackReq',
  'Conversations.Messages.Feedback.Delete': 'DeleteConversationMessageFeedbackReq',
  // sdk-gen internal/generator/go.go (renderGoFilesModule)
  'Files.Upload': 'UploadFilesReq',
  'Files.Retrieve': 'RetrieveFilesReq',
  // coze-go audio.go (index copy: Rooms, Speech, Voices, Transcriptions, VoiceprintGroups, Live)
  'Audio.Voices.List': 'ListAudioVoicesReq',
  'Audio.Voices.Clone': 'CloneAudioVoicesReq',
  'Audio.Speech.Create': 'CreateAudioSpeechReq',
  'Audio.Transcriptions.Create': 'AudioSpeechTranscriptionsReq',
  'Audio.Rooms.Create': 'CreateAudioRoomsReq',
  // coze-go audio_live.go @f47b4f2
  'Audio.Live.Retrieve': 'RetrieveAudioLiveReq',
  // coze-go users.go @f47b4f2: Me takes the context only
  'Users.Me': 'nothing',
  // coze-go templates.go @f47b4f2: the template id, then the request
  'Templates.Duplicate': 'string, DuplicateTemplateReq',
  // coze-go audio_voiceprint_groups.go @50e22ba, audio_voiceprint_groups_features.go @9ac6b86
  'Audio.VoiceprintGroups.Create': 'CreateVoicePrintGroupReq',
  'Audio.VoiceprintGroups.List': 'ListVoicePrintGroupReq',
  'Audio.VoiceprintGroups.Update': 'UpdateVoicePrintGroupReq',
  'Audio.VoiceprintGroups.Delete': 'DeleteVoicePrintGroupReq',
  'Audio.VoiceprintGroups.Features.Create': 'CreateVoicePrintGroupFeatureReq',
  'Audio.VoiceprintGroups.Features.Update': 'UpdateVoicePrintGroupFeatureReq',
  'Audio.VoiceprintGroups.Features.List': 'ListVoicePrintGroupFeatureReq',
  'Audio.VoiceprintGroups.Features.Delete': 'DeleteVoicePrintGroupFeatureReq',
  // coze-go datasets.go (index copy), datasets_images.go (index copy), datasets_documents.go (index copy)
  'Datasets.Create': 'CreateDatasetsReq',
  'Datasets.List': 'ListDatasetsReq',
  'Datasets.Update': 'UpdateDatasetsReq',
  'Datasets.Delete': 'DeleteDatasetsReq',
  'Datasets.Process': 'ProcessDocumentsReq',
  'Datasets.Images.Update': 'UpdateDatasetImageReq',
  'Datasets.Images.List': 'ListDatasetsImagesReq',
  'Datasets.Documents.Create': 'CreateDatasetsDocumentsReq',
  'Datasets.Documents.Update': 'UpdateDatasetsDocumentsReq',
  'Datasets.Documents.List': 'ListDatasetsDocumentsReq',
  'Datasets.Documents.Delete': 'DeleteDatasetsDocumentsReq',
  // sdk-gen go/templates/go_runtime/client.go.tpl (Stores), go_extra/stores_plugins.go.raw @70daf69
  'Stores.Plugins.List': 'ListStoresPluginsReq',
  // coze-go variables.go (index copy)
  'Variables.Update': 'UpdateVariablesReq',
  'Variables.Retrieve': 'RetrieveVariablesReq',
  // OAuth clients: coze-go auth.go @3e1d748, sdk-gen templates/go_runtime/auth.go.raw @7b909c3
  'DeviceOAuthClient.GetDeviceCode': 'GetDeviceOAuthCodeReq',
  'DeviceOAuthClient.GetAccessToken': 'GetDeviceOAuthAccessTokenReq',
  'PKCEOAuthClient.GetAccessToken': 'GetPKCEAccessTokenReq',
  'WebOAuthClient.GetAccessToken': 'GetWebOAuthAccessTokenReq',
  'WebOAuthClient.RefreshToken': 'string',
  'JWTOAuthClient.GetAccessToken': 'GetJWTAccessTokenReq',
};

const PAGED = { PageNum: 'int', PageSize: 'int' } as const;

/** Struct types the samples write literals of: each field and its Go type, as declared. */
const TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // coze-go chats.go @ef91f4c
  CreateChatsReq: {
    ConversationID: 'string',
    BotID: 'string',
    UserID: 'string',
    Messages: '[]*Message',
    Stream: '*bool',
    CustomVariables: 'map[string]string',
    AutoSaveHistory: '*bool',
    MetaData: 'map[string]string',
    ConnectorID: 'string',
    Parameters: 'map[string]any',
  },
  CancelChatsReq: { ConversationID: 'string', ChatID: 'string' },
  RetrieveChatsReq: { ConversationID: 'string', ChatID: 'string' },
  SubmitToolOutputsChatReq: {
    ConversationID: 'string',
    ChatID: 'string',
    ToolOutputs: '[]*ToolOutput',
    Stream: '*bool',
    ConnectorID: 'string',
  },
  ToolOutput: { ToolCallID: 'string', Output: 'string' },
  // sdk-gen internal/generator/go.go (renderGoChatsMessagesModule, renderGoWorkflowsChatModule)
  ListChatsMessagesReq: { ConversationID: 'string', ChatID: 'string' },
  WorkflowsChatStreamReq: {
    WorkflowID: 'string',
    AdditionalMessages: '[]*Message',
    Parameters: 'map[string]any',
    AppID: '*string',
    BotID: '*string',
    ConversationID: '*string',
    Ext: 'map[string]string',
  },
  // sdk-gen go/templates/go_extra/workflows_runs.go.tpl @0a2bbd4
  RunWorkflowsReq: {
    WorkflowID: 'string',
    Parameters: 'map[string]any',
    BotID: 'string',
    Ext: 'map[string]string',
    IsAsync: 'bool',
    AppID: 'string',
  },
  ResumeRunWorkflowsReq: { WorkflowID: 'string', EventID: 'string', ResumeData: 'string', InterruptType: 'int' },
  // sdk-gen templates/go_extra/workflows_runs_histories.go.raw @7b909c3
  RetrieveWorkflowsRunsHistoriesReq: { ExecuteID: 'string', WorkflowID: 'string' },
  // coze-go workflows_runs_histories_execute_nodes.go (index copy)
  RetrieveWorkflowsRunsHistoriesExecuteNodesReq: {
    WorkflowID: 'string',
    ExecuteID: 'string',
    NodeExecuteUUID: 'string',
  },
  // coze-go workflows.go (index copy with WorkspaceID)
  ListWorkflowReq: {
    WorkspaceID: '*string',
    WorkflowMode: '*WorkflowMode',
    AppID: '*string',
    PublishStatus: '*PublishStatus',
    ...PAGED,
  },
  // coze-go's Message type (index copy, beside BuildUserQuestionText)
  Message: {
    Role: 'MessageRole',
    Type: 'MessageType',
    Content: 'string',
    ContentType: 'MessageContentType',
    MetaData: 'map[string]string',
    ID: 'string',
    ConversationID: 'string',
    SectionID: 'string',
    BotID: 'string',
    ChatID: 'string',
    CreatedAt: 'int64',
    UpdatedAt: 'int64',
  },
  // sdk-gen templates/go_extra/bots.go.raw @7b909c3
  CreateBotsReq: {
    SpaceID: 'string',
    Name: 'string',
    Description: 'string',
    IconFileID: 'string',
    PromptInfo: '*BotPromptInfo',
    OnboardingInfo: '*BotOnboardingInfo',
    ModelInfoConfig: '*BotModelInfoConfig',
    WorkflowIDList: '*WorkflowIDList',
    SuggestReplyInfo: '*BotSuggestReplyInfo',
  },
  UpdateBotsReq: {
    BotID: 'string',
    Name: 'string',
    Description: 'string',
    IconFileID: 'string',
    PromptInfo: '*BotPromptInfo',
    OnboardingInfo: '*BotOnboardingInfo',
    Knowledge: '*BotKnowledge',
    ModelInfoConfig: '*BotModelInfoConfig',
    WorkflowIDList: '*WorkflowIDList',
  },
  PublishBotsReq: { BotID: 'string', ConnectorIDs: '[]string' },
  ListBotsReq: { SpaceID: 'string', ...PAGED },
  RetrieveBotsReq: { BotID: 'string', IsPublished: '*bool', UseAPIVersion: 'int' },
  BotPromptInfo: { Prompt: 'string' },
  BotOnboardingInfo: { Prologue: 'string', SuggestedQuestions: '[]string' },
  BotKnowledge: { DatasetIDs: '[]string', AutoCall: 'bool', SearchStrategy: 'int' },
  BotModelInfoConfig: {
    TopK: 'int',
    TopP: 'float64',
    ModelID: 'string',
    MaxTokens: 'int',
    Temperature: 'float64',
    ContextRound: 'int',
    ResponseFormat: 'string',
    PresencePenalty: 'float64',
    FrequencyPenalty: 'float64',
    Parameters: 'map[string]string',
  },
  WorkflowIDList: { IDs: '[]WorkflowIDInfo' },
  WorkflowIDInfo: { ID: 'string' },
  BotSuggestReplyInfo: { ReplyMode: 'string', CustomizedPrompt: 'string' },
  // sdk-gen internal/generator/go.go (renderGoAppsModule)
  ListAppReq: { WorkspaceID: 'string', PublishStatus: '*PublishStatus', ConnectorID: '*string', ...PAGED },
  // coze-go workspaces.go (index copy), workspaces_members.go @df124d2
  ListWorkspaceReq: { ...PAGED, EnterpriseID: '*string', UserID: '*string', CozeAccountID: '*string' },
  ListWorkspaceMemberReq: { WorkspaceID: '*string', ...PAGED },
  CreateWorkspaceMemberReq: { WorkspaceID: 'string', Users: '[]*WorkspaceMember' },
  DeleteWorkspaceMemberReq: { WorkspaceID: 'string', UserIDs: '[]string' },
  WorkspaceMember: {
    UserID: 'string',
    RoleType: 'WorkspaceRoleType',
    UserNickname: 'string',
    UserUniqueName: 'string',
    AvatarUrl: 'string',
  },
  // coze-go folders.go @d6c0344
  ListFoldersReq: { WorkspaceID: 'string', FolderType: 'FolderType', ParentFolderID: '*string', ...PAGED },
  RetrieveFolderReq: { FolderID: 'string' },
  // coze-go enterprises_members.go @090a5c8
  CreateEnterpriseMemberReq: { EnterpriseID: 'string', Users: '[]*EnterpriseMember' },
  UpdateEnterpriseMemberReq: { EnterpriseID: 'string', UserID: 'string', Role: 'EnterpriseMemberRole' },
  DeleteEnterpriseMemberReq: { EnterpriseID: 'string', UserID: 'string', ReceiverUserID: 'string' },
  EnterpriseMember: { UserID: 'string', Role: 'EnterpriseMemberRole' },
  // coze-go conversations.go @8129764
  CreateConversationsReq: {
    Messages: '[]*Message',
    MetaData: 'map[string]string',
    BotID: 'string',
    ConnectorID: 'string',
  },
  RetrieveConversationsReq: { ConversationID: 'string' },
  ListConversationsReq: { BotID: 'string', ...PAGED },
  ClearConversationsReq: { ConversationID: 'string' },
  // coze-go conversations_messages.go @9bfedd7
  CreateMessageReq: {
    ConversationID: 'string',
    Role: 'MessageRole',
    Content: 'string',
    ContentType: 'MessageContentType',
    MetaData: 'map[string]string',
  },
  ListConversationsMessagesReq: {
    ConversationID: 'string',
    Order: '*string',
    ChatID: '*string',
    BeforeID: '*string',
    AfterID: '*string',
    Limit: 'int',
    BotID: '*string',
  },
  RetrieveConversationsMessagesReq: { ConversationID: 'string', MessageID: 'string' },
  UpdateConversationMessagesReq: {
    ConversationID: 'string',
    MessageID: 'string',
    Content: 'string',
    MetaData: 'map[string]string',
    ContentType: 'MessageContentType',
  },
  DeleteConversationsMessagesReq: { ConversationID: 'string', MessageID: 'string' },
  // coze-go conversations_messages_feedback.go @df7004c (Comment became *string there)
  CreateConversationMessageFeedbackReq: {
    ConversationID: 'string',
    MessageID: 'string',
    FeedbackType: 'FeedbackType',
    ReasonTypes: '[]string',
    Comment: '*string',
  },
  DeleteConversationMessageFeedbackReq: { ConversationID: 'string', MessageID: 'string' },
  // sdk-gen internal/generator/go.go (renderGoFilesModule)
  UploadFilesReq: { File: 'FileTypes' },
  RetrieveFilesReq: { FileID: 'string' },
  // coze-go audio_voices.go (index copy)
  ListAudioVoicesReq: {
    FilterSystemVoice: 'bool',
    ...PAGED,
    ModelType: '*VoiceModelType',
    VoiceState: '*VoiceState',
  },
  CloneAudioVoicesReq: {
    VoiceName: 'string',
    File: 'io.Reader',
    AudioFormat: 'AudioFormat',
    Language: '*LanguageCode',
    VoiceID: '*string',
    PreviewText: '*string',
    Text: '*string',
    SpaceID: '*string',
    Description: '*string',
  },
  // sdk-gen internal/generator/go.go (renderGoAudioSpeechModule, renderGoAudioTranscriptionsModule)
  CreateAudioSpeechReq: {
    Input: 'string',
    VoiceID: 'string',
    ResponseFormat: '*AudioFormat',
    Speed: '*float32',
    SampleRate: '*int',
    LoudnessRate: '*int',
    Emotion: '*string',
    EmotionScale: '*float32',
  },
  AudioSpeechTranscriptionsReq: { Filename: 'string', Audio: 'io.Reader' },
  // coze-go audio_rooms.go (index copy with video config)
  CreateAudioRoomsReq: {
    BotID: 'string',
    ConversationID: 'string',
    VoiceID: 'string',
    UID: 'string',
    WorkflowID: 'string',
    Config: '*RoomConfig',
  },
  RoomConfig: { AudioConfig: '*RoomAudioConfig', VideoConfig: '*RoomVideoConfig', PrologueContent: 'string' },
  // coze-go audio_live.go, templates.go @f47b4f2 (TemplateID is a path field, set from the argument)
  RetrieveAudioLiveReq: { LiveID: 'string' },
  DuplicateTemplateReq: { WorkspaceID: 'string', Name: '*string' },
  RoomAudioConfig: { Codec: 'AudioCodec' },
  RoomVideoConfig: {
    Codec: 'VideoCodec',
    StreamVideoType: 'StreamVideoType',
    VideoFrameRate: '*int',
    VideoFrameExpireDuration: '*int',
  },
  // coze-go audio_voiceprint_groups.go @50e22ba
  CreateVoicePrintGroupReq: { Name: 'string', Desc: 'string' },
  UpdateVoicePrintGroupReq: { GroupID: 'string', Name: '*string', Desc: '*string' },
  DeleteVoicePrintGroupReq: { GroupID: 'string' },
  ListVoicePrintGroupReq: { Name: '*string', GroupID: '*string', UserID: '*string', ...PAGED },
  // coze-go audio_voiceprint_groups_features.go @9ac6b86
  CreateVoicePrintGroupFeatureReq: {
    GroupID: 'string',
    Name: 'string',
    File: 'FileTypes',
    Desc: '*string',
    SampleRate: '*int',
    Channel: '*int',
  },
  UpdateVoicePrintGroupFeatureReq: {
    GroupID: 'string',
    FeatureID: 'string',
    Name: '*string',
    Desc: '*string',
    File: '*FileTypes',
    SampleRate: '*int',
    Channel: '*int',
  },
  DeleteVoicePrintGroupFeatureReq: { GroupID: 'string', FeatureID: 'string' },
  ListVoicePrintGroupFeatureReq: { GroupID: 'string', ...PAGED },
  // coze-go datasets.go (index copy with path tags; same fields @d8adb59)
  CreateDatasetsReq: {
    Name: 'string',
    SpaceID: 'string',
    FormatType: 'DocumentFormatType',
    Description: 'string',
    IconFileID: 'string',
  },
  ListDatasetsReq: { SpaceID: 'string', Name: 'string', FormatType: 'DocumentFormatType', ...PAGED },
  UpdateDatasetsReq: { DatasetID: 'string', Name: 'string', Description: 'string', IconFileID: 'string' },
  DeleteDatasetsReq: { DatasetID: 'string' },
  ProcessDocumentsReq: { DatasetID: 'string', DocumentIDs: '[]string' },
  // coze-go datasets_images.go (index copy with path tags)
  UpdateDatasetImageReq: { DatasetID: 'string', DocumentID: 'string', Caption: '*string' },
  ListDatasetsImagesReq: { DatasetID: 'string', Keyword: '*string', HasCaption: '*bool', ...PAGED },
  // coze-go datasets_documents.go (index copy); its test @4830b47 for the DocumentBaseBuild* builders
  CreateDatasetsDocumentsReq: {
    DatasetID: 'int64',
    DocumentBases: '[]*DocumentBase',
    ChunkStrategy: '*DocumentChunkStrategy',
  },
  DocumentChunkStrategy: {
    ChunkType: 'int',
    MaxTokens: 'int',
    RemoveExtraSpaces: 'bool',
    RemoveUrlsEmails: 'bool',
    Separator: 'string',
  },
  UpdateDatasetsDocumentsReq: { DocumentID: 'int64', DocumentName: 'string', UpdateRule: '*DocumentUpdateRule' },
  DocumentUpdateRule: { UpdateType: 'DocumentUpdateType', UpdateInterval: 'int' },
  ListDatasetsDocumentsReq: { DatasetID: 'int64', Page: 'int', Size: 'int' },
  DeleteDatasetsDocumentsReq: { DocumentIDs: '[]int64' },
  // sdk-gen go/templates/go_extra/stores_plugins.go.raw @70daf69
  ListStoresPluginsReq: {
    Keyword: '*string',
    IsOfficial: '*bool',
    CategoryIDs: '[]string',
    SortType: '*string',
    ...PAGED,
  },
  // coze-go variables.go (index copy)
  UpdateVariablesReq: {
    ConnectorUID: 'string',
    Data: '[]VariableValue',
    AppID: '*string',
    BotID: '*string',
    ConnectorID: '*string',
  },
  VariableValue: { Keyword: 'string', Value: 'string', UpdateTime: 'int64', CreateTime: 'int64' },
  RetrieveVariablesReq: {
    ConnectorUID: 'string',
    Keywords: '[]string',
    AppID: '*string',
    BotID: '*string',
    ConnectorID: '*string',
  },
  // coze-go auth.go @3e1d748 (the same in sdk-gen templates/go_runtime/auth.go.raw @7b909c3)
  GetDeviceOAuthCodeReq: { WorkspaceID: '*string' },
  GetDeviceOAuthAccessTokenReq: { DeviceCode: 'string', Poll: 'bool' },
  GetPKCEAccessTokenReq: { Code: 'string', RedirectURI: 'string', CodeVerifier: 'string' },
  GetWebOAuthAccessTokenReq: { Code: 'string', RedirectURI: 'string' },
  NewJWTOAuthClientParam: { ClientID: 'string', PublicKey: 'string', PrivateKeyPEM: 'string', TTL: '*int' },
  GetJWTAccessTokenReq: {
    TTL: 'int',
    Scope: '*Scope',
    SessionName: '*string',
    AccountID: '*int64',
    EnterpriseID: '*string',
    SessionContext: '*SessionContext',
  },
  Scope: {
    AccountPermission: '*ScopeAccountPermission',
    AttributeConstraint: '*ScopeAttributeConstraint',
    WorkspacePermission: '*ScopeWorkspacePermission',
  },
  ScopeAccountPermission: { PermissionList: '[]string' },
  ScopeAttributeConstraint: { ConnectorBotChatAttribute: '*ScopeAttributeConstraintConnectorBotChatAttribute' },
  ScopeAttributeConstraintConnectorBotChatAttribute: { BotIDList: '[]string' },
};

/** Named string and int types, with the constants coze-go declares for them. */
const NAMED: Readonly<Record<string, readonly string[]>> = {
  // the Message type's file (index copy)
  MessageRole: ['MessageRoleUnknown', 'MessageRoleUser', 'MessageRoleAssistant'],
  MessageType: [
    'MessageTypeQuestion',
    'MessageTypeAnswer',
    'MessageTypeFunctionCall',
    'MessageTypeToolOutput',
    'MessageTypeToolResponse',
    'MessageTypeFollowUp',
    'MessageTypeUnknown',
  ],
  MessageContentType: [
    'MessageContentTypeText',
    'MessageContentTypeObjectString',
    'MessageContentTypeCard',
    'MessageContentTypeAudio',
  ],
  // coze-go workflows.go @3155d17
  WorkflowMode: ['WorkflowModeWorkflow', 'WorkflowModeChatflow'],
  PublishStatus: [
    'PublishStatusALL',
    'PublishStatusPublishedOnline',
    'PublishStatusPublishedDraft',
    'PublishStatusUnpublishedDraft',
  ],
  // workspaces.go (index copy), folders.go @d6c0344, enterprises_members.go @090a5c8
  WorkspaceRoleType: ['WorkspaceRoleTypeOwner', 'WorkspaceRoleTypeAdmin', 'WorkspaceRoleTypeMember'],
  FolderType: ['FolderTypeDevelopment', 'FolderTypeLibrary'],
  EnterpriseMemberRole: ['EnterpriseMemberRoleAdmin', 'EnterpriseMemberRoleMember'],
  // conversations_messages_feedback.go @df7004c
  FeedbackType: ['FeedbackTypeLike', 'FeedbackTypeUnlike'],
  // audio.go @4d866bf, audio_voices.go and audio_rooms.go (index copies)
  AudioFormat: [
    'AudioFormatWAV',
    'AudioFormatPCM',
    'AudioFormatOGGOPUS',
    'AudioFormatM4A',
    'AudioFormatAAC',
    'AudioFormatMP3',
  ],
  LanguageCode: [
    'LanguageCodeZH',
    'LanguageCodeEN',
    'LanguageCodeJA',
    'LanguageCodeES',
    'LanguageCodeID',
    'LanguageCodePT',
  ],
  VoiceState: ['VoiceStateInit', 'VoiceStateCloned', 'VoiceStateAll'],
  VoiceModelType: ['VoiceModelTypeBig', 'VoiceModelTypeSmall'],
  AudioCodec: ['AudioCodecAACLC', 'AudioCodecG711A', 'AudioCodecOPUS', 'AudioCodecG722'],
  VideoCodec: ['VideoCodecH264', 'VideoCodecBYTEVC1'],
  StreamVideoType: ['StreamVideoTypeMain', 'StreamVideoTypeScreen'],
  // datasets_documents.go (index copy)
  DocumentFormatType: ['DocumentFormatTypeDocument', 'DocumentFormatTypeSpreadsheet', 'DocumentFormatTypeImage'],
  DocumentUpdateType: ['DocumentUpdateTypeNoAutoUpdate', 'DocumentUpdateTypeAutoUpdate'],
};

/** Other names the programs use from package coze: functions, constants and types. */
const OTHER_NAMES: ReadonlySet<string> = new Set([
  // client.go, const.go, auth_token.go
  'NewCozeAPI',
  'NewTokenAuth',
  'WithBaseURL',
  'CnBaseURL',
  'ComBaseURL',
  'CozeAPI',
  // stream_reader.go, chats.go, workflows_runs.go.tpl
  'Stream',
  'Chat',
  'ChatEventConversationMessageDelta',
  'ChatEventConversationChatCompleted',
  'ChatEventConversationChatRequiresAction',
  'WorkflowEvent',
  'WorkflowEventTypeMessage',
  'WorkflowEventTypeError',
  'WorkflowEventTypeDone',
  'WorkflowEventTypeInterrupt',
  // the Message type's file
  'BuildUserQuestionText',
  'BuildAssistantAnswer',
  // files (sdk-gen renderGoFilesModule)
  'NewUploadFile',
  // datasets_documents_test.go @4830b47 (coze-go's builders for document bases)
  'DocumentBase',
  'DocumentBaseBuildLocalFile',
  'DocumentBaseBuildWebPage',
  // auth.go @3e1d748
  'NewDeviceOAuthClient',
  'NewPKCEOAuthClient',
  'NewWebOAuthClient',
  'NewJWTOAuthClient',
  'WithAuthBaseURL',
]);

// ---------------------------------------------------------------- reading Go programs

/** The index just past the string starting at `open`. */
function stringEnd(text: string, open: number): number {
  const quote = text[open]!;
  let i = open + 1;
  for (; i < text.length && text[i] !== quote; i++) if (text[i] === '\\' && quote !== '`') i++;
  return i + 1;
}

/** The index just past the bracket (or string) closing the one at `open`. */
function closing(text: string, open: number): number {
  if ('"\'`'.includes(text[open]!)) return stringEnd(text, open);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if ('"\'`'.includes(c)) i = stringEnd(text, i) - 1;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i + 1;
  }
  throw new Error(`unclosed bracket at ${open}`);
}

/** The comma-separated items at the top level of a bracket's contents. */
function items(inner: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if ('([{"\'`'.includes(c)) i = closing(inner, i) - 1;
    else if (c === ',') {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out.map((item) => item.trim()).filter(Boolean);
}

/** Whether a Go value of this text suits a field of this Go type, as far as the text shows. */
function suits(type: string, value: string): string | undefined {
  const literal = /^("|`|-?\d|true\b|false\b)/.test(value);
  const constant = /^coze\.(\w+)$/.exec(value)?.[1];
  if (type.startsWith('*')) {
    const target = type.slice(1);
    if (literal || /^(\[\]|map\[|coze\.\w+\{)/.test(value)) return `${value} is not a pointer`;
    const inner = /^ptr\((.*)\)$/s.exec(value)?.[1];
    if (inner !== undefined && NAMED[target]) return suits(target, inner);
    if (value.startsWith('&coze.') && !value.startsWith(`&coze.${target}{`)) return `${value} is not a ${type}`;
    return undefined;
  }
  if (value.startsWith('ptr(') || value.startsWith('&')) return `${value} is a pointer, ${type} is not`;
  if (type === 'string' && /^(-?\d|true\b|false\b)/.test(value)) return `${value} is not a string`;
  if (/^(int|int64|float32|float64)$/.test(type) && /^("|`|true\b|false\b)/.test(value))
    return `${value} is not a number`;
  if (/^(int|int64)$/.test(type) && /^-?\d+\./.test(value)) return `${value} is not an integer`;
  if (type === 'bool' && (literal ? !/^(true|false)$/.test(value) : false)) return `${value} is not a bool`;
  if (NAMED[type]) {
    if (constant && !NAMED[type]!.includes(constant)) return `${constant} is not a ${type} constant`;
    if (value.startsWith('coze.') && !constant && !value.startsWith(`coze.${type}(`))
      return `${value} is not a ${type}`;
  }
  const composite = /^(\[\]\*?(?:coze\.)?\w+|map\[string\]\w+)\{/.exec(value)?.[1];
  if (composite && composite.replace('coze.', '') !== type) return `${composite} is not ${type}`;
  if (TYPES[type] && value.startsWith('&')) return `${value} is a pointer, ${type} is not`;
  return undefined;
}

/** The problems in one struct literal's fields (`inner` is between its braces), nested ones included. */
function literalErrors(type: string, inner: string): string[] {
  const fields = TYPES[type];
  if (!fields) return [`coze.${type} is not a struct type the table knows`];
  const errors: string[] = [];
  for (const item of items(inner)) {
    const match = /^(\w+):\s*([\s\S]*)$/.exec(item);
    if (!match) {
      errors.push(`coze.${type}: "${item}" is not a Key: value field`);
      continue;
    }
    const [, name, value] = match as unknown as [string, string, string];
    const goType = fields[name];
    if (!goType) errors.push(`coze.${type} has no field ${name}`);
    else {
      const problem = suits(goType, value);
      if (problem) errors.push(`coze.${type}.${name}: ${problem}`);
    }
  }
  return errors;
}

/** The lines of a program without its comment lines (which name form fields coze-go lacks). */
function code(program: string): string {
  return program
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/**
 * What a Go program gets wrong about coze-go's surface: methods the client lacks or called with
 * another request type, struct fields a type lacks or given a value of the wrong shape, and
 * names package coze does not declare.
 */
export function surfaceErrors(program: string): string[] {
  const text = code(program);
  const errors: string[] = [];
  const oauth = /oauth, err := coze\.New(\w+)OAuthClient\(/.exec(text)?.[1];
  const variables = new Map([...text.matchAll(/(\w+) := &coze\.(\w+)\{/g)].map((m) => [m[1]!, m[2]!]));
  // The context, then an optional string argument before the request (a template id), then the request.
  for (const m of text.matchAll(
    /\b(cozeCli|oauth)\.([\w.]+)\(ctx(?:\)|, ("(?:[^"\\]|\\.)*", )?(&coze\.(\w+)\{|"|(\w+)))/g,
  )) {
    const method = m[1] === 'oauth' ? `${oauth}OAuthClient.${m[2]}` : m[2]!;
    const request = m[0].endsWith('(ctx)') ? 'nothing' : (m[5] ?? (m[4] === '"' ? 'string' : variables.get(m[6]!)));
    const type = m[3] ? `string, ${request}` : request;
    if (!(method in METHODS)) errors.push(`coze-go has no method ${method}`);
    else if (METHODS[method] !== type) errors.push(`${method} takes ${METHODS[method]}, not ${type}`);
  }
  for (const m of text.matchAll(/(\[\]\*?)?&?coze\.(\w+)\{/g)) {
    const open = m.index! + m[0].length - 1;
    const inner = text.slice(open + 1, closing(text, open) - 1);
    if (!m[1]) errors.push(...literalErrors(m[2]!, inner));
    else
      for (const item of items(inner))
        if (item.startsWith('{')) errors.push(...literalErrors(m[2]!, item.slice(1, -1)));
  }
  for (const m of text.matchAll(/\bcoze\.(\w+)/g)) {
    const name = m[1]!;
    const known =
      TYPES[name] || NAMED[name] || OTHER_NAMES.has(name) || Object.values(NAMED).some((c) => c.includes(name));
    if (!known) errors.push(`package coze declares no ${name}`);
  }
  return [...new Set(errors)];
}

// ---------------------------------------------------------------- the programs

const origin = 'https://playground.test';
const callable = ENDPOINTS.filter((endpoint) => sampleLanguages(endpoint).length > 0);

function goSample(endpoint: Endpoint, values: FormValues, variant?: ChatVariant): Sample {
  const model = buildRequest(endpoint, values, { region: 'cn', origin });
  return buildSamples(endpoint, model, values, variant).find((sample) => sample.language === 'go')!;
}

/** The endpoint's example, with every file field holding a picked file. */
function exampleWithFiles(endpoint: Endpoint): FormValues {
  const values = exampleValues(endpoint);
  for (const name of fileFields(endpoint)) values.body[name] = new File(['RIFF'], 'sample.wav', { type: 'audio/wav' });
  return values;
}

/** Forms that fill the optional fields the examples leave empty, so their Go fields are checked too. */
const FULLER: Readonly<Record<string, FormValues['body']>> = {
  'create-bot': {
    space_id: '7351',
    name: 'Helper',
    prompt_info: { prompt: 'Be brief.', prompt_mode: 'standard' },
    workflow_id_list: { ids: [{ id: '7351000000000000101' }] },
    model_info_config: {
      model_id: '1738675210',
      top_k: 5,
      top_p: 0.9,
      temperature: 0.7,
      max_tokens: 1024,
      context_round: 3,
      response_format: 'markdown',
      presence_penalty: 0,
      frequency_penalty: 0.5,
      parameters: { thinking_type: 'enable' },
      sp_anti_leak: true,
    },
    plugin_id_list: { id_list: [{ api_id: '1', plugin_id: '2' }] },
  },
  'audio-rooms-create': {
    bot_id: '7351',
    conversation_id: '7352',
    workflow_id: '7353',
    config: {
      room_mode: 'default',
      audio_config: { codec: 'OPUS' },
      video_config: { codec: 'H264', stream_video_type: 'screen', video_frame_rate: 2, video_frame_expire_duration: 3 },
    },
  },
  'audio-speech-create': {
    input: 'hi',
    voice_id: '1',
    response_format: 'wav',
    speed: 1.5,
    sample_rate: 24000,
    loudness_rate: 10,
    emotion: 'happy',
    emotion_scale: 3,
    context_texts: 'calm',
  },
  'audio-voices-clone': {
    voice_name: 'v',
    audio_format: 'ogg',
    language: 'en',
    voice_id: '1',
    preview_text: 'p',
    text: 't',
    description: 'd',
  },
  'audio-voices-list': { filter_system_voice: true, model_type: 'big', voice_state: 'cloned', page_num: 1 },
  'create-conversation': {
    bot_id: '7351',
    name: 'Trip',
    connector_id: '1024',
    messages: [
      { role: 'user', content: 'hi', content_type: 'text', type: 'question' },
      { role: 'assistant', content: 'hello', content_type: 'text', type: 'answer', meta_data: { k: 'v' } },
    ],
  },
  'list-messages': {
    order: 'asc',
    chat_id: '1',
    before_id: '2',
    after_id: '3',
    limit: 5,
    include_middle_message: true,
  },
  'create-message-feedback': { feedback_type: 'unlike', reason_types: ['wrong'], comment: 'no' },
  'update-message': { content: 'x', content_type: 'object_string', meta_data: { a: 'b' } },
  'list-workflows': { workspace_id: '1', page_num: 1, workflow_mode: 'chatflow', app_id: '2', publish_status: 'all' },
  'list-apps': { workspace_id: '1', publish_status: 'published_online', connector_id: '1024' },
  'list-folders': { workspace_id: '1', folder_type: 'development', parent_folder_id: '2' },
  'list-workspaces': { enterprise_id: '1', user_id: '2', coze_account_id: '3' },
  'stores-plugins-list': { keyword: 'weather', is_official: true, category_ids: ['1'], sort_type: 'newest' },
  'datasets-images-list': { keyword: 'kettle', has_caption: true },
  'datasets-list': { space_id: '1', name: 'faq', format_type: 2 },
  'voiceprint-groups-list': { name: 'n', user_id: '1', group_id: '2' },
  'voiceprint-features-create': { name: 'Alice', desc: 'd', sample_rate: '16000', channel: '1' },
  'voiceprint-features-update': { name: 'Alice', desc: 'd', sample_rate: '16000', channel: '2' },
  'knowledge-documents-create': {
    dataset_id: '7351000000000000801',
    document_bases: [
      {
        name: 'docs',
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
      caption_type: 0,
    },
    format_type: 0,
  },
  'knowledge-documents-update': { document_id: '7351', update_rule: { update_type: 1, update_interval: 48 } },
  'variables-retrieve': { app_id: '1', connector_uid: 'u', keywords: ['a', 'b'] },
  'oauth-token-jwt': {
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    scope: {
      account_permission: { permission_list: ['Connector.botChat'] },
      attribute_constraint: { connector_bot_chat_attribute: { bot_id_list: ['7351'] } },
    },
  },
};

const chatValues: FormValues = {
  body: {
    bot_id: '7351',
    user_id: 'u',
    additional_messages: [{ role: 'user', content: 'hi', content_type: 'text' }],
    custom_variables: { name: 'Alex' },
    meta_data: { source: 'test' },
    parameters: { city: 'Beijing' },
  },
};

/** Every Go SDK program the samples write for the examples, the fuller forms and the chat variants. */
const programs: [string, string][] = [
  ...callable.map((endpoint) => [endpoint.id, goSample(endpoint, exampleWithFiles(endpoint))] as const),
  ...Object.entries(FULLER).map(([id, body]) => {
    const endpoint = findEndpoint(id)!;
    const values = exampleWithFiles(endpoint);
    return [`${id} (fuller)`, goSample(endpoint, { ...values, body: { ...values.body, ...body } })] as const;
  }),
  ...(['streaming', 'non-streaming', 'plugin'] as const).map(
    (variant) => [`create-chat (${variant})`, goSample(findEndpoint('create-chat')!, chatValues, variant)] as const,
  ),
]
  .filter(([, sample]) => sample.kind === 'sdk')
  .map(([name, sample]) => [name, sample.code]);

// ---------------------------------------------------------------- tests

describe('the coze-go surface check', () => {
  it('reports a misspelt method, a field the type lacks, a value of the wrong shape and an undeclared name', () => {
    const program = [
      'cozeCli := coze.NewCozeAPI(coze.NewTokenAuth(os.Getenv("COZE_API_TOKEN")))',
      'resp, err := cozeCli.Conversations.Mesages.Create(ctx, &coze.CreateMessageReq{',
      '\tConversationId: "1",',
      '\tRole:           coze.FeedbackTypeLike,',
      '\tMetaData:       ptr("x"),',
      '})',
      'paged, err := cozeCli.Workflows.List(ctx, &coze.ListWorkflowReq{WorkspaceID: "1", PageNum: "1"})',
      'x := coze.NewUploadFiles(file)',
    ].join('\n');
    expect(surfaceErrors(program)).toEqual([
      'coze-go has no method Conversations.Mesages.Create',
      'coze.CreateMessageReq has no field ConversationId',
      'coze.CreateMessageReq.Role: FeedbackTypeLike is not a MessageRole constant',
      'coze.CreateMessageReq.MetaData: ptr("x") is a pointer, map[string]string is not',
      'coze.ListWorkflowReq.WorkspaceID: "1" is not a pointer',
      'coze.ListWorkflowReq.PageNum: "1" is not a number',
      'package coze declares no NewUploadFiles',
    ]);
  });

  it('checks the string argument some methods take before the request, and calls with the context only', () => {
    const program = [
      'resp, err := cozeCli.Templates.Duplicate(ctx, &coze.DuplicateTemplateReq{WorkspaceID: "1"})',
      'resp, err := cozeCli.Templates.Duplicate(ctx, "7", &coze.DuplicateTemplateReq{WorkspaceID: "1"})',
      'resp, err := cozeCli.Users.Me(ctx, &coze.RetrieveAudioLiveReq{LiveID: "1"})',
      'resp, err := cozeCli.Users.Me(ctx)',
      'resp, err := cozeCli.Audio.Live.Retrieve(ctx)',
    ].join('\n');
    expect(surfaceErrors(program)).toEqual([
      'Templates.Duplicate takes string, DuplicateTemplateReq, not DuplicateTemplateReq',
      'Users.Me takes nothing, not RetrieveAudioLiveReq',
      'Audio.Live.Retrieve takes RetrieveAudioLiveReq, not nothing',
    ]);
  });

  it('follows a request through a variable and into slice elements', () => {
    const program = [
      'req := &coze.CreateChatsReq{Messages: []*coze.Message{{Role: "user", Type: coze.MessageRoleUser}}}',
      'stream, err := cozeCli.Chat.Stream(ctx, req)',
      'result, err := cozeCli.Chat.CreateAndPoll(ctx, &coze.RetrieveChatsReq{ChatID: "1"}, nil)',
    ].join('\n');
    expect(surfaceErrors(program)).toEqual([
      'Chat.CreateAndPoll takes CreateChatsReq, not RetrieveChatsReq',
      'coze.Message.Type: MessageRoleUser is not a MessageType constant',
    ]);
  });

  it('covers every program the samples write', () => {
    expect(programs.length).toBeGreaterThan(90);
  });

  it.each(programs)('%s calls coze-go as its source declares it', (_, program) => {
    expect(surfaceErrors(program)).toEqual([]);
  });
});

describe('the Go tab', () => {
  /** Callable endpoints coze-go implements whose Go tab stays on net/http, and why. */
  const FALLBACKS: Readonly<Record<string, string>> = {};

  it('writes coze-go code for every callable endpoint coze-go implements', () => {
    for (const endpoint of callable.filter((candidate) => candidate.sdks.includes('go'))) {
      const sample = goSample(
        endpoint,
        exampleWithFiles(endpoint),
        endpoint.id === 'create-chat' ? 'streaming' : undefined,
      );
      expect(sample.kind, endpoint.id).toBe(FALLBACKS[endpoint.id] ? 'http' : 'sdk');
    }
  });

  it('says in a comment which form fields coze-go has no field for', () => {
    const rooms = findEndpoint('audio-rooms-create')!;
    const code = goSample(rooms, exampleValues(rooms)).code;
    expect(code).toContain('// coze-go has no field for connector_id; the net/http sample sends it.');
    expect(code).toContain('// coze-go has no field for config.turn_detection; the net/http sample sends it.');
  });

  it('iterates paged lists, writes audio to the output file and uploads the picked file', () => {
    const list = findEndpoint('list-conversations')!;
    const paged = goSample(list, exampleValues(list)).code;
    expect(paged).toContain('paged, err := cozeCli.Conversations.List(ctx, &coze.ListConversationsReq{');
    expect(paged).toContain('for paged.Next() {');
    expect(paged).toContain('if err := paged.Err(); err != nil {');
    const speech = findEndpoint('audio-speech-create')!;
    expect(goSample(speech, exampleValues(speech)).code).toContain('resp.WriteToFile("output.mp3")');
    const upload = findEndpoint('upload-file')!;
    const file = goSample(upload, exampleWithFiles(upload)).code;
    expect(file).toContain('file, err := os.Open("sample.wav")');
    expect(file).toContain('File: coze.NewUploadFile(file, filepath.Base(file.Name())),');
  });

  it('exchanges OAuth grants through coze-go’s OAuth clients, the secret from the environment', () => {
    const web = findEndpoint('oauth-token-authorization-code')!;
    const code = goSample(web, exampleValues(web)).code;
    expect(code).toContain(
      'coze.NewWebOAuthClient("7351000000000000981", os.Getenv("COZE_API_TOKEN"), coze.WithAuthBaseURL(coze.CnBaseURL))',
    );
    expect(code).toContain('resp, err := oauth.GetAccessToken(ctx, &coze.GetWebOAuthAccessTokenReq{');
    expect(code).not.toContain('cozeCli');
  });

  it('falls back to net/http when a value cannot be written in Go', () => {
    const documents = findEndpoint('knowledge-documents-create')!;
    const values = exampleValues(documents);
    const binary = {
      ...values,
      body: {
        ...values.body,
        document_bases: [{ name: 'a.pdf', source_info: { file_base64: '/w==', file_type: 'pdf' } }],
      },
    };
    const sample = goSample(documents, binary);
    expect(sample.kind).toBe('http');
    expect(sample.note).toMatch(
      /^coze-go implements this endpoint, but its request types cannot carry some of the values/,
    );
  });
});
