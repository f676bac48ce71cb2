/**
 * Ids of the objects every sandbox session starts with. Endpoint examples use them, so each
 * example runs in the sandbox as it stands; the sandbox seeds its fixtures from the same ids.
 * Coze ids are int64 and travel as digit strings because they exceed Number's safe range.
 */
export const SANDBOX_IDS = {
  workspace: '7351000000000000010',
  bot: '7351000000000000001',
  /** A bot whose answer needs a local plugin: its chats end in `requires_action`. */
  pluginBot: '7351000000000000002',
  workflow: '7351000000000000101',
  /** A workflow that stops at a question node: streams end in `Interrupt`. */
  questionWorkflow: '7351000000000000102',
  chatflow: '7351000000000000103',
  app: '7351000000000000201',
  conversation: '7351000000000000301',
  message: '7351000000000000302',
  chat: '7351000000000000303',
  /** A pluginBot chat in the seeded conversation, waiting in `requires_action` for `toolCall`. */
  pluginChat: '7351000000000000304',
  toolCall: 'call_7351000000000000305',
  /** A conversation whose chat stays `in_progress` for an hour, so cancel has something to cancel. */
  runningConversation: '7351000000000000307',
  runningChat: '7351000000000000306',
  file: '7351000000000000401',
  execute: '7351000000000000501',
  nodeExecute: '7351000000000000502',
  interruptEvent: '7351000000000000503',
  user: '7351000000000000601',
  /** A second member, who receives a removed member's resources. */
  adminUser: '7351000000000000602',
  folder: '7351000000000000701',
  enterprise: '7351000000000000702',
  organization: '7351000000000000703',
  copyTask: '7351000000000000704',
  botVersion: '1718609571000',
  dataset: '7351000000000000801',
  imageDataset: '7351000000000000802',
  document: '7351000000000000803',
  imageDocument: '7351000000000000804',
  voice: '7351000000000000851',
  voiceprintGroup: '7351000000000000861',
  voiceprintFeature: '7351000000000000862',
  /** A text database (table) with a few records, for the database calls. */
  database: '7351000000000000811',
  /** A finished async insert into that database, for database-tasks-retrieve. */
  databaseTask: '7351000000000000812',
  /** An agent template of the template store, for templates-duplicate. */
  template: '7351000000000000821',
  /** A live stream of a voice room, for audio-live-retrieve. */
  live: '7351000000000000871',
  plugin: '7351000000000000901',
  pluginCategory: '7351000000000000902',
  apiApp: '7351000000000000951',
  benefit: '7351000000000000961',
  billTask: '7351000000000000962',
  /** The API channel; Coze's own connector id, not a sandbox object. */
  apiConnector: '1024',
  /** A custom channel the sandbox knows, for the channel endpoints. */
  connector: '7351000000000000971',
  device: 'device-7351-001',
  /** A refresh token the sandbox keeps accepting, for the refresh example. */
  oauthRefreshToken: 'rt_7351_sandbox_0001',
  /** An OAuth app's client id, for the token flows. */
  oauthClient: '7351000000000000981',
} as const;
