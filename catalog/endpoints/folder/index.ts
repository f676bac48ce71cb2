import type { Endpoint } from '../../types';
import listFolders from './list-folders';
import retrieveFolder from './retrieve-folder';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints: readonly Endpoint[] = [listFolders, retrieveFolder];

export default endpoints;
