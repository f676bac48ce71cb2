import { piecesOf } from './chat-plan';
import { settleChat } from './chats';
import { delaysOf, type Pace } from './pace';
import { chatFrame, sseResponse, type SseOut } from './sse';
import { chatView, deltaView, messageView } from './views';
import type { ChatRecord } from './records';
import type { SessionStore } from './state';

/** How a chat stream starts and ends: new chats announce `created`; chatflows end with a debug URL. */
export interface ChatStreamOptions {
  readonly announceCreated: boolean;
  readonly done: unknown;
}

/**
 * Streams the step a chat is in, paced as planned: chat.created and chat.in_progress, tool
 * messages, the answer in deltas, the whole messages, then chat.completed (or requires_action)
 * and done. The chat is saved as settled before its final event, so a retrieve right after agrees.
 */
export function streamChat(
  store: SessionStore,
  logid: string,
  chat: ChatRecord,
  pace: Pace,
  options: ChatStreamOptions,
): Response {
  const step = chat.step!;
  const produce = async (out: SseOut) => {
    if (options.announceCreated) await out.send(chatFrame('conversation.chat.created', chatView(chat, 'created')));
    await out.send(chatFrame('conversation.chat.in_progress', chatView(chat, 'in_progress')));
    const answer = step.messages.find((m) => m.type === 'answer');
    const pieces = answer ? piecesOf(answer.content) : [];
    const delays = delaysOf(pace, Math.max(1, pieces.length));
    for (const message of step.messages) {
      if (message === answer) {
        for (const [i, piece] of pieces.entries()) {
          await out.pause(delays[i]!);
          await out.send(chatFrame('conversation.message.delta', deltaView(message, piece)));
        }
      } else if (!answer) {
        await out.pause(delays[0]!);
      }
      await out.send(chatFrame('conversation.message.completed', messageView(message)));
    }
    const latest = (await store.chat(chat.id)) ?? chat;
    const settled = await settleChat(store, latest, Math.max(Date.now(), step.ready_at_ms));
    // A chat canceled mid-stream keeps its status; the stream itself runs on, as Coze's does.
    const final =
      settled.status === 'canceled'
        ? { ...chat, status: step.outcome, tool_calls: step.tool_calls, usage: step.usage }
        : settled;
    const event =
      step.outcome === 'requires_action' ? 'conversation.chat.requires_action' : 'conversation.chat.completed';
    await out.send(
      chatFrame(event, chatView({ ...final, completed_at: final.completed_at ?? Math.floor(step.ready_at_ms / 1000) })),
    );
    await out.send(chatFrame('done', options.done));
  };
  return sseResponse(logid, produce, (msg) => chatFrame('error', { code: 5000, msg }), store.streams);
}
