import type { FormValues, BuildOptions } from '../../../lib/request-model';
import { buildRequest } from '../../../lib/request-model';
import type { StreamStatus, StreamView } from '../../../lib/stream-view';
import { loadEndpoint } from '../load-endpoint';
import { runRequest, type RunState } from '../runner';

// The sandbox widget's calls, made as the Chat SDK makes them with Coze: a streamed create-chat per
// message (in one conversation), files uploaded first with upload-file. Each request is built from
// its catalog endpoint exactly as the form would build it, and goes through the relay's sandbox.

/** One answer of the agent as the widget shows it: the text so far, where it stands, suggested replies. */
export interface AgentReply {
  readonly text: string;
  readonly status: StreamStatus;
  /** The `follow_up` messages of the turn: replies the user may send with one click. */
  readonly followUps: readonly string[];
  /** The conversation the chat ran in, once the stream named it. */
  readonly conversationId?: string;
  /** A failure before or outside the stream (network, HTTP error, upload). */
  readonly error?: string;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/**
 * The reply a run's state shows: the stream's answer and status, its follow-up suggestions and the
 * conversation id it named; a run that failed before streaming says why.
 */
export function replyOf(state: RunState): AgentReply {
  const view: StreamView | undefined = state.stream;
  const followUps: string[] = [];
  let conversationId: string | undefined;
  for (const event of view?.events ?? []) {
    const data = asObject(event.data);
    if (event.event === 'conversation.message.completed' && data['type'] === 'follow_up')
      followUps.push(String(data['content'] ?? ''));
    if (event.event === 'conversation.chat.created' && typeof data['conversation_id'] === 'string')
      conversationId = data['conversation_id'];
  }
  const json = asObject(state.json);
  const httpError =
    !view && state.phase === 'done' && (json['code'] ?? 0) !== 0 ? String(json['msg'] ?? 'The call failed') : undefined;
  return {
    text: view?.answer ?? '',
    status:
      view?.status ??
      (state.phase === 'failed' || state.phase === 'stopped' || httpError
        ? { state: 'failed', message: state.error ?? httpError ?? '' }
        : { state: 'streaming' }),
    followUps,
    ...(conversationId ? { conversationId } : {}),
    ...(state.error || httpError ? { error: state.error ?? httpError } : {}),
  };
}

/** What the user sends: text, and a file already uploaded (its id and name). */
export interface UserMessage {
  readonly text: string;
  readonly file?: { readonly id: string; readonly name: string };
}

/**
 * The additional message of a user turn: plain text, or, with a file, an `object_string` of the text
 * and the file, as the Chat SDK sends an attachment.
 */
export function userMessageOf(message: UserMessage): Json {
  if (!message.file) return { role: 'user', content: message.text, content_type: 'text' };
  const items = [
    ...(message.text ? [{ type: 'text', text: message.text }] : []),
    { type: 'file', file_id: message.file.id },
  ];
  return { role: 'user', content: JSON.stringify(items), content_type: 'object_string' };
}

/** The create-chat values of one turn: streamed, in the conversation once there is one. */
export function chatValues(botId: string, userId: string, message: UserMessage, conversationId?: string): FormValues {
  return {
    path: {},
    query: conversationId ? { conversation_id: conversationId } : {},
    headers: {},
    body: { bot_id: botId, user_id: userId, stream: true, additional_messages: [userMessageOf(message)] },
  };
}

/** Sends one turn and reports the agent's reply as it streams in. */
export async function sendTurn(
  values: FormValues,
  options: BuildOptions,
  signal: AbortSignal,
  report: (reply: AgentReply) => void,
): Promise<AgentReply> {
  const endpoint = await loadEndpoint('create-chat');
  if (!endpoint) throw new Error('No create-chat endpoint in the catalog');
  const request = buildRequest(endpoint, values, options);
  const body = request.body.kind === 'json' ? request.body.text : undefined;
  const state = await runRequest(request, body, 'chat', signal, (s) => report(replyOf(s)));
  return replyOf(state);
}

/** Uploads a file with upload-file, as the widget's paper clip does, and returns its id. */
export async function uploadFile(file: File, options: BuildOptions, signal: AbortSignal): Promise<string> {
  const endpoint = await loadEndpoint('upload-file');
  if (!endpoint) throw new Error('No upload-file endpoint in the catalog');
  const request = buildRequest(endpoint, { path: {}, query: {}, headers: {}, body: { file } }, options);
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, value]): [string, string] => [name, value]),
    body: form,
    signal,
  });
  const json = asObject(await response.json().catch(() => ({})));
  const id = asObject(json['data'])['id'];
  if (json['code'] !== 0 || typeof id !== 'string')
    throw new Error(String(json['msg'] ?? asObject(json['error'])['message'] ?? `HTTP ${response.status}`));
  return id;
}
