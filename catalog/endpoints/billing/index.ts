import type { Endpoint } from '../../types';
import benefitsGet from './benefits-get';
import billTasksCreate from './bill-tasks-create';
import billTasksList from './bill-tasks-list';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [benefitsGet, billTasksCreate, billTasksList] as const satisfies readonly Endpoint[];

export default endpoints;
