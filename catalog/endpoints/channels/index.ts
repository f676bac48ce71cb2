import type { Endpoint } from '../../types';
import connectorsBotsUpdateAudit from './connectors-bots-update-audit';
import connectorsInstall from './connectors-install';
import connectorsUserConfigsBind from './connectors-user-configs-bind';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  connectorsBotsUpdateAudit,
  connectorsInstall,
  connectorsUserConfigsBind,
] as const satisfies readonly Endpoint[];

export default endpoints;
