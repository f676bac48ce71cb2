import type { Endpoint } from '../../types';
import variablesRetrieve from './variables-retrieve';
import variablesUpdate from './variables-update';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [variablesRetrieve, variablesUpdate] as const satisfies readonly Endpoint[];

export default endpoints;
