import type { Endpoint } from '../../types';
import listBots from './list-bots';
import retrieveBot from './retrieve-bot';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints: readonly Endpoint[] = [listBots, retrieveBot];

export default endpoints;
