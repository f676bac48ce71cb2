import { StreamSlots } from './sse';
import { itemKey, type Collections, type Kind } from './collections';
import { seedEntries } from './seed';
import type {
  ChatRecord,
  CollaborationRecord,
  ConversationRecord,
  FeedbackRecord,
  FileRecord,
  InterruptRecord,
  MessageRecord,
  RunRecord,
} from './records';

/** A session is wiped after this long without a request. */
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

// Generated ids sort after every fixture id (7351…) and by creation: 74 + epoch ms × 1000 + a counter.
const ID_BASE = 7_400_000_000_000_000_000n;

interface Meta {
  seeded_at_ms: number;
  last_used_ms: number;
}

/**
 * The one module that touches a session's Durable Object storage: key scheme, seeding, ids and
 * expiry. Messages are keyed under their conversation so a conversation lists and deletes its own.
 */
export class SessionStore {
  private lastId: bigint | undefined;
  /** The session's open streams: not stored, since a stream lives only as long as this instance. */
  readonly streams = new StreamSlots();

  constructor(private readonly storage: DurableObjectStorage) {}

  /**
   * Seeds the fixtures on first use and pushes the expiry alarm 24 h into the future; answers when
   * the session was seeded (epoch ms), the anchor of its generated timestamps.
   */
  async touch(nowMs: number): Promise<number> {
    const meta = await this.storage.get<Meta>('meta');
    if (!meta) {
      const entries = Object.entries(seedEntries(nowMs));
      for (let i = 0; i < entries.length; i += 128)
        await this.storage.put(Object.fromEntries(entries.slice(i, i + 128)));
    }
    const seededAtMs = meta?.seeded_at_ms ?? nowMs;
    await this.storage.put<Meta>('meta', { seeded_at_ms: seededAtMs, last_used_ms: nowMs });
    await this.storage.setAlarm(nowMs + SESSION_TTL_MS);
    return seededAtMs;
  }

  /** Forgets everything the session holds; the next `touch` seeds it again. */
  async wipe(): Promise<void> {
    await this.storage.deleteAlarm();
    await this.storage.deleteAll();
  }

  /** Wipes the session when it has been idle for the TTL; otherwise re-arms the alarm. */
  async expireIfIdle(nowMs: number): Promise<boolean> {
    const meta = await this.storage.get<Meta>('meta');
    if (meta && nowMs - meta.last_used_ms < SESSION_TTL_MS) {
      await this.storage.setAlarm(meta.last_used_ms + SESSION_TTL_MS);
      return false;
    }
    await this.storage.deleteAlarm();
    await this.storage.deleteAll();
    return true;
  }

  /** A fresh int64 id as a digit string, increasing within the session. */
  async nextId(): Promise<string> {
    this.lastId ??= BigInt((await this.storage.get<string>('last_id')) ?? '0');
    const byTime = ID_BASE + BigInt(Date.now()) * 1000n;
    this.lastId = byTime > this.lastId ? byTime : this.lastId + 1n;
    await this.storage.put('last_id', this.lastId.toString());
    return this.lastId.toString();
  }

  conversation(id: string) {
    return this.storage.get<ConversationRecord>(`conv:${id}`);
  }
  putConversation(record: ConversationRecord) {
    return this.storage.put(`conv:${record.id}`, record);
  }
  async conversations(): Promise<ConversationRecord[]> {
    return [...(await this.storage.list<ConversationRecord>({ prefix: 'conv:' })).values()];
  }
  /** Deletes a conversation with its messages. */
  async deleteConversation(id: string): Promise<void> {
    const keys = [...(await this.storage.list({ prefix: `msg:${id}:` })).keys(), `conv:${id}`];
    for (let i = 0; i < keys.length; i += 128) await this.storage.delete(keys.slice(i, i + 128));
  }

  message(conversationId: string, id: string) {
    return this.storage.get<MessageRecord>(`msg:${conversationId}:${id}`);
  }
  putMessage(record: MessageRecord) {
    return this.storage.put(`msg:${record.conversation_id}:${record.id}`, record);
  }
  deleteMessage(record: MessageRecord) {
    return this.storage.delete(`msg:${record.conversation_id}:${record.id}`);
  }
  /** A conversation's messages, oldest first (ids are fixed-width and increase with time). */
  async messages(conversationId: string): Promise<MessageRecord[]> {
    return [...(await this.storage.list<MessageRecord>({ prefix: `msg:${conversationId}:` })).values()];
  }

  chat(id: string) {
    return this.storage.get<ChatRecord>(`chat:${id}`);
  }
  putChat(record: ChatRecord) {
    return this.storage.put(`chat:${record.id}`, record);
  }

  file(id: string) {
    return this.storage.get<FileRecord>(`file:${id}`);
  }
  putFile(record: FileRecord) {
    return this.storage.put(`file:${record.id}`, record);
  }

  run(id: string) {
    return this.storage.get<RunRecord>(`run:${id}`);
  }
  putRun(record: RunRecord) {
    return this.storage.put(`run:${record.execute_id}`, record);
  }

  interrupt(eventId: string) {
    return this.storage.get<InterruptRecord>(`interrupt:${eventId}`);
  }
  putInterrupt(record: InterruptRecord) {
    return this.storage.put(`interrupt:${record.event_id}`, record);
  }

  async collaboration(workflowId: string): Promise<CollaborationRecord> {
    return (await this.storage.get<CollaborationRecord>(`collab:${workflowId}`)) ?? { mode: 'single', user_ids: [] };
  }
  putCollaboration(workflowId: string, record: CollaborationRecord) {
    return this.storage.put(`collab:${workflowId}`, record);
  }

  feedback(messageId: string) {
    return this.storage.get<FeedbackRecord>(`feedback:${messageId}`);
  }
  putFeedback(messageId: string, record: FeedbackRecord) {
    return this.storage.put(`feedback:${messageId}`, record);
  }
  deleteFeedback(messageId: string) {
    return this.storage.delete(`feedback:${messageId}`);
  }

  /** One platform object (a dataset, a voiceprint…), or undefined. */
  item<K extends Kind>(kind: K, id: string): Promise<Collections[K] | undefined> {
    return this.storage.get<Collections[K]>(itemKey(kind, id));
  }
  /** Saves a platform object under its kind and id. */
  putItem<K extends Kind>(kind: K, id: string, value: Collections[K]) {
    return this.storage.put(itemKey(kind, id), value);
  }
  /** Deletes platform objects of one kind; ids that do not exist are skipped. */
  async deleteItems(kind: Kind, ids: readonly string[]): Promise<void> {
    const keys = ids.map((id) => itemKey(kind, id));
    for (let i = 0; i < keys.length; i += 128) await this.storage.delete(keys.slice(i, i + 128));
  }
  /** Saves many platform objects of one kind, in as few writes as storage allows. */
  async putItems<K extends Kind>(kind: K, values: readonly (readonly [string, Collections[K]])[]): Promise<void> {
    for (let i = 0; i < values.length; i += 128)
      await this.storage.put(
        Object.fromEntries(values.slice(i, i + 128).map(([id, value]) => [itemKey(kind, id), value])),
      );
  }
  /** The objects of a kind whose ids start with `idPrefix` (`<database_id>:` for its rows), by id. */
  async itemsUnder<K extends Kind>(kind: K, idPrefix: string): Promise<Collections[K][]> {
    return [...(await this.storage.list<Collections[K]>({ prefix: itemKey(kind, idPrefix) })).values()];
  }
  /** Every object of a kind, oldest first (ids are fixed-width and increase with time). */
  async items<K extends Kind>(kind: K): Promise<Collections[K][]> {
    return [...(await this.storage.list<Collections[K]>({ prefix: itemKey(kind, '') })).values()];
  }
}
