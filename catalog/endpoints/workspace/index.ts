import type { Endpoint } from '../../types';
import addWorkspaceMembers from './add-workspace-members';
import createWorkspace from './create-workspace';
import listWorkspaceMembers from './list-workspace-members';
import listWorkspaces from './list-workspaces';
import removeWorkspaceMembers from './remove-workspace-members';
import updateWorkspace from './update-workspace';
import usersMe from './users-me';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  usersMe,
  addWorkspaceMembers,
  createWorkspace,
  listWorkspaceMembers,
  listWorkspaces,
  removeWorkspaceMembers,
  updateWorkspace,
] as const satisfies readonly Endpoint[];

export default endpoints;
