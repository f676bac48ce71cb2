import type { Endpoint } from '../../types';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints: readonly Endpoint[] = [];

export default endpoints;
