import { debugUrl } from '../fixtures';
import { streamChat } from '../chat-stream';
import { CozeCode, CozeError } from '../envelope';
import { requireBot } from './bots';
import { startTurn } from './chat';
import { newConversation, requireConversation } from '../objects';
import { requireWorkflow } from './workflows';
import type { Handler } from '../call';
import type { MessageInput } from '../objects';

/** POST /v1/workflows/chat: a chatflow answers in chat events; `done` carries the run's trace link. */
export const runChatflow: Handler = async (call) => {
  const body = call.body as {
    workflow_id: string;
    bot_id?: string;
    app_id?: string;
    additional_messages: MessageInput[];
  };
  const workflow = requireWorkflow(body.workflow_id);
  if (workflow.kind !== 'chatflow') {
    throw new CozeError(
      CozeCode.badRequest,
      `Workflow ${workflow.id} is not a chatflow: run it with POST /v1/workflow/stream_run`,
    );
  }
  if (body.bot_id !== undefined && body.app_id !== undefined) {
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter: send bot_id or app_id, not both');
  }
  if (body.bot_id !== undefined) await requireBot(call.store, body.bot_id);
  const ownerId = body.bot_id ?? body.app_id ?? workflow.app_id;
  const conversation =
    call.body['conversation_id'] !== undefined
      ? await requireConversation(call.store, call.body['conversation_id'])
      : await newConversation(call, { bot_id: ownerId, name: workflow.name });
  const chat = await startTurn(call, {
    conversation,
    botId: ownerId,
    botName: workflow.name,
    prompt: workflow.description,
    needsWeatherPlugin: false,
    additionalMessages: body.additional_messages,
    autoSave: true,
    metaData: {},
  });
  const executeId = await call.store.nextId();
  return streamChat(call.store, call.logid, chat, call.pace, {
    announceCreated: true,
    done: { debug_url: debugUrl(workflow.id, executeId) },
  });
};
