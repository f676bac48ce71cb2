import type { Endpoint } from '../types';
import auth from './auth';
import bot from './bot';
import workspace from './workspace';
import folder from './folder';
import enterprise from './enterprise';
import conversation from './conversation';
import chat from './chat';
import workflow from './workflow';
import file from './file';
import audio from './audio';
import knowledge from './knowledge';
import database from './database';
import plugins from './plugins';
import variables from './variables';
import channels from './channels';
import endUserQuota from './end-user-quota';
import billing from './billing';
import callbacks from './callbacks';
import deprecated from './deprecated';

/** Every endpoint of every group. */
export const ALL_ENDPOINTS: readonly Endpoint[] = [
  ...auth,
  ...bot,
  ...workspace,
  ...folder,
  ...enterprise,
  ...conversation,
  ...chat,
  ...workflow,
  ...file,
  ...audio,
  ...knowledge,
  ...database,
  ...plugins,
  ...variables,
  ...channels,
  ...endUserQuota,
  ...billing,
  ...callbacks,
  ...deprecated,
];
