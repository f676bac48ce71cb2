import { AUTH } from './auth';
import { BOT } from './bot';
import { WORKSPACE } from './workspace';
import { FOLDER } from './folder';
import { ENTERPRISE } from './enterprise';
import { CONVERSATION } from './conversation';
import { CHAT } from './chat';
import { WORKFLOW } from './workflow';
import { FILE } from './file';
import { AUDIO } from './audio';
import { KNOWLEDGE } from './knowledge';
import { DATABASE } from './database';
import { PLUGINS } from './plugins';
import { VARIABLES } from './variables';
import { CHANNELS } from './channels';
import { END_USER_QUOTA } from './end-user-quota';
import { BILLING } from './billing';
import { CALLBACKS } from './callbacks';
import { DEPRECATED } from './deprecated';
import { PAGES_GUIDE } from './pages-guide';
import { PAGES_EVENTS } from './pages-events';
import { PAGES_REFERENCE } from './pages-reference';

// Chinese for the catalog's English prose, keyed by the English text itself (gettext's model):
// a sentence shared by many fields is translated once, and `lib/i18n/catalog-texts.test.ts` names
// every English text without a translation and every translation whose English is gone. Terms
// follow Coze's Chinese docs (智能体, 会话, 对话, 工作流, 知识库, 工作空间, 访问令牌…); `code`
// spans, field names, values and error numbers stay as they are.

/** Chinese by English text, one file per translation bucket (see `catalogTexts`). */
export const ZH_BUCKETS = {
  auth: AUTH,
  bot: BOT,
  workspace: WORKSPACE,
  folder: FOLDER,
  enterprise: ENTERPRISE,
  conversation: CONVERSATION,
  chat: CHAT,
  workflow: WORKFLOW,
  file: FILE,
  audio: AUDIO,
  knowledge: KNOWLEDGE,
  database: DATABASE,
  plugins: PLUGINS,
  variables: VARIABLES,
  channels: CHANNELS,
  'end-user-quota': END_USER_QUOTA,
  billing: BILLING,
  callbacks: CALLBACKS,
  deprecated: DEPRECATED,
  'pages-guide': PAGES_GUIDE,
  'pages-events': PAGES_EVENTS,
  'pages-reference': PAGES_REFERENCE,
} as const;

export const ZH_TEXTS: ReadonlyMap<string, string> = new Map(Object.values(ZH_BUCKETS).flat());
