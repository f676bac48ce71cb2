import type { Endpoint } from '../../types';
import benefitsGet from './benefits-get';
import billTasksCreate from './bill-tasks-create';
import billTasksList from './bill-tasks-list';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints: readonly Endpoint[] = [benefitsGet, billTasksCreate, billTasksList];

export default endpoints;
