import type { Endpoint } from '../../types';
import cancelChat from './cancel-chat';
import createChat from './create-chat';
import listChatMessages from './list-chat-messages';
import retrieveChat from './retrieve-chat';
import submitToolOutputs from './submit-tool-outputs';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  cancelChat,
  createChat,
  listChatMessages,
  retrieveChat,
  submitToolOutputs,
] as const satisfies readonly Endpoint[];

export default endpoints;
