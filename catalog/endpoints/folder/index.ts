import type { Endpoint } from '../../types';
import listFolders from './list-folders';
import retrieveFolder from './retrieve-folder';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [listFolders, retrieveFolder] as const satisfies readonly Endpoint[];

export default endpoints;
