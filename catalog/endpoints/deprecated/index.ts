import type { Endpoint } from '../../types';
import deprecatedBotGetOnlineInfo from './deprecated-bot-get-online-info';
import deprecatedPublishedBotsList from './deprecated-published-bots-list';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [deprecatedBotGetOnlineInfo, deprecatedPublishedBotsList] as const satisfies readonly Endpoint[];

export default endpoints;
