import type { Endpoint } from '../../types';
import addAppCollaborator from './add-app-collaborator';
import addBotCollaborator from './add-bot-collaborator';
import copyResource from './copy-resource';
import createBot from './create-bot';
import listApps from './list-apps';
import listBotVersions from './list-bot-versions';
import listBots from './list-bots';
import publishBot from './publish-bot';
import removeAppCollaborator from './remove-app-collaborator';
import removeBotCollaborator from './remove-bot-collaborator';
import retrieveBot from './retrieve-bot';
import retrieveCopyTask from './retrieve-copy-task';
import switchBotCollaborationMode from './switch-bot-collaboration-mode';
import unpublishBot from './unpublish-bot';
import updateBot from './update-bot';
import templatesDuplicate from './templates-duplicate';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  templatesDuplicate,
  addAppCollaborator,
  addBotCollaborator,
  copyResource,
  createBot,
  listApps,
  listBotVersions,
  listBots,
  publishBot,
  removeAppCollaborator,
  removeBotCollaborator,
  retrieveBot,
  retrieveCopyTask,
  switchBotCollaborationMode,
  unpublishBot,
  updateBot,
] as const satisfies readonly Endpoint[];

export default endpoints;
