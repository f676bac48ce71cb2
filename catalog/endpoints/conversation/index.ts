import type { Endpoint } from '../../types';
import clearConversationContext from './clear-conversation-context';
import createConversation from './create-conversation';
import createMessage from './create-message';
import createMessageFeedback from './create-message-feedback';
import deleteConversation from './delete-conversation';
import deleteMessage from './delete-message';
import deleteMessageFeedback from './delete-message-feedback';
import listConversations from './list-conversations';
import listMessages from './list-messages';
import retrieveConversation from './retrieve-conversation';
import retrieveMessage from './retrieve-message';
import updateConversation from './update-conversation';
import updateMessage from './update-message';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  clearConversationContext,
  createConversation,
  createMessage,
  createMessageFeedback,
  deleteConversation,
  deleteMessage,
  deleteMessageFeedback,
  listConversations,
  listMessages,
  retrieveConversation,
  retrieveMessage,
  updateConversation,
  updateMessage,
] as const satisfies readonly Endpoint[];

export default endpoints;
