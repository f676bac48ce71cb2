import type { Endpoint, Group, GroupId } from './types';
import listBots from './endpoints/bot/list-bots';
import retrieveBot from './endpoints/bot/retrieve-bot';
import createConversation from './endpoints/conversation/create-conversation';
import retrieveConversation from './endpoints/conversation/retrieve-conversation';
import listConversations from './endpoints/conversation/list-conversations';
import updateConversation from './endpoints/conversation/update-conversation';
import deleteConversation from './endpoints/conversation/delete-conversation';
import clearConversationContext from './endpoints/conversation/clear-conversation-context';
import createMessage from './endpoints/conversation/create-message';
import listMessages from './endpoints/conversation/list-messages';
import retrieveMessage from './endpoints/conversation/retrieve-message';
import updateMessage from './endpoints/conversation/update-message';
import deleteMessage from './endpoints/conversation/delete-message';
import createMessageFeedback from './endpoints/conversation/create-message-feedback';
import deleteMessageFeedback from './endpoints/conversation/delete-message-feedback';
import createChat from './endpoints/chat/create-chat';
import retrieveChat from './endpoints/chat/retrieve-chat';
import listChatMessages from './endpoints/chat/list-chat-messages';
import submitToolOutputs from './endpoints/chat/submit-tool-outputs';
import cancelChat from './endpoints/chat/cancel-chat';
import runWorkflow from './endpoints/workflow/run-workflow';
import streamRunWorkflow from './endpoints/workflow/stream-run-workflow';
import streamResumeWorkflow from './endpoints/workflow/stream-resume-workflow';
import resumeWorkflow from './endpoints/workflow/resume-workflow';
import retrieveWorkflowRunHistory from './endpoints/workflow/retrieve-workflow-run-history';
import runChatflow from './endpoints/workflow/run-chatflow';
import retrieveWorkflowNodeOutput from './endpoints/workflow/retrieve-workflow-node-output';
import listWorkflows from './endpoints/workflow/list-workflows';
import retrieveWorkflow from './endpoints/workflow/retrieve-workflow';
import listWorkflowVersions from './endpoints/workflow/list-workflow-versions';
import switchWorkflowCollaborationMode from './endpoints/workflow/switch-workflow-collaboration-mode';
import addWorkflowCollaborator from './endpoints/workflow/add-workflow-collaborator';
import removeWorkflowCollaborator from './endpoints/workflow/remove-workflow-collaborator';
import uploadFile from './endpoints/file/upload-file';
import retrieveFile from './endpoints/file/retrieve-file';

/** Groups of the API reference, in the Coze docs' order. */
export const GROUPS: readonly Group[] = [
  { id: 'bot', titleZh: '智能体和应用', titleEn: 'Agents and apps' },
  { id: 'conversation', titleZh: '会话与消息', titleEn: 'Conversations and messages' },
  { id: 'chat', titleZh: '对话', titleEn: 'Chat' },
  { id: 'workflow', titleZh: '工作流', titleEn: 'Workflows' },
  { id: 'file', titleZh: '文件', titleEn: 'Files' },
];

/** Every endpoint, in the Coze docs' order. */
export const ENDPOINTS: readonly Endpoint[] = [
  listBots,
  retrieveBot,
  createConversation,
  retrieveConversation,
  listConversations,
  updateConversation,
  deleteConversation,
  clearConversationContext,
  createMessage,
  listMessages,
  retrieveMessage,
  updateMessage,
  deleteMessage,
  createMessageFeedback,
  deleteMessageFeedback,
  createChat,
  retrieveChat,
  listChatMessages,
  submitToolOutputs,
  cancelChat,
  runWorkflow,
  streamRunWorkflow,
  streamResumeWorkflow,
  resumeWorkflow,
  retrieveWorkflowRunHistory,
  runChatflow,
  retrieveWorkflowNodeOutput,
  listWorkflows,
  retrieveWorkflow,
  listWorkflowVersions,
  switchWorkflowCollaborationMode,
  addWorkflowCollaborator,
  removeWorkflowCollaborator,
  uploadFile,
  retrieveFile,
];

const BY_ID = new Map(ENDPOINTS.map((endpoint) => [endpoint.id, endpoint]));

/** The endpoint with this id, or undefined. */
export function findEndpoint(id: string): Endpoint | undefined {
  return BY_ID.get(id);
}

/** The endpoints of one group, in order. */
export function endpointsOf(group: GroupId): Endpoint[] {
  return ENDPOINTS.filter((endpoint) => endpoint.group === group);
}

export type * from './types';
