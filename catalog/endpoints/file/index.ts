import type { Endpoint } from '../../types';
import retrieveFile from './retrieve-file';
import uploadFile from './upload-file';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [retrieveFile, uploadFile] as const satisfies readonly Endpoint[];

export default endpoints;
