import type { Endpoint } from '../../types';
import pluginsMget from './plugins-mget';
import pluginsRetrieve from './plugins-retrieve';
import pluginsToolsCall from './plugins-tools-call';
import storesCategoriesList from './stores-categories-list';
import storesPluginsList from './stores-plugins-list';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  pluginsMget,
  pluginsRetrieve,
  pluginsToolsCall,
  storesCategoriesList,
  storesPluginsList,
] as const satisfies readonly Endpoint[];

export default endpoints;
