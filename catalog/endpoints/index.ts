import type { Endpoint, SdkId } from '../types';
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

/** Every endpoint, each keeping its own type as defined (its literal id and SDK list). */
const DEFINED = [
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
] as const;

/** One endpoint definition as written, with its literal id and SDK list. */
type Definition = (typeof DEFINED)[number];

/**
 * The id of every catalog endpoint, read from the definitions: adding an endpoint file to its group
 * adds its id. Tables keyed by endpoint are typed by it, so a misspelled or removed id fails `tsc`.
 */
export type EndpointId = Definition['id'];

/**
 * The ids of the endpoints whose definition has this shape.
 * @example EndpointIdWhere<{ readonly responseKind: 'websocket' }> // 'ws-chat' | 'ws-audio-speech' | …
 */
export type EndpointIdWhere<Shape> = Definition extends infer D
  ? D extends Shape & { readonly id: infer Id }
    ? Id
    : never
  : never;

/** The ids of the endpoints whose `sdks` lists this SDK: the calls that SDK's sample tab must write. */
export type EndpointIdWithSdk<S extends SdkId> = Definition extends infer D
  ? D extends { readonly id: infer Id; readonly sdks: readonly (infer Sdk)[] }
    ? S extends Sdk
      ? Id
      : never
    : never
  : never;

/** Every endpoint of every group. */
export const ALL_ENDPOINTS: readonly Endpoint[] = DEFINED;
