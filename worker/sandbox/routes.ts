import { createChat, cancelChat, listChatMessages, retrieveChat, submitToolOutputs } from './handlers/chat';
import { runChatflow } from './handlers/chatflow';
import { listBots, retrieveBot } from './handlers/bots';
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
import type { Handler } from './call';

/** The sandbox's handler for each catalog endpoint id. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'list-bots': listBots,
  'retrieve-bot': retrieveBot,
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
};
