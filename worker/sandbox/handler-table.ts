import { createChat, cancelChat, listChatMessages, retrieveChat, submitToolOutputs } from './handlers/chat';
import { runChatflow } from './handlers/chatflow';
import {
  createBot,
  listBots,
  listPublishedBots,
  publishBot,
  retrieveBot,
  retrieveOnlineBot,
  unpublishBot,
  updateBot,
} from './handlers/bots';
import {
  clearConversationContext,
  createConversation,
  deleteConversation,
  listConversations,
  retrieveConversation,
  updateConversation,
} from './handlers/conversations';
import { retrieveFile, uploadFile } from './handlers/files';
import {
  createMessage,
  createMessageFeedback,
  deleteMessage,
  deleteMessageFeedback,
  listMessages,
  retrieveMessage,
  updateMessage,
} from './handlers/messages';
import {
  resumeWorkflow,
  retrieveWorkflowNodeOutput,
  retrieveWorkflowRunHistory,
  runWorkflow,
  streamResumeWorkflow,
  streamRunWorkflow,
} from './handlers/workflow-runs';
import {
  addWorkflowCollaborator,
  listWorkflowVersions,
  listWorkflows,
  removeWorkflowCollaborator,
  retrieveWorkflow,
  switchWorkflowCollaborationMode,
} from './handlers/workflows';
import {
  createApiApp,
  deleteApiApp,
  listApiApps,
  listSubscribedEvents,
  subscribeEvents,
  unsubscribeEvents,
  updateApiApp,
} from './handlers/api-apps';
import {
  addOrganizationMembers,
  listOrganizationMembers,
  removeOrganizationMember,
  updateOrganizationMemberRole,
  copyResource,
  createBenefitLimitation,
  createBillTask,
  createOrganization,
  listBenefitLimitations,
  listBillTasks,
  listOrganizations,
  retrieveCopyTask,
  updateBenefitLimitation,
} from './handlers/made';
import { createDataset, deleteDataset, listDatasets, updateDataset } from './handlers/datasets';
import {
  createDocuments,
  deleteDocuments,
  documentProgress,
  listDocuments,
  listImages,
  updateDocument,
  updateImage,
} from './handlers/documents';
import { codeToken, deviceCode, deviceToken, jwtToken, refreshToken } from './handlers/oauth';
import { createSpeech, createTranscription } from './handlers/speech';
import { retrieveVariables, updateVariables } from './handlers/variables';
import { cloneVoice, listVoices } from './handlers/voices';
import {
  createVoiceprint,
  createVoiceprintGroup,
  deleteVoiceprint,
  deleteVoiceprintGroup,
  identifySpeaker,
  listVoiceprintGroups,
  listVoiceprints,
  updateVoiceprint,
  updateVoiceprintGroup,
} from './handlers/voiceprints';
import {
  addWorkspaceMembers,
  createWorkspace,
  listWorkspaceMembers,
  listWorkspaces,
  removeWorkspaceMembers,
  updateWorkspace,
} from './handlers/workspaces';
import type { EndpointTable } from '../../lib/endpoint-table';
import {
  createDatabase,
  deleteDatabase,
  deleteRecords,
  insertRecords,
  listDatabases,
  queryRecords,
  retrieveDatabaseTask,
  updateRecords,
} from './handlers/databases';
import { retrieveLive } from './handlers/live';
import { duplicateTemplate } from './handlers/templates';
import { retrieveMe } from './handlers/users';
import type { Handler } from './call';

/**
 * The sandbox's dedicated handler for each catalog endpoint id that keeps state or needs more
 * than its schema: chats, workflows and files, and the platform families (workspaces, knowledge,
 * databases, voices and voiceprints, callback apps, variables, OAuth, templates). Every other endpoint gets the
 * schema-driven generic handler.
 */
export const HANDLERS: EndpointTable<Handler> = {
  'create-bot': createBot,
  'update-bot': updateBot,
  'publish-bot': publishBot,
  'unpublish-bot': unpublishBot,
  'list-bots': listBots,
  'retrieve-bot': retrieveBot,
  'deprecated-published-bots-list': listPublishedBots,
  'deprecated-bot-get-online-info': retrieveOnlineBot,
  'create-conversation': createConversation,
  'retrieve-conversation': retrieveConversation,
  'list-conversations': listConversations,
  'update-conversation': updateConversation,
  'delete-conversation': deleteConversation,
  'clear-conversation-context': clearConversationContext,
  'create-message': createMessage,
  'list-messages': listMessages,
  'retrieve-message': retrieveMessage,
  'update-message': updateMessage,
  'delete-message': deleteMessage,
  'create-message-feedback': createMessageFeedback,
  'delete-message-feedback': deleteMessageFeedback,
  'create-chat': createChat,
  'retrieve-chat': retrieveChat,
  'list-chat-messages': listChatMessages,
  'submit-tool-outputs': submitToolOutputs,
  'cancel-chat': cancelChat,
  'run-workflow': runWorkflow,
  'stream-run-workflow': streamRunWorkflow,
  'stream-resume-workflow': streamResumeWorkflow,
  'resume-workflow': resumeWorkflow,
  'retrieve-workflow-run-history': retrieveWorkflowRunHistory,
  'run-chatflow': runChatflow,
  'retrieve-workflow-node-output': retrieveWorkflowNodeOutput,
  'list-workflows': listWorkflows,
  'retrieve-workflow': retrieveWorkflow,
  'list-workflow-versions': listWorkflowVersions,
  'switch-workflow-collaboration-mode': switchWorkflowCollaborationMode,
  'add-workflow-collaborator': addWorkflowCollaborator,
  'remove-workflow-collaborator': removeWorkflowCollaborator,
  'upload-file': uploadFile,
  'retrieve-file': retrieveFile,

  'oauth-device-code': deviceCode,
  'oauth-token-device': deviceToken,
  'oauth-token-authorization-code': codeToken,
  'oauth-token-pkce': codeToken,
  'oauth-token-refresh': refreshToken,
  'oauth-token-jwt': jwtToken,

  'create-workspace': createWorkspace,
  'list-workspaces': listWorkspaces,
  'update-workspace': updateWorkspace,
  'list-workspace-members': listWorkspaceMembers,
  'add-workspace-members': addWorkspaceMembers,
  'remove-workspace-members': removeWorkspaceMembers,

  'audio-speech-create': createSpeech,
  'audio-transcriptions-create': createTranscription,
  'audio-voices-clone': cloneVoice,
  'audio-voices-list': listVoices,

  'voiceprint-groups-create': createVoiceprintGroup,
  'voiceprint-groups-list': listVoiceprintGroups,
  'voiceprint-groups-update': updateVoiceprintGroup,
  'voiceprint-groups-delete': deleteVoiceprintGroup,
  'voiceprint-features-create': createVoiceprint,
  'voiceprint-features-list': listVoiceprints,
  'voiceprint-features-update': updateVoiceprint,
  'voiceprint-features-delete': deleteVoiceprint,
  'voiceprint-speaker-identify': identifySpeaker,

  'datasets-create': createDataset,
  'datasets-list': listDatasets,
  'datasets-update': updateDataset,
  'datasets-delete': deleteDataset,
  'datasets-images-list': listImages,
  'datasets-images-update': updateImage,
  'datasets-process': documentProgress,
  'knowledge-documents-create': createDocuments,
  'knowledge-documents-list': listDocuments,
  'knowledge-documents-update': updateDocument,
  'knowledge-documents-delete': deleteDocuments,

  'api-apps-create': createApiApp,
  'api-apps-list': listApiApps,
  'api-apps-update': updateApiApp,
  'api-apps-delete': deleteApiApp,
  'api-apps-events-subscribe': subscribeEvents,
  'api-apps-events-list': listSubscribedEvents,
  'api-apps-events-unsubscribe': unsubscribeEvents,

  'databases-create': createDatabase,
  'databases-list': listDatabases,
  'databases-delete': deleteDatabase,
  'database-records-insert': insertRecords,
  'database-records-update': updateRecords,
  'database-records-query': queryRecords,
  'database-records-delete': deleteRecords,
  'database-tasks-retrieve': retrieveDatabaseTask,

  'users-me': retrieveMe,
  'templates-duplicate': duplicateTemplate,
  'audio-live-retrieve': retrieveLive,

  'bill-tasks-create': createBillTask,
  'bill-tasks-list': listBillTasks,
  'benefit-limitations-create': createBenefitLimitation,
  'benefit-limitations-list': listBenefitLimitations,
  'benefit-limitations-update': updateBenefitLimitation,
  'create-organization': createOrganization,
  'list-organizations': listOrganizations,
  'add-organization-members': addOrganizationMembers,
  'list-organization-members': listOrganizationMembers,
  'update-organization-member-role': updateOrganizationMemberRole,
  'remove-organization-member': removeOrganizationMember,
  'copy-resource': copyResource,
  'retrieve-copy-task': retrieveCopyTask,

  'variables-update': updateVariables,
  'variables-retrieve': retrieveVariables,
};
