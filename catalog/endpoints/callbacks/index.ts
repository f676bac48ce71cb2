import type { Endpoint } from '../../types';
import apiAppsCreate from './api-apps-create';
import apiAppsDelete from './api-apps-delete';
import apiAppsEventsList from './api-apps-events-list';
import apiAppsEventsSubscribe from './api-apps-events-subscribe';
import apiAppsEventsUnsubscribe from './api-apps-events-unsubscribe';
import apiAppsList from './api-apps-list';
import apiAppsUpdate from './api-apps-update';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  apiAppsCreate,
  apiAppsDelete,
  apiAppsEventsList,
  apiAppsEventsSubscribe,
  apiAppsEventsUnsubscribe,
  apiAppsList,
  apiAppsUpdate,
] as const satisfies readonly Endpoint[];

export default endpoints;
